// Answers as the server keeps them: normalised and validated with the same core code as
// the browser, against the version the applicant filled in. Shared by filing and by the
// resubmission after 差戻し, so a correction is held to exactly the rules of a filing.
import { attachmentRefs, type AttachmentRef } from '../../core/attachment-refs.ts';
import { describeErrors } from '../../core/errors.ts';
import { normalizeAnswers } from '../../core/normalize.ts';
import type { AppContext } from '../context.ts';
import { HttpError } from '../http-error.ts';
import type { StoredVersion } from '../store/forms-repo.ts';

export function checkAnswers(
  ctx: AppContext,
  filed: StoredVersion,
  raw: Record<string, unknown>,
  lang: string,
): { answers: Record<string, unknown>; refs: AttachmentRef[] } {
  const def = filed.definition;
  const answers = normalizeAnswers(def, raw);
  const validator = ctx.catalog.validator(filed);
  if (!validator.validate(answers)) {
    throw new HttpError(400, 'error.invalidAnswers', {}, describeErrors(def, validator.validate.errors ?? [], lang));
  }
  return { answers, refs: attachmentRefs(def, answers) };
}
