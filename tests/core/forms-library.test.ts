// Every procedure in forms/ is publishable: lint-clean, a valid JSON Schema, and its
// 記入例 (example) validates against its own compiled form, in the server's validator
// and in the browser's precompiled one alike.
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile } from '../../core/compile.ts';
import type { FormDefinition } from '../../core/definition.ts';
import { describeErrors } from '../../core/errors.ts';
import { lintDefinition } from '../../core/lint.ts';
import { normalizeAnswers } from '../../core/normalize.ts';
import { buildServerValidator, buildValidatorModule } from '../../core/validator-code.ts';
import { instantiateValidator, type ValidatorFactory } from '../../core/validator-runtime.ts';
import { stripHidden } from '../../core/visibility.ts';
import { libraryFiles } from '../../server/forms/seed.ts';

const FORMS_DIR = new URL('../../forms', import.meta.url).pathname;
const files = libraryFiles(FORMS_DIR);
const tmp = mkdtempSync(join(tmpdir(), 'madoguchi-validators-'));

const REQUIRED_PROCEDURES = [
  'disaster/risai-shomei.json',
  'childcare/jidou-teate-nintei.json',
  'childcare/jidou-teate-genkyo.json',
  'childcare/hoiku-moushikomi.json',
  'childcare/hoiku-genkyo.json',
  'nursing-care/youkaigo-nintei.json',
  'nursing-care/youkaigo-koushin.json',
  'maternal-health/ninshin-todoke.json',
  'opinion/shichou-tayori.json',
];

describe('forms library', () => {
  it('has every seed procedure', () => {
    const present = files.map((f) => relative(FORMS_DIR, f));
    for (const p of REQUIRED_PROCEDURES) expect(present).toContain(p);
  });

  describe.each(files.map((f) => [relative(FORMS_DIR, f), f]))('%s', (name, file) => {
    const def = JSON.parse(readFileSync(file, 'utf8')) as FormDefinition;

    it('is named after its id and passes lint', () => {
      expect(name.endsWith(`/${def.id}.json`)).toBe(true);
      expect(lintDefinition(def)).toEqual([]);
    });

    it('its example validates on the server and in the browser validator', async () => {
      const compiled = compile(def);
      const server = buildServerValidator(compiled);
      const path = join(tmp, `${def.id}.mjs`);
      writeFileSync(path, buildValidatorModule(compiled));
      const browser = instantiateValidator(((await import(pathToFileURL(path).href)) as { default: ValidatorFactory }).default);

      const answers = normalizeAnswers(def, def.example);
      expect(answers).toEqual(def.example); // the example is already canonical
      expect(stripHidden(compiled.rules, browser, answers)).toEqual(answers); // nothing hidden is filled
      const ok = server.validate(answers);
      expect(ok ? [] : describeErrors(def, server.validate.errors ?? [], 'ja')).toEqual([]);
      expect(browser.validate(answers)).toEqual([]);
    });

    it('refuses empty answers, naming fields in Japanese', () => {
      const server = buildServerValidator(compile(def));
      expect(server.validate({})).toBe(false);
      const errors = describeErrors(def, server.validate.errors ?? [], 'ja');
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) expect(e.message).toMatch(/「.+」/);
    });
  });
});
