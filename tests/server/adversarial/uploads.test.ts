// Malicious and oversized uploads (issue 7, "Input"): limits per file, per field and per
// submission; the type judged by content, so HTML or SVG is refused whatever it is called
// or declared as; and what staff download is never shown inline as a page or a script:
// always `Content-Disposition: attachment`, a type from the allow-list, nosniff, a CSP.
//
// Limits in force: the size of one file is ATTACHMENT_MAX_BYTES (the definition has no
// per-field size setting); the number of files per question is the `maxItems` of its
// schema; the total of one submission is SUBMISSION_ATTACHMENTS_MAX_BYTES.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachments, submissions } from '../../../server/store/tables.ts';
import { createTestApp, type TestApp } from '../../helpers/app.ts';
import { PNG, libraryForm, multipart, submit, upload } from '../../helpers/fixtures.ts';
import { loginAs, type StaffInject } from '../../helpers/staff.ts';

const KB = 1024;
const MB = 1024 * KB;
const FILE_MAX = 1 * MB;
const TOTAL_MAX = 2 * MB;
const FORM = 'risai-shomei';

let t: TestApp;
let clerk: StaffInject;

beforeAll(async () => {
  t = await createTestApp({ attachmentMaxBytes: FILE_MAX, submissionAttachmentsMaxBytes: TOTAL_MAX });
  clerk = await loginAs(t.app, 'uploads-clerk', [{ department: '税務課', role: 'clerk' }]);
});
afterAll(() => t?.close());

/** A real PNG of exactly `size` bytes (trailing bytes after IEND, as some cameras write). */
const pngOf = (size: number) => Buffer.concat([PNG, Buffer.alloc(size - PNG.length, 0x20)]);

async function ref(data = PNG, name = 'photo.png', type = 'image/png') {
  const res = await upload(t.app, FORM, name, data, type);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; name: string; size: number; type: string };
}

function risai(photos: unknown[], letters?: unknown[]) {
  const answers = structuredClone(libraryForm('disaster/risai-shomei.json').example) as Record<string, unknown>;
  answers.damagePhotos = photos;
  if (letters) answers.letterOfAttorney = letters;
  else delete answers.letterOfAttorney;
  return answers;
}

const filed = async () => (await t.app.ctx.db.select().from(submissions).orderBy(submissions.id)).length;

describe('size and count limits', () => {
  it('one file: up to ATTACHMENT_MAX_BYTES, refused past it with 413 and the limit, nothing stored', async () => {
    expect((await upload(t.app, FORM, 'exact.png', pngOf(FILE_MAX))).statusCode).toBe(201);
    const before = (await t.app.ctx.db.select().from(attachments)).length;
    const over = await upload(t.app, FORM, 'over.png', pngOf(FILE_MAX + 1));
    expect(over.statusCode).toBe(413);
    expect(over.json()).toEqual({ error: 'fileTooLarge', message: 'ファイルが大きすぎます。1ファイル1MBまでです。' });
    const form = multipart('over.png', 'image/png', pngOf(FILE_MAX + 1));
    const en = await t.app.inject({ method: 'POST', url: `/api/forms/${FORM}/attachments`, payload: form.payload, headers: { ...form.headers, 'accept-language': 'en' } });
    expect(en.statusCode).toBe(413);
    expect(en.json().message).toMatch(/1 MB/);
    expect(await t.app.ctx.db.select().from(attachments)).toHaveLength(before);
  });

  it('per question: each file must be of a type its own question accepts, the question named', async () => {
    // 罹災証明書 as a city might change it: damage photos only, the letter still a photo or PDF.
    const admin = await loginAs(t.app, 'uploads-admin', [{ department: '情報政策課', role: 'admin' }]);
    const def = { ...libraryForm('disaster/risai-shomei.json'), id: 'test-photos-only' };
    const photoField = def.ui.pages.flatMap((p) => p.elements).find((e) => 'field' in e && e.field === 'damagePhotos') as { accept?: string[] };
    photoField.accept = ['image/*'];
    expect((await admin({ method: 'POST', url: '/api/staff/forms', payload: { definition: def } })).statusCode).toBe(201);
    expect((await admin({ method: 'POST', url: '/api/staff/forms/test-photos-only/publish', payload: {} })).statusCode).toBe(201);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    const uploaded = await upload(t.app, 'test-photos-only', 'certificate.pdf', pdf, 'application/pdf');
    expect(uploaded.statusCode, uploaded.body).toBe(201); // the form as a whole takes PDFs
    const before = await filed();
    const res = await submit(t.app, 'test-photos-only', { ...risai([uploaded.json()]) });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: '/damagePhotos/0', message: expect.stringMatching(/被害.*この種類のファイルは添付できません/) })]);
    expect(await filed()).toBe(before);
    const photo = await upload(t.app, 'test-photos-only');
    expect((await submit(t.app, 'test-photos-only', risai([photo.json()]))).statusCode).toBe(201);
  });

  it('per question: no more files than its maxItems, the question named', async () => {
    const before = await filed();
    const photos = await Promise.all(Array.from({ length: 11 }, () => ref()));
    const res = await submit(t.app, FORM, risai(photos));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: '/damagePhotos' })]));
    const four = await Promise.all(Array.from({ length: 4 }, () => ref()));
    const letters = await submit(t.app, FORM, { ...risai([photos[0]]), applicantIsVictim: false, letterOfAttorney: four });
    expect(letters.statusCode).toBe(400);
    expect(letters.json().errors.map((e: { path: string }) => e.path)).toContain('/letterOfAttorney');
    expect(await filed()).toBe(before);
    // Ten are fine.
    const ok = await submit(t.app, FORM, risai(photos.slice(0, 10)));
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('per submission: the files together up to SUBMISSION_ATTACHMENTS_MAX_BYTES, refused past it; the files stay usable', async () => {
    const big = await Promise.all([ref(pngOf(900 * KB)), ref(pngOf(900 * KB)), ref(pngOf(900 * KB))]);
    const before = await filed();
    const res = await submit(t.app, FORM, risai(big));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ error: 'attachmentsTooLarge', message: '添付ファイルの合計が大きすぎます。合計2MBまでです。' });
    expect(await filed()).toBe(before);
    // The same file twice counts once; two of them fit.
    const ok = await submit(t.app, FORM, risai([big[0], big[1], big[0]]));
    expect(ok.statusCode, ok.body).toBe(201);
  });
});

describe('what a file is, by its bytes', () => {
  const HOSTILE: [string, string, string][] = [
    ['HTML named .png, declared image/png', 'photo.png', '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>'],
    ['HTML without a doctype', 'scan.jpg', '<html><script>fetch("/api/staff/users")</script>'],
    ['SVG with a script, named .png', 'photo.png', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ['SVG with an XML declaration', 'image.webp', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'],
    ['XHTML', 'doc.pdf', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>'],
    ['HTML after a byte-order mark', 'photo.png', '\ufeff<html><script>alert(1)</script></html>'],
    ['a GIF (not a type we take)', 'photo.png', 'GIF89a\x01\x00\x01\x00\x00\x00\x00;'],
    ['plain text', 'notes.pdf', 'just some text'],
  ];

  it('refuses HTML, SVG and anything not a photo or PDF, whatever its name or declared type', async () => {
    const before = (await t.app.ctx.db.select().from(attachments)).length;
    for (const [what, name, body] of HOSTILE) {
      for (const declared of ['image/png', 'image/svg+xml', 'text/html', 'application/pdf', 'application/octet-stream']) {
        const res = await upload(t.app, FORM, name, Buffer.from(body), declared);
        expect(res.statusCode, `${what} as ${declared}`).toBe(400);
        expect(res.json().error).toBe('fileType');
      }
    }
    expect((await upload(t.app, FORM, 'empty.png', Buffer.alloc(0))).json().error).toBe('noFile');
    expect(await t.app.ctx.db.select().from(attachments)).toHaveLength(before);
  });
});

describe('downloads through the back office', () => {
  function expectDownload(res: LightMyRequestResponse, type: string) {
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="[^"\r\n]*"; filename\*=UTF-8''[^\s"]+$/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toMatch(/default-src 'self'.*frame-ancestors 'none'|frame-ancestors 'none'/);
  }

  it('are attachments of a safe type with a harmless name, never inline HTML or SVG', async () => {
    // A real PNG with HTML after it (a polyglot), named and declared as a page.
    const polyglot = Buffer.concat([PNG, Buffer.from('<html><script>alert(1)</script></html>')]);
    const sneaky = await ref(polyglot, '被害;写真\u0007.html', 'text/html');
    expect(sneaky.type).toBe('image/png');
    const pdf = await ref(Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'), 'form.svg', 'image/svg+xml');
    expect(pdf.type).toBe('application/pdf');
    const res = await submit(t.app, FORM, risai([sneaky, pdf]));
    expect(res.statusCode, res.body).toBe(201);
    const view = (await clerk(`/api/staff/submissions/${res.json().receiptNumber}`)).json();
    const [first, second] = view.attachments as { path: string; name: string }[];
    expect(first!.name).toBe('被害;写真.html'); // shown as typed, minus the control character

    const png = await clerk(first!.path);
    expectDownload(png, 'image/png');
    // The name cannot end the header value early or add a parameter, and it is saved as what
    // it is (a PNG), so opening the saved file never opens a page.
    expect(png.headers['content-disposition']).toBe(`attachment; filename="_____.html.png"; filename*=UTF-8''${encodeURIComponent('被害;写真.html.png')}`);
    expect(png.rawPayload.equals(polyglot)).toBe(true);
    const doc = await clerk(second!.path);
    expectDownload(doc, 'application/pdf');
    for (const r of [png, doc]) expect(String(r.headers['content-type'])).not.toMatch(/html|svg|xml|javascript/);
  });
});
