// Issue 7, input: generated definitions at the builder's import. Every answer is 201 or a
// 4xx with problems located in the definition; never a 500; a refused import stores
// nothing (the form id stays free), an accepted one publishes as it was checked.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../../core/definition.ts';
import { forms } from '../../../server/store/tables.ts';
import { createTestApp, type TestApp } from '../../helpers/app.ts';
import { libraryForm } from '../../helpers/fixtures.ts';
import { loginAs, type StaffInject } from '../../helpers/staff.ts';

let t: TestApp;
let designer: StaffInject;
const DEPT = '防災危機管理課';

beforeAll(async () => {
  t = await createTestApp();
  designer = await loginAs(t.app, 'fuzz-designer', [{ department: DEPT, role: 'designer' }]);
});
afterAll(() => t.close());

const formCount = async () => (await t.app.ctx.db.select().from(forms)).length;

const junk = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.string({ unit: 'binary', maxLength: 32 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'group', 'slider', '', '#/$defs/x', 2 ** 53 + 1, -1, null),
  fc.constant({ $ref: '#/$defs/loop' }),
  fc.constant({ show: 'ghost', when: { properties: { ghost: { const: 1 } } } }),
);

/** A library definition with one value somewhere inside it replaced. */
function mutate(def: FormDefinition, choose: number, replacement: unknown, id: string): unknown {
  const copy = structuredClone(def) as unknown as Record<string, unknown>;
  const slots: { parent: Record<string | number, unknown>; key: string | number }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((v, i) => (slots.push({ parent: node as unknown as Record<number, unknown>, key: i }), walk(v)));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        slots.push({ parent: node as Record<string, unknown>, key: k });
        walk(v);
      }
    }
  };
  walk(copy);
  const slot = slots[choose % slots.length]!;
  slot.parent[slot.key] = replacement;
  if (copy.id === def.id) copy.id = id;
  return copy;
}

const library = ['disaster/risai-shomei.json', 'childcare/jidou-teate-nintei.json', 'opinion/shichou-tayori.json'].map((p) => {
  const def = libraryForm(p);
  def.settings.department = DEPT;
  return def;
});

describe('generated definitions at import', () => {
  let n = 0;
  it('a mutated library definition is imported or refused with located problems, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...library), fc.nat(), junk, async (def, choose, replacement) => {
        const id = `fuzz-${++n}`;
        const before = await formCount();
        const res = await designer({ method: 'POST', url: '/api/staff/forms', payload: { definition: mutate(def, choose, replacement, id) } });
        expect(res.statusCode, res.body).not.toBe(500);
        expect([201, 400, 403, 409], res.body).toContain(res.statusCode);
        expect(res.body).not.toMatch(/\bat .+\.(ts|js):\d+/);
        if (res.statusCode === 400) {
          const body = res.json() as { errors?: { path: string; message: string }[] };
          expect(body.errors?.length ?? 0, res.body).toBeGreaterThan(0);
          for (const e of body.errors!) {
            expect(e.path === '' || e.path.startsWith('/'), e.path).toBe(true);
            expect(e.message.length).toBeGreaterThan(0);
          }
          expect((await formCount()), 'a refused import stores nothing').toBe(before);
        }
        if (res.statusCode === 201) {
          const created = res.json().id as string;
          const published = await designer({ method: 'POST', url: `/api/staff/forms/${created}/publish`, payload: {} });
          expect(published.statusCode, published.body).toBe(201);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('arbitrary JSON as the definition is refused cleanly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 8 }), async (value) => {
        const before = await formCount();
        const res = await designer({ method: 'POST', url: '/api/staff/forms', payload: { definition: value } });
        expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, res.body).toBeLessThan(500);
        expect(await formCount()).toBe(before);
      }),
      { numRuns: 200 },
    );
  });
});
