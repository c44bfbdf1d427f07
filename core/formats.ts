// Custom JSON Schema formats. The same functions back ajv on the server and the
// precompiled validator in the browser (passed in as `formats`), so both sides agree.
import { isKatakana } from './jp/kana.ts';
import { isMyNumber } from './jp/my-number.ts';
import { isPhone } from './jp/phone.ts';
import { isPostalCode } from './jp/postal-code.ts';
import { isIsoDate } from './jp/wareki.ts';

// Deliberately simple: one @, no spaces, a dot in the domain. Stricter RFC checks
// reject addresses Japanese carriers really issued (e.g. dots before @ on docomo).
const EMAIL = /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/;
const ATTACHMENT_ID = /^[A-Za-z0-9_-]{22,64}$/;

export const FORMATS: Record<string, (value: string) => boolean> = {
  date: isIsoDate,
  email: (s) => s.length <= 254 && EMAIL.test(s),
  'jp-postal-code': isPostalCode,
  'jp-phone': isPhone,
  katakana: isKatakana,
  'jp-my-number': isMyNumber,
  'attachment-id': (s) => ATTACHMENT_ID.test(s),
};

/** The shape ajv's standalone code expects: `formats[name].validate(value)`. */
export function formatsForValidator(): Record<string, { validate: (value: string) => boolean }> {
  return Object.fromEntries(Object.entries(FORMATS).map(([name, validate]) => [name, { validate }]));
}
