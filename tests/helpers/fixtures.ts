import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { attachmentRefs } from '../../core/attachment-refs.ts';
import type { FormDefinition } from '../../core/definition.ts';
import { splitPointer } from '../../core/fields.ts';

export function libraryForm(path: string): FormDefinition {
  return JSON.parse(readFileSync(new URL(`../../forms/${path}`, import.meta.url), 'utf8')) as FormDefinition;
}

/** A real 1×1 PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export function multipart(filename: string, type: string, data: Buffer) {
  const boundary = `----madoguchi${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, data, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export async function upload(app: FastifyInstance, formId: string, filename = 'photo.png', data = PNG, type = 'image/png') {
  return app.inject({ method: 'POST', url: `/api/forms/${formId}/attachments`, ...multipart(filename, type, data) });
}

/** A form's example with every attachment reference replaced by a real upload. */
export async function exampleWithUploads(app: FastifyInstance, path: string): Promise<Record<string, unknown>> {
  const def = libraryForm(path);
  const answers = structuredClone(def.example);
  for (const ref of attachmentRefs(def, answers)) {
    const segments = splitPointer(ref.path);
    const index = Number(segments.pop());
    const list = segments.reduce<unknown>((node, seg) => (node as Record<string, unknown>)[seg], answers) as unknown[];
    list[index] = (await upload(app, def.id)).json();
  }
  return answers;
}

/** The 罹災証明書 example with its photos replaced by one real upload. */
export async function risaiAnswers(app: FastifyInstance): Promise<Record<string, unknown>> {
  const answers = structuredClone(libraryForm('disaster/risai-shomei.json').example);
  const res = await upload(app, 'risai-shomei');
  answers.damagePhotos = [res.json()];
  return answers;
}

/** The smallest publishable form, for tests that need one of their own. */
export function minimalForm(id = 'test-minimal'): FormDefinition {
  return {
    id,
    title: { ja: 'テスト手続' },
    category: 'other',
    settings: { department: 'テスト課' },
    schema: { type: 'object', additionalProperties: false, required: ['name'], properties: { name: { type: 'string', maxLength: 20 } } },
    ui: { pages: [{ id: 'p1', title: { ja: 'ページ' }, elements: [{ field: 'name', widget: 'text', label: { ja: 'お名前' } }] }] },
    example: { name: '窓口 花子' },
  };
}

export function submit(app: FastifyInstance, formId: string, answers: unknown, headers: Record<string, string> = {}, version?: number) {
  return app.inject({ method: 'POST', url: `/api/forms/${formId}/submissions`, payload: { version, answers }, headers });
}
