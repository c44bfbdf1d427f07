import type { FieldError } from '../core/errors.ts';

/** An expected refusal: status, a message key from core/messages.ts, optional field errors. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
    readonly fieldErrors?: FieldError[],
  ) {
    super(messageKey);
  }
}
