// The body of a filing or a resubmission: `{ version?, answers }`.
import { HttpError } from '../http-error.ts';

export interface AnswersBody {
  version?: number;
  answers: Record<string, unknown>;
}

export function parseAnswersBody(body: unknown): AnswersBody {
  const b = body as { version?: unknown; answers?: unknown } | null;
  if (!b || typeof b !== 'object' || !b.answers || typeof b.answers !== 'object' || Array.isArray(b.answers)) {
    throw new HttpError(400, 'error.badRequest');
  }
  if (b.version !== undefined && !Number.isSafeInteger(b.version)) throw new HttpError(400, 'error.badRequest');
  return { version: b.version as number | undefined, answers: b.answers as Record<string, unknown> };
}
