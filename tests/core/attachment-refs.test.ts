import { describe, expect, it } from 'vitest';
import { attachmentRefs } from '../../core/attachment-refs.ts';
import type { FormDefinition, JSONSchema } from '../../core/definition.ts';
import { form, validAnswers } from './fixtures.ts';

const ref = (id: string) => ({ id, name: `${id}.pdf`, size: 1, type: 'application/pdf' });
// The fixture's documents question takes photos and PDFs; the row photos say nothing.
const DOCS = ['image/*', 'application/pdf'];

/** The fixture with an attachments field `photos` inside the children rows. */
function formWithRowAttachments(): FormDefinition {
  const def = form();
  const row = (def.schema.properties as Record<string, JSONSchema>).children!.items as JSONSchema;
  (row.properties as Record<string, JSONSchema>).photos = { type: 'array', items: { type: 'object' } };
  const group = def.ui.pages[1]!.elements.find((e) => 'field' in e && e.field === 'children') as { elements: unknown[] };
  group.elements.push({ field: 'photos', widget: 'attachments', label: { ja: '写真' } });
  return def;
}

describe('attachmentRefs', () => {
  it('finds top-level attachments with their pointers', () => {
    const answers = { ...validAnswers(), documents: [ref('a'), ref('b')] };
    expect(attachmentRefs(form(), answers)).toEqual([
      { path: '/documents/0', id: 'a', accept: DOCS },
      { path: '/documents/1', id: 'b', accept: DOCS },
    ]);
  });

  it('finds attachments inside group rows', () => {
    const answers = validAnswers();
    answers.documents = [ref('d')];
    answers.children = [{ photos: [ref('p0')] }, {}, { photos: [ref('p2a'), ref('p2b')] }];
    // In page order: the children group comes before the documents.
    expect(attachmentRefs(formWithRowAttachments(), answers)).toEqual([
      { path: '/children/0/photos/0', id: 'p0' },
      { path: '/children/2/photos/0', id: 'p2a' },
      { path: '/children/2/photos/1', id: 'p2b' },
      { path: '/documents/0', id: 'd', accept: DOCS },
    ]);
  });

  it('ignores absent fields, non-arrays, null rows and refs without a string id', () => {
    const answers = { documents: [null, { id: 7 }, {}, ref('ok')], children: [null, { photos: 'x' }] };
    expect(attachmentRefs(formWithRowAttachments(), answers)).toEqual([{ path: '/documents/3', id: 'ok', accept: DOCS }]);
    expect(attachmentRefs(form(), {})).toEqual([]);
    expect(attachmentRefs(form(), { documents: ref('x') })).toEqual([]);
  });

  it('does not look at other fields that happen to hold ids', () => {
    expect(attachmentRefs(form(), { remarks: [ref('x')] as unknown as string, documents: [] })).toEqual([]);
  });
});
