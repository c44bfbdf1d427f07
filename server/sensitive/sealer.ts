// AES-256-GCM sealing of one answer (docs/adr/0009-sensitive-fields.md). The envelope is
// `v1:<key id>:<iv>:<ciphertext>:<tag>` (base64url parts), stored as `{ "$sealed": ... }` in
// place of the value. The additional data binds a ciphertext to its receipt number and
// JSON Pointer, so one sealed value cannot be copied into another submission or field.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { Sealed } from '../../core/sensitive.ts';
import type { DataKeys } from './data-keys.ts';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A sealed value that cannot be opened: unknown key, wrong place, or changed. Carries no data. */
export class UnreadableSealError extends Error {
  override name = 'UnreadableSealError';
  constructor(readonly reason: 'format' | 'unknownKey' | 'integrity') {
    super(`sealed value cannot be opened (${reason})`);
  }
}

const aad = (receiptNumber: string, pointer: string) => Buffer.from(`madoguchi\0${receiptNumber}\0${pointer}`, 'utf8');

export class Sealer {
  constructor(private readonly keys: DataKeys) {}

  get keyId(): string {
    return this.keys.current.id;
  }

  /**
   * A key for another purpose (named by `label`), derived from the current data key with
   * HKDF-SHA256: every instance configured with the same MADOGUCHI_DATA_KEY derives the
   * same one, and it reveals nothing of the data key.
   */
  derivedKey(label: string): Buffer {
    return Buffer.from(hkdfSync('sha256', this.keys.current.key, Buffer.alloc(0), `madoguchi\0${label}`, 32));
  }

  seal(value: unknown, receiptNumber: string, pointer: string): Sealed {
    const { id, key } = this.keys.current;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad(receiptNumber, pointer));
    const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return { $sealed: [VERSION, id, iv.toString('base64url'), ciphertext.toString('base64url'), tag.toString('base64url')].join(':') };
  }

  open(sealed: Sealed, receiptNumber: string, pointer: string): unknown {
    const parts = sealed.$sealed.split(':');
    if (parts.length !== 5 || parts[0] !== VERSION) throw new UnreadableSealError('format');
    const [, id, ivText, ctText, tagText] = parts as [string, string, string, string, string];
    const entry = this.keys.byId.get(id);
    if (!entry) throw new UnreadableSealError('unknownKey');
    const iv = Buffer.from(ivText, 'base64url');
    const tag = Buffer.from(tagText, 'base64url');
    if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new UnreadableSealError('format');
    try {
      const decipher = createDecipheriv('aes-256-gcm', entry.key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(aad(receiptNumber, pointer));
      decipher.setAuthTag(tag);
      const clear = Buffer.concat([decipher.update(Buffer.from(ctText, 'base64url')), decipher.final()]);
      return JSON.parse(clear.toString('utf8'));
    } catch {
      throw new UnreadableSealError('integrity');
    }
  }
}
