// The city's own paper layout, end to end on a real multi-page PDF form built here with
// pdf-lib the way a city's form is made (Japanese labels, AcroForm text fields, check
// boxes and a radio group on page 1; a free page 2): a designer uploads it and maps
// answers, a clerk prints a submission onto it, and poppler proves the Japanese answers
// are on the right pages and really drawn.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedFonts, loadFontFiles } from '../../server/pdf/fonts.ts';
import { auditLog } from '../../server/store/tables.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { PNG as PNG_BYTES, risaiAnswers, submit } from '../helpers/fixtures.ts';
import { loginAs, type StaffInject } from '../helpers/staff.ts';
import { inkRatio, pdffonts, pdfinfo, pdftoppm, pdftotext } from './pdf/poppler.ts';

const ZEIMU = '税務課';
const FORM = 'risai-shomei';
const ARTIFACTS = new URL('../../test-artifacts/pdf/', import.meta.url);
const squash = (s: string) => s.replace(/\s+/g, '');

/** Where each box of the paper form is, in PDF points (origin bottom left). */
const BOX = {
  name: { x: 150, y: 700, width: 250, height: 22 },
  kana: { x: 150, y: 672, width: 250, height: 18 },
  birth: { x: 150, y: 640, width: 300, height: 22 },
  address: { x: 150, y: 608, width: 380, height: 22 },
  receipt: { x: 150, y: 770, width: 150, height: 20 },
  victim: { x: 150, y: 570, width: 14, height: 14 },
  insurance: { x: 150, y: 540, width: 14, height: 14 },
  loan: { x: 300, y: 540, width: 14, height: 14 },
  typhoon: { x: 150, y: 510, width: 14, height: 14 },
  rain: { x: 250, y: 510, width: 14, height: 14 },
};

/** The city's existing 罹災証明書 paper form, as an office would have made it in Acrobat. */
async function cityForm(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const { regular } = await embedFonts(doc, loadFontFiles());
  const p1 = doc.addPage([595.28, 841.89]);
  const p2 = doc.addPage([595.28, 841.89]);
  const label = (page: typeof p1, s: string, x: number, y: number) => page.drawText(s, { x, y, size: 10, font: regular, color: rgb(0.2, 0.2, 0.2) });
  label(p1, '罹災証明書交付申請書（様式第1号）', 200, 810);
  label(p1, '受付番号', 60, 776);
  label(p1, '氏名', 60, 706);
  label(p1, 'フリガナ（セイ）', 60, 676);
  label(p1, '生年月日', 60, 646);
  label(p1, '住所', 60, 614);
  label(p1, '本人', 60, 573);
  label(p1, '保険金の請求', 170, 543);
  label(p1, '融資の申込み', 320, 543);
  label(p1, '台風', 170, 513);
  label(p1, '大雨', 270, 513);
  label(p2, '被害の状況（裏面）', 60, 780);
  const form = doc.getForm();
  // addToPage() writes its defaults into the options object: give it copies.
  const text = (name: string, box: (typeof BOX)[keyof typeof BOX], page = p1) => form.createTextField(name).addToPage(page, { ...box });
  text('氏名', BOX.name);
  text('kana', BOX.kana);
  text('birth', BOX.birth);
  text('address', BOX.address);
  text('receipt', BOX.receipt);
  text('unused', { x: 400, y: 770, width: 120, height: 20 });
  form.createCheckBox('victim').addToPage(p1, { ...BOX.victim });
  form.createCheckBox('purpose_insurance').addToPage(p1, { ...BOX.insurance });
  form.createCheckBox('purpose_loan').addToPage(p1, { ...BOX.loan });
  const cause = form.createRadioGroup('cause');
  cause.addOptionToPage('typhoon', p1, { ...BOX.typhoon });
  cause.addOptionToPage('heavy-rain', p1, { ...BOX.rain });
  form.createButton('print').addToPage('印刷', p2, { x: 400, y: 40, width: 80, height: 24, font: regular });
  return doc.save();
}

function multipart(parts: { name: string; filename?: string; type?: string; data: Buffer | string }[]) {
  const boundary = `----madoguchi${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const head = p.filename
      ? `Content-Disposition: form-data; name="${p.name}"; filename="${p.filename}"\r\nContent-Type: ${p.type ?? 'application/pdf'}\r\n\r\n`
      : `Content-Disposition: form-data; name="${p.name}"\r\n\r\n`;
    chunks.push(Buffer.from(`--${boundary}\r\n${head}`), Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** What poppler complains about while reading the file ('' for a sound PDF). */
function readerComplaints(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'madoguchi-pdf-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    return spawnSync('pdftotext', [join(dir, 'in.pdf'), '-'], { encoding: 'utf8' }).stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Share of dark pixels inside a box of page `page`, rendered at 72 dpi (1 px = 1 pt). */
function inkIn(pdf: Uint8Array, page: number, box: { x: number; y: number; width: number; height: number }): number {
  const image = PNG.sync.read(pdftoppm(pdf, page, 72));
  let dark = 0;
  let all = 0;
  const top = Math.round(image.height - box.y - box.height);
  for (let y = top + 2; y < top + box.height - 2; y++) {
    for (let x = Math.round(box.x) + 2; x < box.x + box.width - 2; x++) {
      const i = (y * image.width + x) * 4;
      if (image.data[i]! < 128) dark++;
      all++;
    }
  }
  return dark / all;
}

describe('paper layouts', () => {
  let t: TestApp;
  let designer: StaffInject;
  let clerk: StaffInject;
  let otherDesigner: StaffInject;
  let otherClerk: StaffInject;
  let paper: Uint8Array;
  let layoutId: string;
  let receipt: string;
  let answers: Record<string, unknown>;
  const url = (rest = '') => `/api/staff/forms/${FORM}/layouts${rest}`;
  const audits = async () => (await t.app.ctx.db.select().from(auditLog).orderBy(auditLog.id));

  const mapping = {
    fields: {
      氏名: '/applicantName',
      kana: '/applicantName/familyKana',
      birth: '/applicantBirthDate',
      address: '/applicantAddress',
      receipt: 'receiptNumber',
      victim: '/applicantIsVictim',
      purpose_insurance: '/purposes=insurance',
      purpose_loan: '/purposes=loan',
      cause: '/cause',
    },
    positions: [
      { page: 2, x: 60, y: 750, size: 11, pointer: '/damageDescription' },
      { page: 2, x: 60, y: 600, size: 14, pointer: '/disasterName' },
      { page: 2, x: 60, y: 560, pointer: 'filedDate' },
    ],
  };

  beforeAll(async () => {
    t = await createTestApp({ cityName: '静岡市' }, () => new Date('2026-11-22T05:05:00.000Z'));
    designer = await loginAs(t.app, 'zeimu-designer', [{ department: ZEIMU, role: 'designer' }]);
    clerk = await loginAs(t.app, 'zeimu-clerk', [{ department: ZEIMU, role: 'clerk' }]);
    otherDesigner = await loginAs(t.app, 'kosodate-designer', [{ department: '子育て支援課', role: 'designer' }]);
    otherClerk = await loginAs(t.app, 'kosodate-clerk', [{ department: '子育て支援課', role: 'clerk' }]);
    paper = await cityForm();
    answers = await risaiAnswers(t.app);
    answers.damageDescription = '床上約40cmまで浸水した。\n1階の床板と畳の張り替えが必要。';
    const res = await submit(t.app, FORM, answers);
    expect(res.statusCode, res.body).toBe(201);
    receipt = res.json().receiptNumber;
  });
  afterAll(async () => {
    await t.close();
  });

  const upload = (who: StaffInject, data: Buffer | Uint8Array, name = '罹災証明書 様式第1号', filename = 'yoshiki1.pdf') =>
    who({ method: 'POST', url: url(), ...multipart([{ name: 'name', data: name }, { name: 'file', filename, data: Buffer.from(data) }]) });

  it('a designer of the department uploads the PDF and sees its pages and AcroForm fields', async () => {
    const res = await upload(designer, paper);
    expect(res.statusCode, res.body).toBe(201);
    const layout = res.json();
    layoutId = layout.id;
    expect(layout).toMatchObject({ formId: FORM, name: '罹災証明書 様式第1号', updatedBy: 'zeimu-designer', mapping: { fields: {}, positions: [] } });
    expect(layout.pages).toEqual([
      { page: 1, width: 595.28, height: 841.89 },
      { page: 2, width: 595.28, height: 841.89 },
    ]);
    const byName = Object.fromEntries(layout.fields.map((f: { name: string }) => [f.name, f]));
    expect(byName['氏名']).toMatchObject({ type: 'text', page: 1, multiline: false });
    // The widget's rectangle includes its border: half a point around the box drawn.
    const rect = byName['氏名'].rect;
    for (const k of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(rect[k] - BOX.name[k])).toBeLessThanOrEqual(1);
    expect(byName.victim).toMatchObject({ type: 'checkbox', page: 1 });
    expect(byName.cause).toMatchObject({ type: 'radio', page: 1, options: ['typhoon', 'heavy-rain'] });
    expect(byName.print).toMatchObject({ type: 'button', page: 2 });
    expect((await audits()).at(-1)).toMatchObject({ action: 'form.layout', actor: 'zeimu-designer', records: [layoutId], detail: { op: 'create' } });
  });

  it('refuses what is not a PDF, judged by content, and files over the limit', async () => {
    const png = await upload(designer, PNG_BYTES, 'x', 'fake.pdf');
    expect(png.statusCode).toBe(400);
    expect(png.json().error).toBe('notPdf');
    const broken = await upload(designer, Buffer.from('%PDF-1.7\nnot really'), 'x');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error).toBe('notPdf');
    const huge = await upload(designer, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024 + 10)]));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error).toBe('layoutFileTooLarge');
    const none = await designer({ method: 'POST', url: url(), ...multipart([{ name: 'name', data: 'x' }]) });
    expect(none.statusCode).toBe(400);
  });

  it('keeps to the department and role: clerks read, only the department’s designers change', async () => {
    expect((await upload(clerk, paper)).statusCode).toBe(403);
    expect((await upload(otherDesigner, paper)).statusCode).toBe(404);
    expect((await otherClerk(url())).statusCode).toBe(404);
    expect((await otherDesigner(url(`/${layoutId}`))).statusCode).toBe(404);
    expect((await otherDesigner({ method: 'PUT', url: url(`/${layoutId}`), payload: { mapping } })).statusCode).toBe(404);
    expect((await otherDesigner({ method: 'DELETE', url: url(`/${layoutId}`) })).statusCode).toBe(404);
    expect((await otherDesigner(url(`/${layoutId}/sample.pdf`))).statusCode).toBe(404);
    expect((await clerk({ method: 'PUT', url: url(`/${layoutId}`), payload: { mapping } })).statusCode).toBe(403);
    expect((await clerk({ method: 'DELETE', url: url(`/${layoutId}`) })).statusCode).toBe(403);
    const list = await clerk(url());
    expect(list.statusCode).toBe(200);
    expect(list.json().layouts.map((l: { id: string }) => l.id)).toEqual([layoutId]);
    // The layout id is bound to its form: under another form it does not exist.
    expect((await clerk(`/api/staff/forms/hisai-todoke/layouts/${layoutId}`)).statusCode).toBe(404);
  });

  it('checks a mapping field by field, naming each problem', async () => {
    const res = await designer({
      method: 'PUT',
      url: url(`/${layoutId}`),
      payload: {
        mapping: {
          fields: {
            nosuch: '/applicantName',
            kana: '/applicantName/middle',
            birth: 'today',
            victim: '/disasterName',
            purpose_loan: '/purposes=bitcoin',
            cause: 'receiptNumber',
            print: '/applicantName',
          },
          positions: [{ page: 3, x: 10, y: 10, pointer: '/disasterName' }, { page: 2, x: -1, y: 900, size: 200, pointer: '/nothing' }, 'x'],
        },
      },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error).toBe('invalidLayout');
    const byPath = Object.fromEntries(body.errors.map((e: { path: string; code: string }) => [e.path, e.code]));
    expect(byPath).toEqual({
      '/mapping/fields/nosuch': 'noSuchField',
      '/mapping/fields/kana': 'pointer',
      '/mapping/fields/birth': 'value',
      '/mapping/fields/victim': 'checkboxNeedsBoolean',
      '/mapping/fields/purpose_loan': 'equalsValue',
      '/mapping/fields/cause': 'fixedNotText',
      '/mapping/fields/print': 'fieldType',
      '/mapping/positions/0/page': 'page',
      '/mapping/positions/1/x': 'x',
      '/mapping/positions/1/y': 'y',
      '/mapping/positions/1/size': 'size',
      '/mapping/positions/1/pointer': 'pointer',
      '/mapping/positions/2': 'position',
    });
    expect(body.errors.find((e: { path: string }) => e.path === '/mapping/fields/nosuch').message).toBe('PDFに「nosuch」という欄はありません。');
    const en = await designer({ method: 'PUT', url: url(`/${layoutId}`), payload: { mapping: { fields: { nosuch: '/x' } } }, headers: { 'accept-language': 'en' } });
    expect(en.json().errors[0].message).toBe('The PDF has no field named "nosuch".');
    // Nothing was saved.
    expect((await designer(url(`/${layoutId}`))).json().mapping).toEqual({ fields: {}, positions: [] });
  });

  it('saves a valid mapping and a new name', async () => {
    for (const name of ['', '　', 'x'.repeat(101), 42]) {
      const bad = await designer({ method: 'PUT', url: url(`/${layoutId}`), payload: { name } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors).toMatchObject([{ path: '/name' }]);
    }
    const notObject = await designer({ method: 'PUT', url: url(`/${layoutId}`), payload: { mapping: [] } });
    expect(notObject.json().errors).toMatchObject([{ path: '/mapping', code: 'mapping' }]);
    const res = await designer({ method: 'PUT', url: url(`/${layoutId}`), payload: { name: '様式第1号（令和8年版）', mapping } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: '様式第1号（令和8年版）', mapping });
    expect((await clerk(url(`/${layoutId}`))).json().mapping).toEqual(mapping);
    expect((await audits()).at(-1)).toMatchObject({ action: 'form.layout', detail: { op: 'update', fields: 9, positions: 3 } });
  });

  it('prints a submission onto the paper: fields filled in the Japanese font, boxes ticked, page 2 positions, flattened', async () => {
    const before = (await audits()).length;
    const res = await clerk(`/api/staff/submissions/${receipt}/pdf?layout=${layoutId}`);
    expect(res.statusCode, res.body).toBe(200);
    const pdf = res.rawPayload;
    expect(pdfinfo(pdf).Pages).toBe('2');
    const page1 = squash(pdftotext(pdf, 1));
    const page2 = squash(pdftotext(pdf, 2));
    expect(page1).toContain('山田　太郎（ヤマダ　タロウ）'.replace(/\s/g, ''));
    expect(page1).toContain('ヤマダ');
    expect(page1).toContain('昭和50年6月14日（1975年6月14日）');
    expect(page1).toContain('〒420-0005静岡県静岡市葵区北番町12番地の3');
    expect(page1).toContain(receipt);
    expect(page1).not.toContain('床上約40cm');
    expect(page2).toContain('床上約40cmまで浸水した。');
    expect(page2).toContain('1階の床板と畳の張り替えが必要。');
    expect(page2).toContain(squash(answers.disasterName as string));
    expect(page2).toContain('令和8年11月22日（2026年11月22日）');
    expect(page2).not.toContain('山田');
    // The paper's own labels are still there.
    expect(page1).toContain('罹災証明書交付申請書（様式第1号）');
    // Flattened: no fields left to edit.
    const printed = await PDFDocument.load(pdf);
    expect(printed.getForm().getFields()).toHaveLength(0);
    expect(readerComplaints(pdf)).toBe('');
    expect(pdffonts(pdf).some((f) => /BIZUDPGothic/.test(f.name) && f.embedded && f.subset)).toBe(true);
    // Really drawn: the name box has ink; the ticked boxes more than the unticked one.
    expect(inkIn(pdf, 1, BOX.name)).toBeGreaterThan(0.03);
    expect(inkIn(pdf, 1, BOX.victim)).toBeGreaterThan(inkIn(pdf, 1, BOX.loan) + 0.1);
    expect(inkIn(pdf, 1, BOX.insurance)).toBeGreaterThan(inkIn(pdf, 1, BOX.loan) + 0.1);
    expect(inkIn(pdf, 1, BOX.rain)).toBeGreaterThan(inkIn(pdf, 1, BOX.typhoon) + 0.05);
    expect(inkRatio(pdftoppm(pdf, 2, 50))).toBeGreaterThan(0.002);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(new URL('layout-p1.png', ARTIFACTS), pdftoppm(pdf, 1, 100));
    writeFileSync(new URL('layout-p2.png', ARTIFACTS), pdftoppm(pdf, 2, 100));
    expect((await audits()).slice(before)).toEqual([
      expect.objectContaining({ action: 'submission.print', actor: 'zeimu-clerk', records: [receipt], detail: { layout: layoutId } }),
    ]);
  });

  it('prints the form’s 記入例 on the layout, marked as such', async () => {
    const res = await designer(url(`/${layoutId}/sample.pdf`));
    expect(res.statusCode, res.body).toBe(200);
    const text = squash(pdftotext(res.rawPayload));
    expect(inkRatio(pdftoppm(res.rawPayload, 1, 50))).toBeGreaterThan(0.005);
    expect(text).toContain('記入例');
    expect(text).toContain('山田　太郎'.replace(/\s/g, ''));
    expect((await clerk(url(`/${layoutId}/sample.pdf`))).statusCode).toBe(200);
  });

  it('a clerk of another department cannot print onto it, nor print the submission at all', async () => {
    expect((await otherClerk(`/api/staff/submissions/${receipt}/pdf?layout=${layoutId}`)).statusCode).toBe(404);
  });

  it('deletes a layout', async () => {
    expect((await designer({ method: 'DELETE', url: url(`/${layoutId}`) })).statusCode).toBe(204);
    expect((await designer(url(`/${layoutId}`))).statusCode).toBe(404);
    expect((await clerk(`/api/staff/submissions/${receipt}/pdf?layout=${layoutId}`)).json().error).toBe('layoutNotFound');
    expect((await audits()).at(-1)).toMatchObject({ action: 'form.layout', detail: { op: 'delete' } });
  });
});
