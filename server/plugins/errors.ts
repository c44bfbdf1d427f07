// One place turns every failure into a clear answer in the caller's language.
// 4xx say what was wrong; 5xx say sorry and never show internals.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pickLang } from '../../core/i18n.ts';
import { message, supportedLangs } from '../messages.ts';
import { errorForLog } from '../store/error-for-log.ts';
import { HttpError } from '../http-error.ts';

export function requestLang(request: FastifyRequest): string {
  const header = request.headers['accept-language'];
  return pickLang(Array.isArray(header) ? header[0] : header, supportedLangs());
}

const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'error.tooLarge',
  FST_REQ_FILE_TOO_LARGE: 'error.fileTooLarge',
  FST_FILES_LIMIT: 'error.tooLarge',
  FST_PARTS_LIMIT: 'error.tooLarge',
};

// character_not_in_repertoire, untranslatable_character
const UNSTORABLE_TEXT = new Set(['22021', '22P05']);

function driverCode(error: unknown): string {
  let e = error as { code?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 3; depth++, e = e.cause as typeof e) if (typeof e.code === 'string') return e.code;
  return '';
}

export function registerErrorHandling(app: FastifyInstance, attachmentMaxBytes: number): void {
  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const lang = requestLang(request);
    if (error instanceof HttpError) {
      const body: Record<string, unknown> = {
        error: error.messageKey.replace(/^error\./, ''),
        message: message(error.messageKey, lang, error.params),
      };
      if (error.fieldErrors) body.errors = error.fieldErrors;
      if (error.extra) Object.assign(body, error.extra);
      return reply.code(error.statusCode).send(body);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const key = (error.code && FASTIFY_CODES[error.code]) ?? (status === 404 ? 'error.notFound' : 'error.badRequest');
      const code = status === 413 || key === 'error.fileTooLarge' ? 413 : status;
      return reply.code(code).send({
        error: key.replace(/^error\./, ''),
        message: message(key, lang, { limit: Math.round(attachmentMaxBytes / 1024 / 1024) }),
      });
    }
    // A text the database cannot store (PostgreSQL refuses the NUL character): the request's fault, not ours.
    if (UNSTORABLE_TEXT.has(driverCode(error))) return reply.code(400).send({ error: 'badRequest', message: message('error.badRequest', lang) });
    // Only the error's own fields: never the request body, nor a failed query's parameters (personal data).
    request.log.error({ err: errorForLog(error) }, 'request failed');
    return reply.code(status >= 500 && status < 600 ? status : 500).send({ error: 'internal', message: message('error.internal', lang) });
  });
}

/**
 * What the router itself refuses before any route or hook runs (a malformed URL, a path
 * segment past maxParamLength): Fastify would echo the path in English with no security
 * headers. A status link or receipt number never looks like that, so it is a plain "not
 * found" in the caller's language, and the path (which may hold a pasted token) is not repeated.
 */
export function frameworkErrorHandler(_error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const lang = requestLang(request);
  void reply
    .code(404)
    .header('content-security-policy', "default-src 'none'; frame-ancestors 'none'")
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('x-frame-options', 'DENY')
    .header('cache-control', 'no-store')
    .send({ error: 'notFound', message: message('error.notFound', lang) });
}
