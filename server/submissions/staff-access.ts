// The one check every staff submission route makes: the submission exists and its form is
// of a department where the user may process submissions. Otherwise 404, exactly like a
// receipt number that does not exist: a receipt number alone grants (and reveals) nothing.
import type { FastifyRequest } from 'fastify';
import { normalizeReceiptNumber } from '../../core/receipt-number.ts';
import { can } from '../auth/access.ts';
import type { AppContext } from '../context.ts';
import type { StoredVersion } from '../store/forms-repo.ts';
import { HttpError } from '../http-error.ts';
import { staffUser } from '../plugins/auth.ts';
import { getForm } from '../store/forms-repo.ts';
import { findByReceiptNumber } from '../store/submissions-repo.ts';

export type FoundSubmission = NonNullable<Awaited<ReturnType<typeof findByReceiptNumber>>> & {
  /** The version it was filed against: its labels are the ones to show and print. */
  version: StoredVersion;
  department: string;
};

export async function submissionFor(ctx: AppContext, request: FastifyRequest, receiptNumber: string): Promise<FoundSubmission> {
  const user = staffUser(request);
  // Typed at the counter without hyphens or in full-width digits, it still finds the row.
  const canonical = typeof receiptNumber === 'string' && receiptNumber.length <= 64 ? normalizeReceiptNumber(receiptNumber) : null;
  const found = canonical ? await findByReceiptNumber(ctx.db, canonical) : undefined;
  const form = found && (await getForm(ctx.db, found.submission.formId));
  const version = found && (await ctx.catalog.version(found.submission.formId, found.submission.formVersion));
  if (!found || !form || !version || !can(user, 'process', form.department)) throw new HttpError(404, 'error.submissionNotFound');
  return { ...found, version, department: form.department };
}
