// The keys that seal sensitive answers (docs/adr/0009-sensitive-fields.md), from the
// environment: MADOGUCHI_DATA_KEY seals (and opens), MADOGUCHI_OLD_DATA_KEYS only open
// what earlier keys sealed, so a key can be rotated without re-sealing anything first.
// Each is the base64 of 32 random bytes; a key's id is derived from the key itself, so an
// envelope names the key that opens it and no list of ids has to be kept in step.
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const KEY_FILE = 'data-key';

export interface DataKey {
  id: string;
  key: Buffer;
}

export interface DataKeys {
  /** The key that seals from now on. */
  current: DataKey;
  /** Every key that may open, the current one included, by id. */
  byId: ReadonlyMap<string, DataKey>;
}

export interface DataKeySettings {
  /** MADOGUCHI_DATA_KEY as given (unset: a key generated into DATA_DIR). */
  dataKey?: string;
  /** MADOGUCHI_OLD_DATA_KEYS as given: comma-separated keys that still open. */
  oldDataKeys?: string;
}

/** A key that cannot be used: the server does not start (the message names the setting, never the key). */
export class DataKeyError extends Error {
  override name = 'DataKeyError';
}

interface Warn {
  warn(obj: object, msg: string): void;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$|^[A-Za-z0-9_-]+$/;

/** Not a secret: 12 hex digits of a hash of the key, to find the key an envelope needs. */
export function keyId(key: Buffer): string {
  return createHash('sha256').update('madoguchi data key id\0').update(key).digest('hex').slice(0, 12);
}

export function parseDataKey(value: string, setting: string): DataKey {
  const v = value.trim();
  const key = BASE64.test(v) ? Buffer.from(v, v.includes('-') || v.includes('_') ? 'base64url' : 'base64') : undefined;
  if (!key || key.length !== 32) {
    throw new DataKeyError(`${setting} must be the base64 of exactly 32 random bytes (e.g. the output of: openssl rand -base64 32)`);
  }
  return { id: keyId(key), key };
}

/** Generates a key once into DATA_DIR/data-key (mode 0600), or reads the one generated before. */
function generatedKey(dataDir: string): { key: DataKey; path: string; created: boolean } {
  const path = join(dataDir, KEY_FILE);
  if (existsSync(path)) return { key: parseDataKey(readFileSync(path, 'utf8'), path), path, created: false };
  mkdirSync(dataDir, { recursive: true });
  try {
    // 'wx': two processes starting on an empty DATA_DIR do not overwrite each other's key.
    writeFileSync(path, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  chmodSync(path, 0o600);
  return { key: parseDataKey(readFileSync(path, 'utf8'), path), path, created: true };
}

export function loadDataKeys(settings: DataKeySettings, dataDir: string, log: Warn): DataKeys {
  const given = settings.dataKey?.trim();
  const byId = new Map<string, DataKey>();
  let current: DataKey;
  if (given) {
    current = parseDataKey(given, 'MADOGUCHI_DATA_KEY');
    // A key generated before the variable was set still opens what it sealed.
    const path = join(dataDir, KEY_FILE);
    if (existsSync(path)) {
      const old = parseDataKey(readFileSync(path, 'utf8'), path);
      byId.set(old.id, old);
    }
  } else {
    const generated = generatedKey(dataDir);
    current = generated.key;
    log.warn(
      { keyFile: generated.path, keyId: current.id, created: generated.created },
      'MADOGUCHI_DATA_KEY is not set: sensitive answers are sealed with the key in this file. Set MADOGUCHI_DATA_KEY in production, and keep the key with every backup of the database: without it, sealed answers cannot be read.',
    );
  }
  for (const part of (settings.oldDataKeys ?? '').split(',')) {
    if (part.trim() === '') continue;
    const old = parseDataKey(part, 'MADOGUCHI_OLD_DATA_KEYS');
    byId.set(old.id, old);
  }
  byId.set(current.id, current);
  return { current, byId };
}
