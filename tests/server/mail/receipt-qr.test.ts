import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { receiptNumberFromDigits } from '../../../core/receipt-number.ts';
import { loadConfig } from '../../../server/config.ts';
import { counterUrl, qrPng, qrSvg } from '../../../server/mail/receipt-qr.ts';
import { createTestApp, type TestApp } from '../../helpers/app.ts';
import { readQrPng, readQrSvg } from './read-qr.ts';

const receipt = receiptNumberFromDigits('123456789');
const loadOutboxDefaults = () => loadConfig({}).outbox;

describe('the counter QR code', () => {
  it('as PNG (for mail) and SVG (for pages) reads back as the staff URL of the receipt', () => {
    const url = counterUrl('https://shinsei.example.lg.jp', receipt);
    expect(url).toBe(`https://shinsei.example.lg.jp/staff/r/${receipt}`);
    const png = qrPng(url);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(readQrPng(png)).toBe(url);
    expect(readQrSvg(qrSvg(url))).toBe(url);
  });
});

describe('GET /api/receipts/:receiptNumber/qr.svg', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ outbox: { ...loadOutboxDefaults(), enabled: false } });
  });
  afterEach(async () => t.close());

  it('serves the SVG with a script-free CSP and a cache lifetime, for the origin of the request', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/receipts/${receipt}/qr.svg`, headers: { host: 'madoguchi.test' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, max-age=86400');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain('sandbox');
    expect(csp).not.toMatch(/script-src|unsafe/);
    expect(res.body).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(res.body).not.toMatch(/<script|on\w+=|href/i);
    expect(readQrSvg(res.body)).toBe(`http://madoguchi.test/staff/r/${receipt}`);
  });

  it('uses PUBLIC_URL when set, and accepts the number as typed (full-width, without hyphens)', async () => {
    await t.close();
    t = await createTestApp({ publicUrl: 'https://shinsei.example.lg.jp', outbox: { ...loadOutboxDefaults(), enabled: false } });
    const typed = encodeURIComponent(receipt.replace(/-/g, '').replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))));
    const res = await t.app.inject({ method: 'GET', url: `/api/receipts/${typed}/qr.svg` });
    expect(res.statusCode).toBe(200);
    expect(readQrSvg(res.body)).toBe(`https://shinsei.example.lg.jp/staff/r/${receipt}`);
  });

  it.each([
    ['a wrong check digit', `${receipt.slice(0, -1)}${(Number(receipt.slice(-1)) + 1) % 10}`],
    ['letters', 'abcd-efgh-ij'],
    ['too few digits', '1234-5678-9'],
    ['markup', encodeURIComponent('<script>alert(1)</script>')],
  ])('refuses %s with 400 naming the field, in Japanese or English', async (_what, value) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/receipts/${value}/qr.svg` });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: 'badReceiptNumber',
      message: expect.stringContaining('受付番号'),
      errors: [{ path: '/receiptNumber', code: 'format', message: expect.stringContaining('受付番号') }],
    });
    const en = await t.app.inject({ method: 'GET', url: `/api/receipts/${value}/qr.svg`, headers: { 'accept-language': 'en' } });
    expect(en.json().message).toContain('receipt number');
  });

  it('answers 404 for other paths under a receipt', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/receipts/${receipt}/qr.png` });
    expect(res.statusCode).toBe(404);
  });
});
