// Issue 7, input: generated answers thrown at every published form's submission route.
// Every answer is 201 or a 4xx that names what is wrong; never a 500; and whatever was
// stored validates against the version it was filed with (nothing malformed gets in).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../core/definition.ts';
import { openAnswers } from '../../../server/sensitive/answers.ts';
import { submissions } from '../../../server/store/tables.ts';
import { createTestApp, type TestApp } from '../../helpers/app.ts';
import { submit } from '../../helpers/fixtures.ts';

let t: TestApp;
let forms: { id: string; definition: FormDefinition; version: number }[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const list = (await t.app.inject('/api/forms')).json().forms as { id: string }[];
  forms = await Promise.all(
    list.map(async ({ id }) => {
      const body = (await t.app.inject(`/api/forms/${id}`)).json();
      return { id, definition: body.definition as FormDefinition, version: body.version as number };
    }),
  );
});
afterAll(() => t.close());

const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 64 }), // lone surrogates, control characters
  fc.string({ minLength: 5000, maxLength: 20_000 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', '\u0000', '\u202e', '<script>alert(1)</script>', '=1+1', ''),
  fc.constantFrom(2 ** 53 + 1, -(2 ** 64), 1e308, -0, Number.MIN_VALUE),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 5 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'id', 'family', 'postalCode', 'x'), fc.string({ maxLength: 8 }), { maxKeys: 4 }),
);

/** The example with one value somewhere inside it replaced by something nasty. */
function mutate(example: unknown, choose: number, replacement: unknown): unknown {
  const copy = structuredClone(example) as Record<string, unknown>;
  const slots: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((v, i) => (slots.push({ parent: node, key: i }), walk(v)));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        slots.push({ parent: node as Record<string, unknown>, key: k });
        walk(v);
      }
    }
  };
  walk(copy);
  if (slots.length === 0) return { [String(choose)]: replacement };
  const slot = slots[choose % slots.length]!;
  (slot.parent as Record<string | number, unknown>)[slot.key] = replacement;
  return copy;
}

function checkRefusal(res: { statusCode: number; body: string }) {
  expect(res.statusCode, res.body).not.toBe(500);
  expect([201, 400, 409, 413], res.body).toContain(res.statusCode);
  expect(res.body).not.toMatch(/\bat .+\.(ts|js):\d+/); // no stack trace
  if (res.statusCode === 400) {
    const body = JSON.parse(res.body) as { message: string; errors?: { path: string; message: string }[] };
    expect(body.message).toBeTruthy();
    for (const e of body.errors ?? []) {
      expect(typeof e.path).toBe('string');
      expect(e.message.length).toBeGreaterThan(0);
    }
  }
}

/** Every stored submission validates against the version it was filed with (sensitive answers opened first: they are stored sealed). */
async function storedAreValid() {
  for (const row of await t.app.ctx.db.select().from(submissions).orderBy(submissions.id)) {
    const version = (await t.app.ctx.catalog.version(row.formId, row.formVersion))!;
    const validator = t.app.ctx.catalog.validator(version);
    const opened = openAnswers(t.app.ctx.sealer, row.answers as Record<string, unknown>, row.receiptNumber);
    expect(opened.unreadable).toEqual([]);
    expect(validator.validate(opened.answers), `${row.formId} ${JSON.stringify(validator.validate.errors)}`).toBe(true);
  }
}

// A form with 日時の枠 also needs one chosen (beside the answers), or every run would stop at the slot.
function fileMutated(def: FormDefinition, answers: unknown) {
  const slot = def.settings.slots?.[0]?.id;
  if (slot === undefined) return submit(t.app, def.id, answers);
  return t.app.inject({ method: 'POST', url: `/api/forms/${def.id}/submissions`, payload: { answers, slot } });
}

describe('generated answers at every published form', () => {
  it('the library is published (the property runs over every form)', () => {
    expect(forms.length).toBeGreaterThanOrEqual(10);
  });

  it('a mutated 記入例 is filed or refused field by field, never a 500', async () => {
    for (const form of forms) {
      await fc.assert(
        fc.asyncProperty(fc.nat(), nasty, async (choose, replacement) => {
          const res = await fileMutated(form.definition, mutate(form.definition.example, choose, replacement));
          checkRefusal(res);
          // A refusal names the fields, except a body refused whole for carrying
          // prototype-poisoning keys (__proto__, constructor.prototype).
          const poisoned = /"(__proto__|constructor)"/.test(JSON.stringify(replacement) ?? '');
          if (res.statusCode === 400 && !poisoned) expect(JSON.parse(res.body).errors?.length ?? 0, res.body).toBeGreaterThan(0);
        }),
        { numRuns: 40 },
      );
    }
    await storedAreValid();
  });

  it('arbitrary JSON as answers or as the whole body is refused cleanly', async () => {
    const form = forms[0]!;
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), async (value, wrap) => {
        const res = wrap
          ? await submit(t.app, form.id, value)
          : await t.app.inject({ method: 'POST', url: `/api/forms/${form.id}/submissions`, payload: JSON.stringify(value), headers: { 'content-type': 'application/json' } });
        checkRefusal(res);
      }),
      { numRuns: 200 },
    );
    await storedAreValid();
  });
});

describe('hostile bodies', () => {
  const post = (payload: string | Buffer, contentType = 'application/json') =>
    t.app.inject({ method: 'POST', url: `/api/forms/${forms[0]!.id}/submissions`, payload, headers: { 'content-type': contentType } });

  it.each([
    ['deeply nested arrays', `{"answers":${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
    ['deeply nested objects', `{"answers":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`],
    ['__proto__ keys', '{"answers":{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}}'],
    ['a number past 2^53', '{"version":9007199254740993,"answers":{}}'],
    ['a number past double range', '{"version":1e400,"answers":{}}'],
    ['truncated JSON', '{"answers":{"a":'],
    ['not JSON at all', 'answers=1'],
  ])('%s: a 4xx, never a 500', async (_name, body) => {
    const res = await post(body);
    expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
    expect(res.statusCode, res.body).toBeLessThan(500);
    expect(({} as Record<string, unknown>).admin).toBeUndefined(); // the prototype was not polluted
  });

  it('invalid UTF-8 in the body is a 4xx', async () => {
    const res = await post(Buffer.concat([Buffer.from('{"answers":{"a":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}}')]));
    expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
    expect(res.statusCode, res.body).toBeLessThan(500);
  });

  it('a body of the wrong type is a 4xx', async () => {
    const res = await post('<xml/>', 'application/xml');
    expect(res.statusCode).toBe(415);
  });
});
