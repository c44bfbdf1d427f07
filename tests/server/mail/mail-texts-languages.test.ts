// Every citizen language has its own mails (a Vietnamese applicant reads Vietnamese, not
// English), each carrying every fact the Japanese one carries.
import { describe, expect, test } from 'vitest';
import { LANGS } from '../../../core/definition.ts';
import { mailTexts } from '../../../server/mail/mail-texts.ts';

const receipt = { title: '罹災証明書交付申請', receiptNumber: '2026-0001-23', statusUrl: 'https://example.jp/s/secret', department: '税務課', qrCid: 'qr@madoguchi' };
const status = { title: receipt.title, receiptNumber: receipt.receiptNumber, statusLabel: '差戻し', kind: 'returned' as const, comment: '住所を確認してください', department: '税務課' };
const message = { title: receipt.title, receiptNumber: receipt.receiptNumber, body: '現地を確認しました。', department: '税務課' };
const resume = { title: receipt.title, resumeUrl: 'https://example.jp/resume/secret', expires: '2026-12-08', department: '税務課' };
const all = (blocks: unknown) => JSON.stringify(blocks);

describe('mails in every citizen language', () => {
  test.each(LANGS.filter((l) => l !== 'ja' && l !== 'en'))('%s has its own texts, with every fact', (lang) => {
    const t = mailTexts(lang);
    expect(t).not.toBe(mailTexts('en'));
    expect(t.receiptSubject(receipt)).toContain(receipt.receiptNumber);
    const r = all(t.receipt(receipt));
    for (const fact of [receipt.title, receipt.receiptNumber, receipt.statusUrl, receipt.department, receipt.qrCid]) expect(r).toContain(fact);
    const s = all(t.status(status));
    for (const fact of [status.receiptNumber, status.comment, status.department]) expect(s).toContain(fact);
    expect(t.statusSubject(status)).toContain(status.statusLabel);
    const m = all(t.message(message));
    for (const fact of [message.body, message.receiptNumber, message.department]) expect(m).toContain(fact);
    const d = all(t.resumeLink(resume));
    for (const fact of [resume.resumeUrl, resume.expires, resume.department]) expect(d).toContain(fact);
    expect(t.receiptSubject(receipt)).not.toBe(mailTexts('en').receiptSubject(receipt));
  });

  test('a language nobody wrote falls back to English (beside the Japanese)', () => {
    expect(mailTexts('fr')).toBe(mailTexts('en'));
  });
});
