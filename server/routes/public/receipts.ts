// GET /api/receipts/:receiptNumber/qr.svg: the counter QR code (書かない窓口) for the
// completion page. It encodes `${PUBLIC_URL}/staff/r/<receipt number>`, which opens
// nothing without a staff session: no personal data, no secret. Every valid receipt
// number gets its code, filed or not, so the route says nothing about what exists.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { normalizeReceiptNumber } from '../../../core/receipt-number.ts';
import { HttpError } from '../../http-error.ts';
import { counterUrl, qrSvg } from '../../mail/receipt-qr.ts';
import { message } from '../../messages.ts';
import { requestLang } from '../../plugins/errors.ts';

function origin(request: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl ?? `${request.protocol}://${request.host}`;
}

export default async function receiptRoutes(app: FastifyInstance) {
  const { ctx } = app;

  app.get<{ Params: { receiptNumber: string } }>('/api/receipts/:receiptNumber/qr.svg', async (request, reply) => {
    const receiptNumber = normalizeReceiptNumber(request.params.receiptNumber);
    if (!receiptNumber) {
      const text = message('error.badReceiptNumber', requestLang(request));
      throw new HttpError(400, 'error.badReceiptNumber', {}, [{ path: '/receiptNumber', code: 'format', message: text }]);
    }
    return reply
      .header('content-type', 'image/svg+xml; charset=utf-8')
      // The same number always gives the same picture; a day keeps a reloaded page cheap.
      .header('cache-control', 'private, max-age=86400')
      // Opened on its own, an SVG is a document: this one may run nothing and load nothing.
      .header('content-security-policy', "default-src 'none'; frame-ancestors 'none'; sandbox")
      .send(qrSvg(counterUrl(origin(request, ctx.config.publicUrl), receiptNumber)));
  });
}
