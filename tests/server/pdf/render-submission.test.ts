// Renders real procedures from the library and reads the PDF back with poppler: the
// Japanese must come out of pdftotext (it is real text with a Unicode map, not shapes)
// and the page must render with ink on it (the glyphs are really drawn).
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSubmissionPdf } from '../../../server/pdf/render-submission.ts';
import { libraryForm } from '../../helpers/fixtures.ts';
import { inkRatio, pdffonts, pdfinfo, pdftoppm, pdftotext } from './poppler.ts';
import { readQr } from './qr-reader.ts';

const ARTIFACTS = new URL('../../../test-artifacts/pdf/', import.meta.url);
const risai = libraryForm('disaster/risai-shomei.json');
const jidou = libraryForm('childcare/jidou-teate-nintei.json');

/** pdftotext breaks lines where the layout does; compare without whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '');

function saveArtifact(name: string, png: Buffer): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(new URL(name, ARTIFACTS), png);
}

describe('renderSubmissionPdf: 罹災証明書交付申請', async () => {
  const pdf = await renderSubmissionPdf({
    cityName: '静岡市',
    definition: risai,
    answers: risai.example,
    receiptNumber: '2026112216', // stored digits; printed NNNN-NNNN-NN
    filedAt: '2026-11-22T05:05:00.000Z',
  });
  const text = squash(pdftotext(pdf));

  it('holds the city, title, receipt number and filing time in Japan time', () => {
    expect(text).toContain('静岡市');
    expect(text).toContain('罹災証明書交付申請');
    expect(text).toContain('受付番号2026-1122-16');
    expect(text).toContain('受付日時令和8年11月22日（2026年11月22日）14:05');
    expect(text).toContain('担当課税務課');
  });

  it('holds every answer with its label, as people read them', () => {
    for (const s of [
      '申請者の氏名山田太郎（ヤマダタロウ）',
      '生年月日昭和50年6月14日（1975年6月14日）',
      '〒420-0005静岡県静岡市葵区北番町12番地の3',
      'taro.yamada@example.jp',
      '罹災日（被害を受けた日）令和8年9月19日（2026年9月19日）',
      '罹災原因大雨',
      '建物との関係所有者であり、居住している',
      '浸水の状況床上浸水',
      '外観_南側.jpg',
      '給湯器.jpg',
      '保険金・共済金の請求、税・保険料の減免、義援金・支援金の申請',
      '同意する',
    ]) {
      expect(text).toContain(squash(s));
    }
    // The long description wraps but loses nothing.
    expect(text).toContain(squash(risai.example.damageDescription as string));
    // Raw values never leak onto paper.
    expect(text).not.toContain('heavy-rain');
    expect(text).not.toContain('owner-resident');
  });

  it('is small: fonts embedded once, as subsets', () => {
    expect(pdf.length).toBeLessThan(150_000);
    const fonts = pdffonts(pdf);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).toEqual(['BIZUDPGothic-Regular', 'BIZUDPGothic-Bold']);
    expect(fonts.every((f) => f.embedded && f.subset && f.unicode)).toBe(true);
  });

  it('renders page 1 to a PNG with ink on it (saved in test-artifacts/pdf/)', () => {
    const png = pdftoppm(pdf, 1, 50);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // Text, rules and the QR code: a few percent of the page, far from blank or black.
    const ink = inkRatio(png);
    expect(ink).toBeGreaterThan(0.01);
    expect(ink).toBeLessThan(0.3);
    saveArtifact('risai-shomei-p1-50dpi.png', png);
    saveArtifact('risai-shomei-p1.png', pdftoppm(pdf, 1, 110));
  });

  it('carries a QR code that scans as the receipt number', () => {
    expect(readQr(pdftoppm(pdf, 1, 100))).toBe('2026-1122-16');
  });

  it('is A4', () => {
    expect(pdfinfo(pdf)['Page size']).toMatch(/^595\.28 x 841\.89 pts \(A4\)/);
  });
});

describe('renderSubmissionPdf: 児童手当 認定請求 (repeating group, several pages)', async () => {
  const pdf = await renderSubmissionPdf({
    cityName: '静岡市',
    definition: jidou,
    answers: jidou.example,
    receiptNumber: '3141-5926-52',
    filedAt: '2026-11-21T15:30:00.000Z',
  });

  it('numbers its pages X / Y and repeats the receipt number after page 1', () => {
    const pages = Number(pdfinfo(pdf).Pages);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let p = 1; p <= pages; p++) {
      const page = squash(pdftotext(pdf, p));
      expect(page).toContain(`${p}/${pages}`);
      expect(page).toContain('受付番号3141-5926-52');
    }
    saveArtifact('jidou-teate-nintei-p1.png', pdftoppm(pdf, 1, 110));
    saveArtifact('jidou-teate-nintei-p2.png', pdftoppm(pdf, 2, 110));
  });

  it('prints each child as a numbered row with its own labels', () => {
    const text = squash(pdftotext(pdf));
    expect(text).toContain('受付日時令和8年11月22日（2026年11月22日）0:30');
    for (const s of [
      'お子さん1氏名佐藤大輝（サトウダイキ）生年月日平成18年8月21日（2006年8月21日）請求者との続柄子',
      'お子さん2氏名佐藤結衣（サトウユイ）生年月日平成24年5月3日（2012年5月3日）',
      'お子さん3氏名佐藤陽翔（サトウハルト）生年月日平成31年2月17日（2019年2月17日）',
      'お子さんの住所',
      '〒192-0364東京都八王子市南大沢1丁目3番地コーポ南大沢202',
      '加入している年金厚生年金保険（会社員など）',
      '公金受取口座で受け取りますかいいえ',
      '通帳の写し.jpg',
    ]) {
      expect(text).toContain(squash(s));
    }
  });

  it('renders page 1 to a PNG that is not blank', () => {
    expect(inkRatio(pdftoppm(pdf, 1, 50))).toBeGreaterThan(0.01);
  });
});

describe('renderSubmissionPdf: page breaks', () => {
  it('splits an answer longer than a page, marking the continuation', async () => {
    const sentence = '床上約40cmまで浸水し、1階の床板・畳・壁の石こうボードの張り替えが必要になった。';
    const long = Array.from({ length: 60 }, (_, i) => `${i + 1}. ${sentence}`).join('\n');
    const pdf = await renderSubmissionPdf({
      cityName: '静岡市',
      definition: risai,
      answers: { ...risai.example, damageDescription: long },
      receiptNumber: '2718281828',
      filedAt: '2026-11-22T00:00:00Z',
    });
    const pages = Number(pdfinfo(pdf).Pages);
    expect(pages).toBeGreaterThanOrEqual(3);
    const text = pdftotext(pdf);
    expect(text).toContain('（続き）');
    expect(squash(text)).toContain(squash(`60. ${sentence}`));
    expect(squash(pdftotext(pdf, pages))).toContain(`${pages}/${pages}`);
  });

  it('puts the status link in the QR code only when given (applicant copies)', async () => {
    const base = { cityName: '静岡市', definition: risai, answers: risai.example, receiptNumber: '2718281828', filedAt: '2026-11-22T00:00:00Z' };
    expect(squash(pdftotext(await renderSubmissionPdf(base), 1))).not.toContain('申請状況の確認');
    const statusUrl = 'https://madoguchi.example.jp/s/2718281828Zx8yQ3-_kP0aLm9vT2wRb7cN4eJ5hU1sD6fG8iO0pY';
    const withLink = await renderSubmissionPdf({ ...base, statusUrl });
    expect(squash(pdftotext(withLink, 1))).toContain('申請状況の確認');
    expect(readQr(pdftoppm(withLink, 1, 100))).toBe(statusUrl);
  });

  it('prints in English for an English copy', async () => {
    const pdf = await renderSubmissionPdf({ cityName: 'Shizuoka City', definition: jidou, answers: jidou.example, receiptNumber: '3141592652', filedAt: '2026-11-22T05:05:00Z', lang: 'en' });
    const text = squash(pdftotext(pdf));
    expect(text).toContain(squash('Child Allowance: application for eligibility'));
    expect(text).toContain(squash('Receipt number 3141-5926-52'));
    expect(text).toContain(squash('Filed 22 November 2026, 14:05 (Japan time)'));
    expect(text).toContain(squash('Child 1'));
  });
});
