// Runs the validator module emitted by validator-code.ts, in the browser (and in tests).
// ajv's standalone code asks for a few runtime helpers by module name; we provide
// small equivalents so the page never downloads ajv.
import { formatsForValidator } from './formats.ts';

export interface AjvErrorLike {
  instancePath: string;
  schemaPath?: string;
  keyword: string;
  params: Record<string, unknown>;
}

type GeneratedFunction = ((data: unknown) => boolean) & { errors?: AjvErrorLike[] | null };
export type ValidatorFactory = (
  require: (name: string) => unknown,
  formats: ReturnType<typeof formatsForValidator>,
) => Record<string, GeneratedFunction>;

export interface FormValidator {
  validate(answers: unknown): AjvErrorLike[];
  rule(id: string, data: unknown): boolean;
}

/** Length in code points, as JSON Schema counts it (an emoji is one character). */
export function ucs2length(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a !== a && b !== b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const RUNTIME: Record<string, unknown> = {
  'ajv/dist/runtime/ucs2length': { default: ucs2length },
  'ajv/dist/runtime/equal': { default: deepEqual },
};

function runtimeRequire(name: string): unknown {
  const found = RUNTIME[name];
  if (!found) throw new Error(`validator needs an unsupported runtime helper: ${name}`);
  return found;
}

export function instantiateValidator(factory: ValidatorFactory): FormValidator {
  const fns = factory(runtimeRequire, formatsForValidator());
  const validate = fns.validate!;
  return {
    validate(answers) {
      return validate(answers) ? [] : [...(validate.errors ?? [])];
    },
    rule(id, data) {
      const fn = fns[id];
      return fn ? fn(data) : true;
    },
  };
}
