// A stored submission as the PDF renderers take it: the labels of the version it was
// filed against, the city's name, Japanese (staff print in Japanese). Sensitive answers
// print as 「（非表示）」 unless the print asked for them (?sensitive=include, audited as a
// reveal by the route); then they are opened here, for this print only.
import { maskAtPointers } from '../../core/sensitive.ts';
import type { AppContext } from '../context.ts';
import { openAnswers } from '../sensitive/answers.ts';
import { sensitivePatterns } from '../sensitive/patterns.ts';
import { findUserForLogin } from '../store/users-repo.ts';
import type { FoundSubmission } from '../submissions/staff-access.ts';
import { printCityName } from './city-name.ts';
import type { SubmissionPrint } from './layout-submission.ts';

// The clerk's display name as the citizen knows them at the counter; the login if the account is gone.
async function clerkName(ctx: Pick<AppContext, 'db'>, login: string): Promise<string> {
  return (await findUserForLogin(ctx.db, login))?.displayName || login;
}

export type SensitivePrint = 'mask' | 'include';

export async function printInput(
  ctx: Pick<AppContext, 'config' | 'sealer' | 'catalog' | 'db'>,
  found: FoundSubmission,
  sensitive: SensitivePrint = 'mask',
): Promise<SubmissionPrint> {
  const stored = (found.submission.answers ?? {}) as Record<string, unknown>;
  const answers =
    sensitive === 'include'
      ? openAnswers(ctx.sealer, stored, found.submission.receiptNumber).answers
      : maskAtPointers(sensitivePatterns(ctx.catalog, found.submission.formId, found.version.definition), stored).answers;
  return {
    cityName: printCityName(ctx.config),
    definition: found.version.definition,
    answers,
    receiptNumber: found.submission.receiptNumber,
    filedAt: found.submission.createdAt,
    ...(found.submission.proxyBy ? { proxyBy: await clerkName(ctx, found.submission.proxyBy) } : {}),
    ...(found.submission.purgedAt ? { purgedAt: found.submission.purgedAt } : {}),
  };
}
