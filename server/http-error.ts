/** One problem in a request, located by a JSON Pointer (into the answers or the definition). */
export interface PathError {
  path: string;
  message: string;
  code?: string;
}

/** An expected refusal: status, a message key of the server catalogue (server/messages.ts), optional field errors. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
    readonly fieldErrors?: PathError[],
    /** Extra members of the answer, e.g. `retryAfter` of a lockout. */
    readonly extra?: Record<string, unknown>,
  ) {
    super(messageKey);
  }
}
