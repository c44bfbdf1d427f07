// Every test app logs into this buffer (at trace level, the most the server ever says),
// and tests/setup/no-personal-data-in-logs.ts checks it after each test file: the log of
// the whole HTTP suite must hold none of the answers it submitted (issue 7).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const capturedLog: string[] = [];

export const captureStream = { write: (line: string) => void capturedLog.push(line) };

/** Tests set TEST_LOG_LEVEL to read the log on the console instead. */
export const capturing = process.env.TEST_LOG_LEVEL === undefined;

function leaves(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => leaves(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => leaves(v, out));
  return out;
}

const PHONE_OR_POSTAL = /^\d{2,4}-\d{2,4}(-\d{3,4})?$/;

/**
 * What the suite submits that identifies a person: the library's 記入例 answers that are
 * Japanese text (names, addresses, free text), e-mail addresses, phone numbers and postal
 * codes (with and without the hyphen). Codes of choices (`heavy-rain`) are not personal.
 */
export function personalStrings(): string[] {
  const root = new URL('../../forms/', import.meta.url).pathname;
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.json')) {
        for (const s of leaves((JSON.parse(readFileSync(p, 'utf8')) as { example?: unknown }).example, [])) {
          const v = s.trim();
          if (v.length >= 2 && /[^\x00-\x7f]/.test(v)) found.add(v);
          if (v.includes('@')) found.add(v);
          if (PHONE_OR_POSTAL.test(v)) {
            found.add(v);
            found.add(v.replace(/-/g, ''));
          }
        }
      }
    }
  };
  walk(root);
  return [...found];
}
