// The key of 「申請の一覧」: an address is matched by the SHA-256 of its trimmed, lower-cased
// form, so the same person typing Taro@Example.jp and taro@example.jp finds both filings.
import type { FormDefinition } from '../../core/definition.ts';
import { applicantEmail } from '../mail/notices.ts';
import { sha256Hex } from './tokens.ts';

export function emailHash(address: string): string {
  return sha256Hex(address.trim().toLowerCase());
}

/** The hash of the applicant's e-mail answer, or null when the form asked for none. */
export function applicantEmailHash(def: FormDefinition, answers: Record<string, unknown>): string | null {
  const address = applicantEmail(def, answers);
  return address ? emailHash(address) : null;
}
