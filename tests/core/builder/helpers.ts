// Shared by the builder tests: the forms library, a lint assertion, and deep freezing so
// a test fails loudly if an operation changes its input.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expect } from 'vitest';
import type { FormDefinition } from '../../../core/definition.ts';
import { compile } from '../../../core/compile.ts';
import { describeErrors } from '../../../core/errors.ts';
import { lintDefinition } from '../../../core/lint.ts';
import { buildServerValidator } from '../../../core/validator-code.ts';
import { prepareDefinition } from '../../../server/forms/publish.ts';
import { blankDefinition } from '../../../core/builder/blank-definition.ts';
import { libraryFiles } from '../../../server/forms/seed.ts';

const FORMS_DIR = new URL('../../../forms', import.meta.url).pathname;

/** Every procedure of forms/, by its path (e.g. "disaster/risai-shomei.json"). */
export function library(): Array<[string, FormDefinition]> {
  return libraryFiles(FORMS_DIR).map((f) => [relative(FORMS_DIR, f), JSON.parse(readFileSync(f, 'utf8')) as FormDefinition]);
}

/** One procedure of forms/ by path without .json, deep-frozen. */
export function libraryForm(path: string): FormDefinition {
  return deepFreeze(JSON.parse(readFileSync(`${FORMS_DIR}/${path}.json`, 'utf8')) as FormDefinition);
}

/** A blank test form, deep-frozen. */
export function blank(): FormDefinition {
  return deepFreeze(blankDefinition({ id: 'test-form', title: 'テスト', department: '総務課' }));
}

/** Freezes a value and everything in it, so mutating an operation's input throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Asserts the definition passes lint. */
export function expectLintClean(def: FormDefinition): void {
  expect(lintDefinition(def)).toEqual([]);
}

/** Asserts the form publishes: the publish check passes and its example validates against the compiled form. */
export function expectPublishable(def: FormDefinition): void {
  expect(() => prepareDefinition(def)).not.toThrow();
  const validator = buildServerValidator(compile(def));
  const ok = validator.validate(def.example);
  expect(ok ? [] : describeErrors(def, validator.validate.errors ?? [], 'ja')).toEqual([]);
}
