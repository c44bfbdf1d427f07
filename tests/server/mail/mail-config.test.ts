import { expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.ts';
import { createMailTransport } from '../../../server/mail/transport.ts';

it('reads the mail settings from the environment, with documented defaults', () => {
  const defaults = loadConfig({});
  expect(defaults.mail).toEqual({ smtpUrl: undefined, from: 'madoguchi <no-reply@localhost>' });
  expect(defaults.outbox).toEqual({ enabled: true, pollMs: 5000, leaseMs: 600_000, maxAttempts: 20, retryBaseMs: 30_000, retryMaxMs: 3_600_000 });
  const set = loadConfig({
    SMTP_URL: 'smtps://madoguchi:pa55@mail.example.lg.jp:465',
    MAIL_FROM: '静岡市 電子申請 <no-reply@city.example.lg.jp>',
    OUTBOX_ENABLED: 'false',
    OUTBOX_POLL_MS: '1000',
    OUTBOX_MAX_ATTEMPTS: '5',
  });
  expect(set.mail).toEqual({ smtpUrl: 'smtps://madoguchi:pa55@mail.example.lg.jp:465', from: '静岡市 電子申請 <no-reply@city.example.lg.jp>' });
  expect(set.outbox).toMatchObject({ enabled: false, pollMs: 1000, maxAttempts: 5 });
  expect(loadConfig({ OUTBOX_ENABLED: '0' }).outbox.enabled).toBe(false);
  expect(loadConfig({ OUTBOX_ENABLED: 'true' }).outbox.enabled).toBe(true);
});

it('describes where mail goes without the SMTP login', () => {
  const smtp = createMailTransport({ smtpUrl: 'smtps://madoguchi:pa55@mail.example.lg.jp:465', from: 'x@y.jp' }, '/data');
  expect(smtp.description).toBe('SMTP smtps://mail.example.lg.jp:465');
  smtp.close();
  const eml = createMailTransport({ from: 'x@y.jp' }, '/data');
  expect(eml.description).toBe('.eml files in /data/mail (SMTP_URL is not set)');
  eml.close();
});
