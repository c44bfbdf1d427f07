// The body of POST /api/forms/:id/drafts and PUT /api/drafts/:token:
// `{ version, answers, page, email? }`. Anything else is refused by name, so a client that
// sends answers in the wrong place learns it instead of losing them silently.
import type { FormDefinition } from '../../core/definition.ts';
import { HttpError, type PathError } from '../http-error.ts';
import { message } from '../messages.ts';
import './messages.ts';

export interface DraftInput {
  version: number;
  answers: Record<string, unknown>;
  page: number;
  email?: string;
}

const KEYS = new Set(['version', 'answers', 'page', 'email']);
// The same loose check as the citizen's e-mail widget: something@something.tld, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks the shape against the form (pages, questions); `def` is the version named in the body. */
export function parseDraftInput(body: unknown, lang: string, defOf: (version: number) => FormDefinition | undefined): { input: DraftInput; def: FormDefinition } {
  if (!isObject(body)) throw new HttpError(400, 'error.draftBody');
  const errors: PathError[] = [];
  const fail = (path: string, code: string, key: string, params: Record<string, string> = {}) =>
    errors.push({ path, code, message: message(key, lang, params) });
  for (const key of Object.keys(body)) if (!KEYS.has(key)) fail(`/${key}`, 'unknown', 'error.draftUnknownKey', { key: key.slice(0, 60) });

  const version = body.version;
  const def = Number.isSafeInteger(version) ? defOf(version as number) : undefined;
  if (!Number.isSafeInteger(version)) fail('/version', 'type', 'error.draftVersion');
  else if (!def) throw new HttpError(409, 'error.versionNotFound');

  const answers = body.answers;
  if (!isObject(answers)) fail('/answers', 'type', 'error.draftAnswers');
  else if (def) {
    const known = (def.schema.properties ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(answers)) {
      if (!Object.hasOwn(known, key)) fail(`/answers/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, 'unknown', 'error.draftAnswerKey', { key: key.slice(0, 60) });
    }
  }

  const page = body.page ?? 0;
  if (!Number.isSafeInteger(page) || (page as number) < 0 || (def && (page as number) >= def.ui.pages.length)) fail('/page', 'range', 'error.draftPage');

  let email: string | undefined;
  if (body.email !== undefined && body.email !== null && body.email !== '') {
    email = typeof body.email === 'string' ? body.email.trim() : undefined;
    if (!email || email.length > 254 || !EMAIL.test(email)) fail('/email', 'format', 'error.draftEmail');
  }

  if (errors.length > 0) throw new HttpError(400, 'error.invalidAnswers', {}, errors);
  return { input: { version: version as number, answers: answers as Record<string, unknown>, page: page as number, ...(email ? { email } : {}) }, def: def! };
}
