import { createHash, webcrypto } from 'node:crypto';
import { createChallenge, verifySolution } from 'altcha-lib/v1';
import { describe, expect, it } from 'vitest';
import { type ProofChallenge, proofHeader, solveChallenge } from '../../web/citizen/lib/proof-solver.ts';

const subtle = webcrypto.subtle as SubtleCrypto;

async function serverChallenge(maxNumber: number, number: number): Promise<ProofChallenge> {
  const c = await createChallenge({ hmacKey: 'test-key', maxNumber, number, params: { form: 'f' } });
  return { ...c, maxnumber: c.maxnumber ?? maxNumber };
}

describe('the citizen app’s proof-of-work solver', () => {
  it('finds the number of a server challenge and builds a header the server library verifies', async () => {
    for (const number of [0, 1, 15, 16, 777, 1999]) {
      const c = await serverChallenge(2000, number);
      expect(await solveChallenge(c, subtle)).toBe(number);
      const header = proofHeader(c, number);
      expect(await verifySolution(header, 'test-key')).toBe(true);
      expect(await verifySolution(header, 'other-key')).toBe(false);
      expect(JSON.parse(Buffer.from(header, 'base64').toString())).toEqual({ algorithm: 'SHA-256', challenge: c.challenge, number, salt: c.salt, signature: c.signature });
    }
  });

  it('answers null for a challenge without a solution below maxnumber', async () => {
    const salt = 'abc?form=f&';
    const challenge = createHash('sha256').update(`${salt}50`).digest('hex');
    expect(await solveChallenge({ algorithm: 'SHA-256', challenge, maxnumber: 40, salt, signature: '' }, subtle)).toBeNull();
    expect(await solveChallenge({ algorithm: 'SHA-256', challenge, maxnumber: 50, salt, signature: '' }, subtle)).toBe(50);
  });
});

describe('the solver’s own SHA-256, for pages where the browser hides crypto.subtle', () => {
  it('matches Node’s SHA-256 on every length around the block boundaries', async () => {
    const { sha256 } = await import('../../web/citizen/lib/proof-sha256.ts');
    for (let length = 0; length <= 200; length++) {
      const data = Buffer.from(Array.from({ length }, (_, i) => (i * 31 + length) & 0xff));
      expect(Buffer.from(sha256(new Uint8Array(data))).toString('hex')).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });

  it('solves a server challenge without Web Crypto', async () => {
    const c = await serverChallenge(5000, 4321);
    expect(await solveChallenge(c, undefined)).toBe(4321);
  });
});
