// Solves the server's proof-of-work challenge (server/spam/proof-of-work.ts, ALTCHA's v1
// scheme): find the number n ≤ maxnumber with SHA-256(salt + n) = challenge, with Web
// Crypto; where a browser hides it (plain http), with a small SHA-256 of our own.
import { sha256 } from './proof-sha256.ts';

export interface ProofChallenge {
  algorithm: string;
  challenge: string;
  maxnumber: number;
  salt: string;
  signature: string;
}

// Digests run off the main thread in browsers; a few in flight at once keep that busy
// without making a slow phone queue thousands of promises.
const BATCH = 16;

function hexBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function same(a: ArrayBuffer | Uint8Array, b: Uint8Array): boolean {
  const view = a instanceof Uint8Array ? a : new Uint8Array(a);
  if (view.length !== b.length) return false;
  for (let i = 0; i < b.length; i++) if (view[i] !== b[i]) return false;
  return true;
}

/** The number that solves `c`, or null if none up to maxnumber does (a broken challenge). */
export async function solveChallenge(c: ProofChallenge, subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle): Promise<number | null> {
  const target = hexBytes(c.challenge);
  const encoder = new TextEncoder();
  if (!subtle || c.algorithm !== 'SHA-256') return solveInScript(c, target, encoder);
  for (let start = 0; start <= c.maxnumber; start += BATCH) {
    const end = Math.min(c.maxnumber, start + BATCH - 1);
    const tries: Promise<ArrayBuffer>[] = [];
    for (let n = start; n <= end; n++) tries.push(subtle.digest(c.algorithm, encoder.encode(c.salt + n)));
    const digests = await Promise.all(tries);
    const found = digests.findIndex((d) => same(d, target));
    if (found >= 0) return start + found;
  }
  return null;
}

async function solveInScript(c: ProofChallenge, target: Uint8Array, encoder: TextEncoder): Promise<number | null> {
  for (let n = 0; n <= c.maxnumber; n++) {
    if (same(sha256(encoder.encode(c.salt + n)), target)) return n;
    // Let the page repaint and react between slices.
    if (n % 2000 === 1999) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return null;
}

/** The X-Madoguchi-Proof header for a solved challenge. */
export function proofHeader(c: ProofChallenge, number: number): string {
  return btoa(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number, salt: c.salt, signature: c.signature }));
}
