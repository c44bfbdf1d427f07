// Previewing an unpublished draft in the real citizen renderer: compile it and build its
// validator module like publishing would, without storing anything. The builder asks
// again after every edit, so modules are cached by a hash of what they are built from:
// an edit to a label changes nothing in the schema and costs no new ajv build. Entries
// are per form, so a hash never opens another department's draft.
import { createHash } from 'node:crypto';
import { compile, type CompiledForm } from '../../core/compile.ts';
import type { FormDefinition } from '../../core/definition.ts';
import { buildValidatorModule } from '../../core/validator-code.ts';
import { minifyValidatorModule } from './minify-validator.ts';

const MAX_CACHED = 64;
const modules = new Map<string, string>();

export function compiledHash(compiled: CompiledForm): string {
  return createHash('sha256').update(JSON.stringify(compiled)).digest('base64url').slice(0, 32);
}

/** The module for a form's compiled draft, built once per distinct schema + rules. */
export function previewModule(formId: string, compiled: CompiledForm, rev = compiledHash(compiled)): string {
  const key = `${formId}\0${rev}`;
  let code = modules.get(key);
  if (code === undefined) {
    code = minifyValidatorModule(buildValidatorModule(compiled));
    if (modules.size >= MAX_CACHED) modules.delete(modules.keys().next().value!);
  } else {
    // Map order is insertion order: re-inserting keeps recently used modules longest.
    modules.delete(key);
  }
  modules.set(key, code);
  return code;
}

/** A module built earlier for this form and hash, if still cached. */
export function cachedPreviewModule(formId: string, rev: string): string | undefined {
  return modules.get(`${formId}\0${rev}`);
}

/** Compiles the draft and builds (or reuses) its validator; throws if it cannot compile. */
export function preparePreview(formId: string, def: FormDefinition): { compiled: CompiledForm; rev: string } {
  const compiled = compile(def);
  const rev = compiledHash(compiled);
  previewModule(formId, compiled, rev);
  return { compiled, rev };
}
