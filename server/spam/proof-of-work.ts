// A self-hosted proof of work for public filing (ALTCHA's v1 scheme, altcha-lib): the server
// hands out a random salt and the SHA-256 of salt + a secret number below `maxNumber`,
// signed with an HMAC so it needs no storage; the browser finds the number by trying them
// in turn. A person pays a fraction of a second once per filing; a script filing thousands
// pays it thousands of times, and each proof is spent once. Nothing to click or read, so it
// shuts out nobody a CAPTCHA would (screen-reader users, old phones, weak eyes).
import { randomBytes } from 'node:crypto';
import { createChallenge, extractParams, verifySolution } from 'altcha-lib/v1';
import type { Challenge, Payload } from 'altcha-lib/v1/types';
import type { Sealer } from '../sensitive/sealer.ts';
import type { Db, Writes } from '../store/db.ts';
import { dialect } from '../store/dialect.ts';
import { SharedUsedProofs, type Spent, type SpentProofs, UsedProofs } from './used-proofs.ts';

export interface ProofSettings {
  /** Numbers tried at most; on average half of them. */
  maxNumber: number;
  ttlSeconds: number;
  /** HMAC key (SPAM_PROOF_KEY); every instance behind one address needs the same one. Unset: derived from the data key. */
  hmacKey?: string;
}

/** What the proof shares with the rest of the app: the data key, and the database where spent proofs are kept on PostgreSQL. */
export interface ProofDeps {
  db: Db;
  writes: Writes;
  sealer: Pick<Sealer, 'derivedKey'>;
}

// Fixed: changing it invalidates every challenge handed out.
const HMAC_LABEL = 'spam proof hmac v1';

export interface IssuedChallenge extends Challenge {
  required: true;
  /** Relative, so a citizen's wrong phone clock cannot spoil it. */
  expiresInSeconds: number;
}

export type ProofVerdict = 'ok' | 'missing' | 'invalid' | 'expired' | 'used';

const HEADER_MAX = 2048;
const HEX64 = /^[0-9a-f]{64}$/;

export class ProofOfWork {
  private readonly key: string;
  private readonly used: SpentProofs;

  /**
   * Without `deps` (unit tests): spent proofs in memory and a key of this process. With
   * them, every instance with the same MADOGUCHI_DATA_KEY agrees on the key, and on
   * PostgreSQL on which proofs are spent.
   */
  constructor(
    private readonly settings: ProofSettings,
    private readonly now: () => Date,
    deps?: ProofDeps,
  ) {
    this.key = settings.hmacKey || (deps ? deps.sealer.derivedKey(HMAC_LABEL) : randomBytes(32)).toString('hex');
    this.used = deps && dialect === 'pg' ? new SharedUsedProofs(deps) : new UsedProofs();
  }

  /** A challenge for filing `formId` (a proof for one form is refused by another). */
  async issue(formId: string): Promise<IssuedChallenge> {
    const expires = new Date(this.now().getTime() + this.settings.ttlSeconds * 1000);
    const challenge = await createChallenge({ hmacKey: this.key, maxNumber: this.settings.maxNumber, expires, params: { form: formId } });
    return { required: true, ...challenge, expiresInSeconds: this.settings.ttlSeconds };
  }

  /** Checks the `X-Madoguchi-Proof` header and spends it. */
  async check(header: string | undefined, formId: string, spender: Spent): Promise<ProofVerdict> {
    if (header === undefined || header === '') return 'missing';
    const payload = decode(header);
    if (!payload) return 'invalid';
    const params = extractParams(payload);
    const expires = Number(params.expires) * 1000;
    if (params.form !== formId || !Number.isSafeInteger(expires)) return 'invalid';
    // The library's own expiry check reads the wall clock; ours reads the app's.
    if (!(await verifySolution(payload, this.key, false))) return 'invalid';
    const now = this.now().getTime();
    if (expires <= now) return 'expired';
    const earlier = await this.used.spend(payload.signature, expires, now, spender);
    if (!earlier) return 'ok';
    // The same filing sent again (a lost answer): the route answers it from its idempotency record.
    return spender.keyHash !== undefined && earlier.keyHash === spender.keyHash ? 'ok' : 'used';
  }
}

function decode(header: string): Payload | undefined {
  if (header.length > HEADER_MAX) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(header, 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const p = value as Record<string, unknown>;
  const ok =
    p.algorithm === 'SHA-256' &&
    typeof p.challenge === 'string' && HEX64.test(p.challenge) &&
    typeof p.signature === 'string' && HEX64.test(p.signature) &&
    typeof p.salt === 'string' && p.salt.length > 0 && p.salt.length <= 200 &&
    typeof p.number === 'number' && Number.isSafeInteger(p.number) && p.number >= 0;
  return ok ? { algorithm: 'SHA-256', challenge: p.challenge as string, signature: p.signature as string, salt: p.salt as string, number: p.number as number } : undefined;
}
