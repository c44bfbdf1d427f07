// The proof of work that goes with a filing (docs/security.md, "Spam protection"). The
// check page starts solving as soon as it opens, so by the time the citizen has read their
// answers the proof is ready; pressing 「送信する」 earlier only waits for it. Each proof is
// spent once: a refused one (expired, a server restart) is replaced and sent again once.
import { type ApiError, type Response, enc, request } from './api.ts';
import { type ProofChallenge, proofHeader, solveChallenge } from './proof-solver.ts';

type Issued = (ProofChallenge & { required: true; expiresInSeconds: number }) | { required: false };

interface Pending {
  formId: string;
  proof: Promise<string | undefined>;
  /** Local clock; a minute of margin for the time it takes to send. */
  usableUntil: number;
}

const PROOF_ERRORS = new Set(['proofRequired', 'proofInvalid', 'proofExpired', 'proofUsed']);
let pending: Pending | undefined;

function start(formId: string, lang: string): Pending {
  const asked = Date.now();
  const entry: Pending = { formId, usableUntil: asked + 60_000, proof: Promise.resolve(undefined) };
  entry.proof = request<Issued>('GET', `/api/forms/${enc(formId)}/challenge`, lang).then(
    async ({ status, body }) => {
      if (status !== 200 || !body?.required) return undefined; // off, or unknown form: the server decides
      entry.usableUntil = asked + Math.max(0, body.expiresInSeconds - 60) * 1000;
      const number = await solveChallenge(body);
      return number === null ? undefined : proofHeader(body, number);
    },
    () => undefined, // offline: the filing itself will say so
  );
  return entry;
}

/** Starts solving in the background for the filing of `formId`. */
export function prepareProof(formId: string, lang: string): void {
  if (!pending || pending.formId !== formId || Date.now() >= pending.usableUntil) pending = start(formId, lang);
}

async function take(formId: string, lang: string): Promise<string | undefined> {
  prepareProof(formId, lang);
  const entry = pending!;
  pending = undefined;
  const proof = await entry.proof;
  // Solving took so long on this phone that the challenge ran out: one more, right away.
  return Date.now() < entry.usableUntil ? proof : start(formId, lang).proof;
}

/** Sends with a proof; if the server refuses the proof, once more with a new one. */
export async function withProof<T>(formId: string, lang: string, send: (proof?: string) => Promise<Response<T & ApiError>>): Promise<Response<T & ApiError>> {
  const res = await send(await take(formId, lang));
  if (res.status !== 403 || !PROOF_ERRORS.has(res.body?.error ?? '')) return res;
  return send(await start(formId, lang).proof);
}
