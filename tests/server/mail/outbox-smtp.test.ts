// Mail through a real SMTP server: the receipt mail of a real filing, with its status
// link and a counter QR code a phone can read; staff notifications without answers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { queueMessageMail, queueStaffNotification, queueStatusMail } from '../../../server/mail/notices.ts';
import { submissions } from '../../../server/store/tables.ts';
import { libraryForm } from '../../helpers/fixtures.ts';
import { loginAs } from '../../helpers/staff.ts';
import { capturedLog, personalStrings } from '../../helpers/log-capture.ts';
import { fileRisai, logSince, mailApp, newDataDir, outboxRows, removeDataDir } from './mail-app.ts';
import { parseMail } from './parse-mail.ts';
import { readQrPng } from './read-qr.ts';
import { type SmtpSink, startSmtpSink } from './smtp-sink.ts';

const EMAIL = libraryForm('disaster/risai-shomei.json').example.applicantEmail as string;

let sink: SmtpSink;
let app: FastifyInstance;
let dataDir: string;

beforeEach(async () => {
  sink = await startSmtpSink({ auth: { user: 'madoguchi', pass: 's3cret-pass' } });
  dataDir = newDataDir();
  app = await mailApp({ dataDir, smtpUrl: sink.url, publicUrl: 'https://shinsei.example.lg.jp' });
});
afterEach(async () => {
  await app.close();
  await sink.close();
  await removeDataDir(dataDir);
});

describe('receipt mail over SMTP', () => {
  it('reaches the applicant with the receipt number, the status link and a readable counter QR code', async () => {
    const logFrom = capturedLog.length;
    const filed = await fileRisai(app);
    // The filing queued it in its own transaction (server/submissions/file-submission.ts).
    expect(await outboxRows(app)).toHaveLength(1);

    expect(await app.ctx.outbox.runOnce()).toMatchObject({ claimed: 1, sent: 1, retried: 0, failed: 0 });
    const [mail] = await sink.received(1);
    expect(mail!.to).toEqual([EMAIL]);
    expect(mail!.from).toBe('no-reply@localhost');
    expect(mail!.user).toBe('madoguchi'); // the login in SMTP_URL was used

    const parsed = parseMail(mail!.raw);
    expect(parsed.headers.subject).toBe(`【受付】罹災証明書交付申請（受付番号 ${filed.receiptNumber}）`);
    expect(parsed.headers['auto-submitted']).toBe('auto-generated');
    expect(parsed.headers['message-id']).toMatch(/^<outbox\.\d+\.\d+@localhost>$/);
    const text = parsed.text();
    expect(text).toContain(`受付番号: ${filed.receiptNumber}`);
    expect(text).toContain(filed.statusUrl);
    expect(parsed.html()).toContain(`href="${filed.statusUrl}"`);
    expect(parsed.html()).toContain('src="cid:receipt-qr@madoguchi"');

    const qr = parsed.byCid('receipt-qr@madoguchi');
    expect(qr?.headers['content-type']).toMatch(/^image\/png/);
    expect(qr?.headers['content-disposition']).toMatch(/^inline/);
    expect(readQrPng(qr!.body)).toBe(`https://shinsei.example.lg.jp/staff/r/${filed.receiptNumber}`);

    const [row] = await outboxRows(app);
    expect(row).toMatchObject({ attempts: 1, claimedBy: null, lastError: null, failedAt: null });
    expect(row!.sentAt).toBeTruthy();
    // Delivered once: another round finds nothing.
    expect((await app.ctx.outbox.runOnce()).claimed).toBe(0);
    expect(sink.mails).toHaveLength(1);

    const log = logSince(logFrom);
    expect(log).toContain('mail delivered');
    expect(log).not.toContain(EMAIL);
    expect(log).not.toContain('s3cret-pass');
  });

  it('writes to an English-speaking applicant in English first, with the Japanese below', async () => {
    const filed = await fileRisai(app, { 'accept-language': 'en' });
    await app.ctx.outbox.runOnce();
    const parsed = parseMail((await sink.received(1))[0]!.raw);
    expect(parsed.headers.subject).toBe(
      `Received: Application for a Disaster Victim Certificate (Risai Shōmeisho) (receipt number ${filed.receiptNumber}) / 【受付】罹災証明書交付申請（受付番号 ${filed.receiptNumber}）`,
    );
    const text = parsed.text();
    expect(text.indexOf('Your application has been received')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Your application has been received')).toBeLessThan(text.indexOf('」を受け付けました。'));
    expect(parsed.headers['content-language']).toBe('en');
    expect(parsed.html()).toContain('<div lang="en">');
    expect(parsed.html()).toContain('<div lang="ja">');
  });
});

describe('other mails', () => {
  async function filedRow() {
    const filed = await fileRisai(app);
    const row = (await app.ctx.db.select().from(submissions).orderBy(submissions.id))[0]!;
    return { filed, row, def: (await app.ctx.catalog.version(row.formId, row.formVersion))!.definition };
  }

  it('staff notification: which form and receipt, a link to open it, and none of the answers', async () => {
    const { filed, row, def } = await filedRow();
    const withStaff = { ...def, settings: { ...def.settings, notifications: { staffEmails: ['zeimu@city.example.lg.jp', 'kakari@city.example.lg.jp'] } } };
    await app.ctx.writes.run((tx) => queueStaffNotification(tx, { def: withStaff, receiptNumber: row.receiptNumber, origin: 'https://shinsei.example.lg.jp', at: row.createdAt }));
    await app.ctx.outbox.runOnce();
    const mails = sink.mails.filter((m) => m.to.includes('zeimu@city.example.lg.jp'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(['zeimu@city.example.lg.jp', 'kakari@city.example.lg.jp']);
    const parsed = parseMail(mails[0]!.raw);
    expect(parsed.headers.subject).toBe(`【新着】罹災証明書交付申請（受付番号 ${filed.receiptNumber}）`);
    expect(parsed.text()).toContain(`https://shinsei.example.lg.jp/staff/r/${filed.receiptNumber}`);
    const leaked = personalStrings().filter((s) => mails[0]!.raw.toString('utf8').includes(s) || parsed.text().includes(s));
    expect(leaked).toEqual([]);
  });

  it('status change and message mails carry the text the clerk wrote, as text', async () => {
    const { filed, row, def } = await filedRow();
    const about = { def, receiptNumber: row.receiptNumber, answers: row.answers as Record<string, unknown>, lang: row.lang, at: row.createdAt };
    await app.ctx.writes.run(async (tx) => {
      await queueStatusMail(tx, { ...about, status: 'returned', comment: '写真が不鮮明です。<b>撮り直し</b>てください。' });
      await queueMessageMail(tx, { ...about, body: '調査日は12月3日（木）午後を予定しています。' });
    });
    await app.ctx.outbox.runOnce();
    const mails = (await sink.received(3)).map((m) => parseMail(m.raw));
    const [status, message] = ['【差戻し', '【お知らせ'].map((prefix) => mails.find((m) => m.headers.subject!.startsWith(prefix)));
    expect(status!.headers.subject).toBe(`【差戻し（修正をお願いします）】罹災証明書交付申請（受付番号 ${filed.receiptNumber}）`);
    expect(status!.text()).toContain('写真が不鮮明です。<b>撮り直し</b>てください。');
    expect(status!.text()).toContain('内容を直して、もう一度送信してください');
    expect(status!.html()).toBe(''); // text only: nothing a clerk writes becomes markup
    expect(message!.headers.subject).toBe(`【お知らせ】罹災証明書交付申請（受付番号 ${filed.receiptNumber}）`);
    expect(message!.text()).toContain('調査日は12月3日（木）午後を予定しています。');
    expect(message!.text()).toContain('税務課');
  });

  it('a clerk returning a submission through the staff API: the applicant gets the comment and what to do', async () => {
    const filed = await fileRisai(app);
    const clerk = await loginAs(app, 'zeimu-clerk', [{ department: '税務課', role: 'clerk' }]);
    const res = await clerk({ method: 'POST', url: `/api/staff/submissions/${filed.receiptNumber}/status`, payload: { status: 'returned', comment: '写真をもう1枚お願いします。' } });
    expect(res.statusCode, res.body).toBe(200);
    await app.ctx.outbox.runOnce();
    const mails = (await sink.received(2)).map((m) => parseMail(m.raw));
    const returned = mails.find((m) => m.headers.subject!.startsWith('【差戻し'))!;
    expect(returned.text()).toContain('担当課からのコメント:\n写真をもう1枚お願いします。');
    expect(returned.text()).toContain('状況確認リンクを開き、内容を直して');
  });

  it('withdrawing through the status link mails the applicant their own reason, not as the office\'s comment', async () => {
    const filed = await fileRisai(app);
    const token = filed.statusUrl.split('/s/')[1]!;
    const res = await app.inject({ method: 'POST', url: `/api/submissions/${token}/withdraw`, payload: { comment: '自分で修理できました。' } });
    expect(res.statusCode, res.body).toBe(200);
    await app.ctx.outbox.runOnce();
    const mails = (await sink.received(2)).map((m) => parseMail(m.raw));
    const withdrawn = mails.find((m) => m.headers.subject!.startsWith('【取下げ】'))!;
    expect(withdrawn.text()).toContain(`受付番号 ${filed.receiptNumber}（罹災証明書交付申請）の申請を取り下げました。`);
    expect(withdrawn.text()).toContain('あなたが書いた理由:\n自分で修理できました。');
    expect(withdrawn.text()).not.toContain('担当課からのコメント');
  });

  it('queues nothing for an applicant who gave no address', async () => {
    const { row, def } = await filedRow();
    const answers = { ...(row.answers as Record<string, unknown>) };
    delete answers.applicantEmail;
    await app.ctx.writes.run((tx) => queueStatusMail(tx, { def, receiptNumber: row.receiptNumber, answers, lang: 'ja', at: row.createdAt, status: 'in_progress' }));
    expect(await outboxRows(app)).toHaveLength(1); // the receipt mail of the filing only
  });
});
