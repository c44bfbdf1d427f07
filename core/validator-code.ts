// Builds validators from a compiled form with ajv. Used at publish time (to emit the
// standalone ES module the browser loads) and by the server. The browser never imports
// this file: it loads the emitted module and calls it through validator-runtime.ts.
import Ajv2020Module from 'ajv/dist/2020.js';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { _ } from 'ajv';
import type { ValidateFunction } from 'ajv';
import type { CompiledForm } from './compile.ts';
import type { JSONSchema } from './definition.ts';
import { formatsForValidator } from './formats.ts';

// ajv ships CommonJS; under ESM the default export may be wrapped once more.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as typeof Ajv2020Module;
const standaloneCode = ((standaloneCodeModule as unknown as { default?: unknown }).default ??
  standaloneCodeModule) as typeof standaloneCodeModule;

export interface ServerValidator {
  validate: ValidateFunction;
  rules: Record<string, ValidateFunction>;
}

const ROOT_ID = 'madoguchi:form';

function createAjv(schemas: JSONSchema[]) {
  const ajv = new Ajv2020({
    allErrors: true,
    // Unknown keywords are authoring mistakes; x- annotations are registered below.
    strictSchema: true,
    strictTypes: false,
    strictRequired: false,
    strictTuples: false,
    messages: false,
    code: { source: true, lines: false, formats: _`formats` },
  });
  for (const [name, format] of Object.entries(formatsForValidator())) {
    ajv.addFormat(name, { type: 'string', validate: format.validate });
  }
  for (const keyword of collectAnnotationKeywords(schemas)) ajv.addKeyword({ keyword });
  return ajv;
}

function collectAnnotationKeywords(schemas: unknown[], found = new Set<string>()): Set<string> {
  for (const node of schemas) {
    if (Array.isArray(node)) collectAnnotationKeywords(node, found);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('x-')) found.add(key);
        collectAnnotationKeywords([value], found);
      }
    }
  }
  return found;
}

function prepare(compiled: CompiledForm) {
  const ajv = createAjv([compiled.schema, ...compiled.rules.map((r) => r.when)]);
  ajv.addSchema({ ...compiled.schema, $id: ROOT_ID });
  for (const rule of compiled.rules) ajv.addSchema({ ...rule.when, $id: `madoguchi:${rule.id}` });
  return ajv;
}

/** Validators for the server; throws if the schema is not valid JSON Schema. */
export function buildServerValidator(compiled: CompiledForm): ServerValidator {
  const ajv = prepare(compiled);
  const rules: Record<string, ValidateFunction> = {};
  for (const rule of compiled.rules) rules[rule.id] = ajv.getSchema(`madoguchi:${rule.id}`)!;
  return { validate: ajv.getSchema(ROOT_ID)!, rules };
}

/**
 * The ES module served to the browser: `export default function (require, formats)`
 * returning `{ validate, r0, r1, ... }`. No eval is needed to run it (strict CSP).
 */
export function buildValidatorModule(compiled: CompiledForm): string {
  const ajv = prepare(compiled);
  const refs: Record<string, string> = { validate: ROOT_ID };
  for (const rule of compiled.rules) refs[rule.id] = `madoguchi:${rule.id}`;
  const body = standaloneCode(ajv, refs);
  return `export default function (require, formats) {\nconst exports = {};\n${body}\nreturn exports;\n}\n`;
}
