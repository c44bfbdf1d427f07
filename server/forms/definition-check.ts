// Every problem of a definition staff send (draft, import, publish), each at its JSON
// Pointer in the definition: shape, size limits, lint, and for publishing the full
// compile + example check of prepareDefinition. Never throws on odd input.
import type { FormDefinition } from '../../core/definition.ts';
import { lintDefinition, type Problem } from '../../core/lint.ts';
import { message } from '../messages.ts';
import { countElements, shapeProblems } from './definition-shape.ts';
import { DefinitionError, prepareDefinition } from './publish.ts';

export const MAX_DEFINITION_BYTES = 512 * 1024;
export const MAX_ELEMENTS = 500;

export function definitionBytes(def: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(def) ?? '', 'utf8');
  } catch {
    // Nested deeper than the stack: too large in the sense that matters.
    return Number.POSITIVE_INFINITY;
  }
}

/** Problems that lint and the limits find; empty means it is a well-formed definition. */
export function definitionProblems(def: unknown, lang: string): Problem[] {
  const bytes = definitionBytes(def);
  if (bytes > MAX_DEFINITION_BYTES) {
    return [{ path: '', message: message('definition.tooLarge', lang, { limit: MAX_DEFINITION_BYTES / 1024 }) }];
  }
  const shape = shapeProblems(def, lang);
  if (shape.length > 0) return shape;
  const form = def as FormDefinition;
  const problems: Problem[] = [];
  const elements = countElements(form);
  if (elements > MAX_ELEMENTS) {
    problems.push({ path: '/ui/pages', message: message('definition.tooManyElements', lang, { limit: MAX_ELEMENTS, count: elements }) });
  }
  try {
    problems.push(...lintDefinition(form, lang));
  } catch (error) {
    // The shape check should make this unreachable; a crash must still be a 400.
    problems.push({ path: '', message: (error as Error).message });
  }
  return problems;
}

export type Prepared = ReturnType<typeof prepareDefinition>;

/** For publishing (and import): everything above, plus at least one question and a schema that compiles. */
export function publishProblems(def: unknown, lang: string): { problems: Problem[]; prepared?: Prepared } {
  const problems = definitionProblems(def, lang);
  if (problems.length > 0) return { problems };
  const form = def as FormDefinition;
  if (!form.ui.pages.some((p) => p.elements.some((e) => typeof (e as { field?: unknown }).field === 'string'))) {
    return { problems: [{ path: '/ui/pages', message: message('definition.noQuestions', lang) }] };
  }
  try {
    return { problems: [], prepared: prepareDefinition(form, lang) };
  } catch (error) {
    if (error instanceof DefinitionError) return { problems: error.problems };
    return { problems: [{ path: '/schema', message: (error as Error).message }] };
  }
}
