// The one error type of the builder: an operation the staff member asked for that would
// break the form. Carries a code for the web app and a message in Japanese and English.
import { builderMessage, type BuilderErrorCode } from './messages.ts';

/** A refused builder operation; `messages.ja` is what staff read. */
export class BuilderError extends Error {
  readonly code: BuilderErrorCode;
  readonly messages: { ja: string; en: string };
  readonly params: Record<string, string | number>;

  constructor(code: BuilderErrorCode, params: Record<string, string | number> = {}) {
    const messages = builderMessage(code, params);
    super(messages.en);
    this.name = 'BuilderError';
    this.code = code;
    this.messages = messages;
    this.params = params;
  }
}

/** Whether `e` is a BuilderError (also across bundles, by name and shape). */
export function isBuilderError(e: unknown): e is BuilderError {
  return e instanceof BuilderError || (e instanceof Error && e.name === 'BuilderError' && typeof (e as BuilderError).code === 'string');
}
