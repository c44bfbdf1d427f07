// The validator module browsers download is minified at publish time (minify-validator.ts):
// for every procedure of the library it must judge answers exactly as the readable module
// does, its example valid, empty and wrong answers refused with the same errors.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compile } from '../../core/compile.ts';
import type { FormDefinition } from '../../core/definition.ts';
import { buildValidatorModule } from '../../core/validator-code.ts';
import { type FormValidator, instantiateValidator, type ValidatorFactory } from '../../core/validator-runtime.ts';
import { minifyValidatorModule } from '../../server/forms/minify-validator.ts';
import { libraryFiles } from '../../server/forms/seed.ts';

const FORMS_DIR = new URL('../../forms', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'madoguchi-minified-'));

async function load(name: string, code: string): Promise<FormValidator> {
  const path = join(tmp, name);
  writeFileSync(path, code);
  return instantiateValidator(((await import(pathToFileURL(path).href)) as { default: ValidatorFactory }).default);
}

// Wrong in every way a citizen could be: strings where numbers go, numbers where strings go.
function scrambled(example: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(example).map(([k, v]) => [k, typeof v === 'string' ? 12345 : typeof v === 'number' ? 'x' : typeof v === 'boolean' ? 'yes' : null]));
}

describe.each(libraryFiles(FORMS_DIR).map((f) => [f.slice(FORMS_DIR.length + 1), f]))('%s', (name, file) => {
  it('judges like the readable module, and is smaller', async () => {
    const def = JSON.parse(readFileSync(file, 'utf8')) as FormDefinition;
    const readable = buildValidatorModule(compile(def));
    const minified = minifyValidatorModule(readable);
    expect(gzipSync(minified).length).toBeLessThan(gzipSync(readable).length);
    const [a, b] = await Promise.all([load(`${def.id}.mjs`, readable), load(`${def.id}.min.mjs`, minified)]);
    expect(b.validate(def.example)).toEqual([]);
    for (const answers of [{}, scrambled(def.example as Record<string, unknown>), { ...def.example, unknownField: 1 }]) {
      const strip = (errors: ReturnType<FormValidator['validate']>) => errors.map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params }));
      expect(strip(b.validate(answers))).toEqual(strip(a.validate(answers)));
      expect(b.validate(answers).length).toBeGreaterThan(0);
    }
  });
});
