// Filling a paper layout, case by case: what each kind of AcroForm field does with each
// kind of answer, read back with poppler.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderOnLayout } from '../../../server/pdf/fill-layout.ts';
import { LayoutPdfError, describeLayout, openLayoutPdf } from '../../../server/pdf/inspect-layout.ts';
import type { LayoutMapping } from '../../../server/pdf/layout-mapping.ts';
import { libraryForm } from '../../helpers/fixtures.ts';
import { inkRatio, pdfinfo, pdftoppm, pdftotext } from './poppler.ts';

const risai = libraryForm('disaster/risai-shomei.json');
const jidou = libraryForm('childcare/jidou-teate-nintei.json');
const squash = (s: string) => s.replace(/\s+/g, '');
const input = (definition = risai, answers: Record<string, unknown> = risai.example) => ({
  cityName: '静岡市',
  definition,
  answers,
  receiptNumber: '2026112216',
  filedAt: '2026-11-22T05:05:00.000Z',
});

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

/** Every page rendered by pdftoppm, with ink on page 1: the text is drawn, not only extractable. */
function rendered(pdf: Uint8Array): Uint8Array {
  const pages = Number(pdfinfo(pdf).Pages);
  for (let p = 1; p <= pages; p++) expect(pdftoppm(pdf, p, 30).subarray(1, 4).toString()).toBe('PNG');
  expect(inkRatio(pdftoppm(pdf, 1, 50))).toBeGreaterThan(0.0005);
  return pdf;
}

async function paper(build: (doc: PDFDocument) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595.28, 841.89]);
  build(doc);
  return doc.save();
}

describe('renderOnLayout', () => {
  it('fills text fields with fixed items and answer parts, truncating to a field’s maxLength', async () => {
    const pdf = await paper((doc) => {
      const form = doc.getForm();
      const page = doc.getPage(0);
      const field = (name: string, y: number, width = 300) => {
        const f = form.createTextField(name);
        f.addToPage(page, { x: 100, y, width, height: 20 });
        return f;
      };
      field('receipt', 800);
      field('city', 770);
      field('title', 740);
      field('filed', 710);
      field('phone', 680).setMaxLength(3);
      field('tiny', 650, 40);
      field('empty', 620);
    });
    const mapping: LayoutMapping = {
      fields: {
        receipt: 'receiptNumber',
        city: 'cityName',
        title: 'formTitle',
        filed: 'filedAt',
        phone: '/applicantPhone',
        tiny: '/applicantAddress',
        empty: '/causeOther',
      },
      positions: [],
    };
    const out = rendered(await renderOnLayout(pdf, mapping, input()));
    const text = squash(pdftotext(out));
    expect(text).toContain('2026-1122-16');
    expect(text).toContain('静岡市');
    expect(text).toContain('罹災証明書交付申請');
    expect(text).toContain('令和8年11月22日（2026年11月22日）14:05');
    expect(text).toContain('090');
    expect(text).not.toContain('090-');
    // A long answer in a narrow box is shrunk to fit, not cut.
    expect(text).toContain(squash('〒420-0005 静岡県静岡市葵区北番町12番地の3'));
    expect(inkRatio(pdftoppm(out, 1, 50))).toBeGreaterThan(0.001);
  });

  it('keeps line breaks in a multiline field and joins them in a one-line field', async () => {
    const pdf = await paper((doc) => {
      const form = doc.getForm();
      const multi = form.createTextField('multi');
      multi.enableMultiline();
      multi.addToPage(doc.getPage(0), { x: 50, y: 600, width: 480, height: 120 });
      form.createTextField('single').addToPage(doc.getPage(0), { x: 50, y: 500, width: 480, height: 20 });
    });
    const answers = { ...risai.example, damageDescription: '一行目の説明\n二行目の説明' };
    const out = rendered(await renderOnLayout(pdf, { fields: { multi: '/damageDescription', single: '/damageDescription' }, positions: [] }, input(risai, answers)));
    const lines = pdftotext(out).split('\n').map((l) => l.trim());
    expect(lines).toContain('一行目の説明');
    expect(lines).toContain('二行目の説明');
    expect(lines).toContain('一行目の説明 二行目の説明');
  });

  it('selects a dropdown or radio option by its stored value or by its label', async () => {
    const pdf = await paper((doc) => {
      const form = doc.getForm();
      const page = doc.getPage(0);
      const cause = form.createDropdown('cause');
      cause.addOptions(['台風', '大雨', '地震']);
      cause.addToPage(page, { x: 100, y: 700, width: 150, height: 20 });
      const sex = form.createRadioGroup('victim');
      sex.addOptionToPage('はい', page, { x: 100, y: 650, width: 14, height: 14 });
      sex.addOptionToPage('いいえ', page, { x: 200, y: 650, width: 14, height: 14 });
      const use = form.createDropdown('use');
      use.addOptions(['residential', 'other']);
      use.addToPage(page, { x: 100, y: 600, width: 150, height: 20 });
    });
    const out = rendered(await renderOnLayout(pdf, { fields: { cause: '/cause', victim: '/applicantIsVictim', use: '/buildingUse' }, positions: [] }, input()));
    const text = squash(pdftotext(out));
    expect(text).toContain('大雨');
    expect(text).toContain('residential');
    const filled = await PDFDocument.load(out);
    expect(filled.getForm().getFields()).toHaveLength(0);
  });

  it('prints a row of a repeating group by index, and nothing for a row that was not given', async () => {
    const pdf = await paper((doc) => {
      const form = doc.getForm();
      form.createTextField('child1').addToPage(doc.getPage(0), { x: 50, y: 700, width: 400, height: 20 });
      form.createTextField('child5').addToPage(doc.getPage(0), { x: 50, y: 650, width: 400, height: 20 });
    });
    const out = rendered(await renderOnLayout(
      pdf,
      { fields: { child1: '/children/1/name', child5: '/children/4/name' }, positions: [{ page: 1, x: 50, y: 600, pointer: '/children/2/birthDate' }] },
      input(jidou, jidou.example),
    ));
    const text = squash(pdftotext(out));
    expect(text).toContain(squash('佐藤　結衣（サトウ　ユイ）'));
    expect(text).toContain('平成31年2月17日（2019年2月17日）');
    expect(text).not.toContain('大輝');
  });

  it('fills a paper made elsewhere: widgets without appearance streams, a font the file does not carry', async () => {
    const pdf = await paper((doc) => {
      const form = doc.getForm();
      const page = doc.getPage(0);
      const name = form.createTextField('name');
      name.addToPage(page, { x: 50, y: 700, width: 300, height: 20 });
      form.createTextField('untouched').addToPage(page, { x: 50, y: 650, width: 300, height: 20 });
      form.createCheckBox('victim').addToPage(page, { x: 50, y: 600, width: 14, height: 14 });
      for (const field of form.getFields()) for (const w of field.acroField.getWidgets()) w.dict.delete(PDFName.of('AP'));
      name.acroField.dict.set(PDFName.of('DA'), PDFString.of('/HeiseiKakuGo-W5 9 Tf 0 g'));
      form.acroForm.dict.set(PDFName.of('NeedAppearances'), doc.context.obj(true));
    });
    const out = rendered(await renderOnLayout(pdf, { fields: { name: '/applicantName', victim: '/applicantIsVictim' }, positions: [] }, input()));
    expect(squash(pdftotext(out))).toContain(squash('山田　太郎（ヤマダ　タロウ）'));
    // Sound for every reader: flatten() must not leave the page pointing at deleted widgets.
    expect(readerComplaints(out)).toBe('');
    expect((await PDFDocument.load(out)).getPage(0).node.Annots()?.size() ?? 0).toBe(0);
  });

  it('works on a paper with no AcroForm at all (positions only)', async () => {
    const pdf = await paper(() => {});
    const out = rendered(await renderOnLayout(pdf, { fields: {}, positions: [{ page: 1, x: 72, y: 720, size: 16, pointer: '/disasterName' }] }, input()));
    expect(squash(pdftotext(out))).toContain(squash(risai.example.disasterName as string));
  });
});

describe('openLayoutPdf', () => {
  it('refuses an encrypted PDF', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.context.trailerInfo.Encrypt = doc.context.obj({ Filter: 'Standard', V: 1, R: 2, O: 'x', U: 'x', P: -4 });
    const bytes = await doc.save();
    await expect(openLayoutPdf(bytes)).rejects.toEqual(new LayoutPdfError('encrypted'));
  });

  it('refuses bytes without a PDF header and files with more than 50 pages', async () => {
    await expect(openLayoutPdf(new TextEncoder().encode('hello'))).rejects.toMatchObject({ reason: 'notPdf' });
    const doc = await PDFDocument.create();
    for (let i = 0; i < 51; i++) doc.addPage();
    await expect(openLayoutPdf(await doc.save())).rejects.toMatchObject({ reason: 'tooManyPages' });
  });

  it('lists fields even when the AcroForm has fields on several pages', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const p2 = doc.addPage([420, 595]);
    doc.getForm().createTextField('裏面の欄').addToPage(p2, { x: 10, y: 10, width: 100, height: 20 });
    const info = describeLayout(await openLayoutPdf(await doc.save()));
    expect(info.pages[1]).toEqual({ page: 2, width: 420, height: 595 });
    expect(info.fields).toMatchObject([{ name: '裏面の欄', type: 'text', page: 2 }]);
  });
});
