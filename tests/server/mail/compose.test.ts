// How an outbox row becomes a message: escaped HTML, recipients taken literally, a
// Message-ID that stays the same when a row is sent again, nothing read from disk.
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { composeMail, fromDomain, messageId } from '../../../server/mail/compose.ts';
import { renderHtml, renderText } from '../../../server/mail/mail-body.ts';
import { describeFailure, isPermanentFailure } from '../../../server/mail/retry-policy.ts';
import { emlFileName } from '../../../server/mail/transport.ts';
import { parseMail } from './parse-mail.ts';

const build = async (options: SendMailOptions) =>
  (await nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' }).sendMail(options)) as { message: Buffer; envelope: { to: string[] } };

const row = { id: 42, createdAt: '2026-12-01T01:02:03.456Z' };

describe('composeMail', () => {
  it('takes each recipient literally: an answer cannot add a second one', async () => {
    const info = await build(composeMail({ ...row, mail: { to: ['a,victim@example.jp'], subject: 's', text: 't' } }, 'x <no-reply@city.example.lg.jp>'));
    expect(info.envelope.to).toHaveLength(1);
  });

  it('derives a stable Message-ID from the row and the sender domain', () => {
    expect(fromDomain('静岡市 <no-reply@City.Example.lg.jp>')).toBe('city.example.lg.jp');
    expect(fromDomain('nobody')).toBe('localhost');
    expect(messageId(row, 'no-reply@city.example.lg.jp')).toBe('<outbox.42.20261201010203456@city.example.lg.jp>');
    expect(emlFileName(row)).toBe('20261201T010203Z-42.eml');
  });

  it('refuses to read files or URLs named in a payload', async () => {
    const mail = { to: ['a@example.jp'], subject: 's', text: 't', attachments: [] };
    const options = composeMail({ ...row, mail }, 'no-reply@localhost');
    options.attachments!.push({ filename: 'passwd', path: '/etc/passwd' });
    await expect(build(options)).rejects.toMatchObject({ code: 'EFILEACCESS' });
  });
});

describe('mail bodies', () => {
  it('escape every value in the HTML and keep the text as written', async () => {
    const sections = [{ lang: 'ja', blocks: [{ p: '<script>alert("x")</script> & "引用"' }, { p: 'リンク', link: 'https://example.jp/s/a"b' }, { qr: 'q@x', alt: '<QR>' }] }];
    const html = renderHtml(sections);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#34;引用&#34;');
    expect(html).toContain('href="https://example.jp/s/a&#34;b"');
    expect(html).toContain('alt="&#60;QR&#62;"');
    expect(renderText(sections)).toBe('<script>alert("x")</script> & "引用"\n\nリンク\nhttps://example.jp/s/a"b\n');
    const parsed = parseMail((await build({ from: 'a@b.jp', to: 'c@d.jp', subject: 's', text: renderText(sections), html })).message);
    expect(parsed.html()).toBe(html);
  });
});

describe('failures', () => {
  it('keep codes and drop addresses', () => {
    const refused = Object.assign(new Error("Can't send mail - all recipients were rejected: 550 5.1.1 <taro@example.jp>: Recipient address rejected"), {
      code: 'EENVELOPE',
      responseCode: 550,
    });
    expect(isPermanentFailure(refused)).toBe(true);
    expect(describeFailure(refused)).toBe("EENVELOPE 550 Can't send mail - all recipients were rejected: 550 5.1.1 <…>: Recipient address rejected");
    expect(describeFailure(new Error('mailbox full for hanako@example.jp'))).toBe('mailbox full for [address]');
    expect(isPermanentFailure(Object.assign(new Error('busy'), { code: 'EENVELOPE', responseCode: 451 }))).toBe(false);
    expect(isPermanentFailure(Object.assign(new Error('login'), { code: 'EAUTH', responseCode: 535 }))).toBe(false);
  });
});
