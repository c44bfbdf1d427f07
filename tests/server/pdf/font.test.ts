// The font/fontkit pair is proven by rendering, not trusted: a subset must draw exactly
// what the whole font draws. @pdf-lib/fontkit's subsetter fails exactly this with BIZ
// UDPGothic (about three glyphs in four blank, see docs/adr/0006-pdf-font.md).
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { upstreamFontkit } from '../../../server/pdf/fontkit-adapter.ts';
import { embedFonts, fontPaths, loadFontFiles } from '../../../server/pdf/fonts.ts';
import { differingPixels, inkRatio, pdffonts, pdftoppm, pdftotext } from './poppler.ts';

const LINES = [
  '罹災証明書交付申請　受付番号 1234-5678-90',
  '申請者の氏名：山田　太郎（ヤマダ　タロウ）〒420-0005 静岡県静岡市葵区北番町12番地の3',
  '令和8年9月19日（2026年9月19日）床上約40cmまで浸水した。給湯器とエアコン室外機が水没。',
  'お子さん 佐藤 大輝 結衣 陽翔 はい いいえ 口座名義 駿河第一銀行 呉服町支店 ゆうちょ',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 @.,:;()[]-/',
];

async function specimen(subset: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(upstreamFontkit);
  const files = loadFontFiles();
  const font = await doc.embedFont(files.regular, { subset });
  const bold = await doc.embedFont(files.bold, { subset });
  const page = doc.addPage([560, 200]);
  LINES.forEach((line, i) => page.drawText(line, { x: 12, y: 180 - i * 26, size: 11, font: i % 2 ? bold : font }));
  return doc.save();
}

describe('the PDF font', () => {
  it('comes from the npm package by default, so npm ci is all a machine needs', () => {
    const paths = fontPaths({});
    expect(paths.regular).toMatch(/@expo-google-fonts\/biz-udpgothic\/400Regular\/BIZUDPGothic_400Regular\.ttf$/);
    expect(paths.bold).toMatch(/BIZUDPGothic_700Bold\.ttf$/);
    expect(fontPaths({ PDF_FONT_PATH: '/usr/share/fonts/x.ttf' })).toEqual({ regular: '/usr/share/fonts/x.ttf', bold: '/usr/share/fonts/x.ttf' });
  });

  it('names a missing font file and the way out', () => {
    expect(() => loadFontFiles({ PDF_FONT_PATH: '/nonexistent/font.ttf' })).toThrow(/PDF_FONT_PATH/);
  });

  it('draws every glyph of a subset exactly as the whole font does', async () => {
    const [subset, full] = await Promise.all([specimen(true), specimen(false)]);
    const a = pdftoppm(subset, 1, 100);
    const b = pdftoppm(full, 1, 100);
    expect(inkRatio(a)).toBeGreaterThan(0.02);
    expect(differingPixels(a, b)).toBe(0);
    // The subset is what makes a printed submission small: tens of KB, not megabytes.
    expect(subset.length).toBeLessThan(80_000);
    expect(full.length).toBeGreaterThan(2_000_000);
    const text = pdftotext(subset);
    for (const line of LINES) expect(text.replace(/\s+/g, '')).toContain(line.replace(/\s+/g, ''));
  }, 60_000);

  it('is marked as an embedded Unicode subset', async () => {
    const doc = await PDFDocument.create();
    const fonts = await embedFonts(doc, loadFontFiles());
    doc.addPage().drawText('受付番号', { x: 10, y: 10, font: fonts.regular });
    const listed = pdffonts(await doc.save());
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ type: 'CID TrueType', embedded: true, subset: true, unicode: true });
    expect(listed[0]!.name).toMatch(/^[A-Z]{6}\+BIZUDPGothic-Regular$/);
  });
});
