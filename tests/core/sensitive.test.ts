import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../core/definition.ts';
import { lintDefinition } from '../../core/lint.ts';
import { MASKED, isMasked, isSealed, mapAtPointers, mapSealed, maskAnswers, pointerMatches, sensitivePointers } from '../../core/sensitive.ts';
import { libraryForm } from '../helpers/fixtures.ts';

const schemaOnly = (schema: Record<string, unknown>) => ({ schema }) as Pick<FormDefinition, 'schema'>;

describe('sensitivePointers', () => {
  it('lists marked properties, those inside repeating groups with * for the row, and marks behind $ref', () => {
    const def = schemaOnly({
      type: 'object',
      $defs: { myNumber: { type: 'string', 'x-sensitive': true } },
      properties: {
        name: { type: 'object', properties: { family: { type: 'string' } } },
        myNumber: { $ref: '#/$defs/myNumber' },
        'a/b': { type: 'string', 'x-sensitive': true },
        note: { type: 'string', 'x-sensitive': false },
        guardians: { type: 'array', items: { type: 'object', properties: { reason: { type: 'string' }, health: { type: 'string', 'x-sensitive': true } } } },
        account: { type: 'object', 'x-sensitive': true, properties: { number: { type: 'string', 'x-sensitive': true } } },
      },
    });
    expect(sensitivePointers(def)).toEqual(['/myNumber', '/a~1b', '/guardians/*/health', '/account']);
  });

  it('finds every My Number, bank account and health field of the library forms', () => {
    expect(sensitivePointers(libraryForm('childcare/jidou-teate-nintei.json'))).toEqual(
      expect.arrayContaining(['/claimantMyNumber', '/spouseMyNumber', '/accountNumber', '/accountHolderKana', '/yuchoNumber']),
    );
    expect(sensitivePointers(libraryForm('maternal-health/ninshin-todoke.json'))).toEqual(expect.arrayContaining(['/motherMyNumber', '/medicalHistory']));
    expect(sensitivePointers(libraryForm('nursing-care/youkaigo-nintei.json'))).toEqual(expect.arrayContaining(['/insuredMyNumber', '/applicationReason']));
    expect(sensitivePointers(libraryForm('childcare/hoiku-genkyo.json'))).toEqual(['/guardians/*/reasonDetails']);
    expect(sensitivePointers(libraryForm('disaster/risai-shomei.json'))).toEqual([]);
  });

  it('every field of the library with the My Number format is marked', () => {
    for (const path of ['childcare/jidou-teate-nintei.json', 'maternal-health/ninshin-todoke.json', 'nursing-care/youkaigo-nintei.json', 'nursing-care/youkaigo-koushin.json']) {
      const def = libraryForm(path);
      const props = def.schema.properties as Record<string, Record<string, unknown>>;
      const myNumbers = Object.keys(props).filter((k) => props[k]!.format === 'jp-my-number');
      expect(myNumbers.length).toBeGreaterThan(0);
      for (const k of myNumbers) expect(sensitivePointers(def)).toContain(`/${k}`);
    }
  });
});

describe('pointerMatches', () => {
  it('matches row numbers for *, nothing else', () => {
    expect(pointerMatches('/g/*/x', '/g/0/x')).toBe(true);
    expect(pointerMatches('/g/*/x', '/g/12/x')).toBe(true);
    expect(pointerMatches('/g/*/x', '/g/a/x')).toBe(false);
    expect(pointerMatches('/g/*/x', '/g/01/x')).toBe(false);
    expect(pointerMatches('/g/*/x', '/g/0')).toBe(false);
    expect(pointerMatches('/x', '/x')).toBe(true);
  });
});

describe('mapAtPointers / mapSealed / maskAnswers', () => {
  const def = schemaOnly({
    type: 'object',
    properties: {
      myNumber: { type: 'string', 'x-sensitive': true },
      empty: { type: 'string', 'x-sensitive': true },
      rows: { type: 'array', items: { type: 'object', properties: { h: { type: 'string', 'x-sensitive': true }, k: { type: 'string' } } } },
      plain: { type: 'string' },
    },
  });
  const answers = { myNumber: '123456789018', empty: '', rows: [{ h: 'a', k: 'x' }, { k: 'y' }, { h: 'c' }], plain: 'p' };

  it('replaces each non-blank value with its concrete pointer and leaves the input untouched', () => {
    const seen: string[] = [];
    const out = mapAtPointers(sensitivePointers(def), answers, (v, p) => {
      seen.push(p);
      return `<${String(v)}>`;
    });
    expect(seen).toEqual(['/myNumber', '/rows/0/h', '/rows/2/h']);
    expect(out).toEqual({ myNumber: '<123456789018>', empty: '', rows: [{ h: '<a>', k: 'x' }, { k: 'y' }, { h: '<c>' }], plain: 'p' });
    expect(answers.myNumber).toBe('123456789018');
    expect(out.rows).not.toBe(answers.rows);
    expect((out.rows as unknown[])[1]).toBe(answers.rows[1]);
  });

  it('finds sealed values anywhere', () => {
    const stored = { a: { $sealed: 'v1:x' }, b: [{ c: { $sealed: 'v1:y' } }], d: { $sealed: 'v1:z', other: 1 } };
    const found: string[] = [];
    mapSealed(stored, (s, p) => found.push(`${p}=${s.$sealed}`));
    expect(found).toEqual(['/a=v1:x', '/b/0/c=v1:y']);
    expect(isSealed(stored.d)).toBe(false);
  });

  it('masks sensitive values stored in clear and sealed values the definition no longer marks', () => {
    const { answers: shown, masked } = maskAnswers(def, { ...answers, plain: { $sealed: 'v1:old' } });
    expect(masked).toEqual(['/myNumber', '/rows/0/h', '/rows/2/h', '/plain']);
    expect(shown.myNumber).toEqual(MASKED);
    expect(isMasked(shown.plain)).toBe(true);
    expect(JSON.stringify(shown)).not.toContain('123456789018');
    expect((shown.rows as Record<string, unknown>[])[0]!.k).toBe('x');
  });
});

describe('lint of the mark', () => {
  const withMark = (mark: unknown, widget: 'text' | 'email' = 'text') => {
    const def = structuredClone(libraryForm('opinion/shichou-tayori.json'));
    const field = widget === 'email' ? 'contactEmail' : 'subject';
    (def.schema.properties as Record<string, Record<string, unknown>>)[field]!['x-sensitive'] = mark;
    return lintDefinition(def).map((p) => p.code);
  };

  it('takes true and false, refuses anything else, and refuses marking an e-mail address', () => {
    expect(withMark(true)).toEqual([]);
    expect(withMark(false)).toEqual([]);
    expect(withMark('yes')).toEqual(['sensitiveValue']);
    expect(withMark(true, 'email')).toEqual(['sensitiveEmail']);
  });
});
