// The sealing of one answer and the keys it uses, on their own: round trips, key rotation,
// and every way an envelope can be wrong (another key, another place, a changed byte).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openAnswers, sealAnswers } from '../../../server/sensitive/answers.ts';
import { DataKeyError, KEY_FILE, keyId, loadDataKeys, parseDataKey } from '../../../server/sensitive/data-keys.ts';
import { Sealer, UnreadableSealError } from '../../../server/sensitive/sealer.ts';
import { libraryForm } from '../../helpers/fixtures.ts';

const newKey = () => randomBytes(32).toString('base64');
const quiet = { warn: () => {} };
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'madoguchi-keys-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const sealerOf = (dataKey: string, oldDataKeys?: string) => new Sealer(loadDataKeys({ dataKey, oldDataKeys }, tempDir(), quiet));

const reason = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof UnreadableSealError ? error.reason : `other: ${String(error)}`;
  }
  return 'opened';
};

describe('Sealer', () => {
  const key = newKey();
  const sealer = sealerOf(key);

  it('round-trips strings, objects and numbers in a versioned envelope that names its key', () => {
    for (const value of ['204813579027', { family: '佐藤', given: '健一' }, ['a', 'b'], 42, true]) {
      const sealed = sealer.seal(value, '1234-5678-90', '/x');
      expect(sealed.$sealed).toMatch(/^v1:[0-9a-f]{12}:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]*:[A-Za-z0-9_-]{22}$/);
      expect(sealed.$sealed.split(':')[1]).toBe(keyId(parseDataKey(key, 'k').key));
      expect(JSON.stringify(sealed)).not.toContain('204813579027');
      expect(sealer.open(sealed, '1234-5678-90', '/x')).toEqual(value);
    }
  });

  it('never seals the same value twice the same way', () => {
    expect(sealer.seal('204813579027', 'r', '/x').$sealed).not.toBe(sealer.seal('204813579027', 'r', '/x').$sealed);
  });

  it('refuses another key, another submission or field, a changed byte, a bad format', () => {
    const sealed = sealer.seal('204813579027', '1234-5678-90', '/claimantMyNumber');
    expect(reason(() => sealerOf(newKey()).open(sealed, '1234-5678-90', '/claimantMyNumber'))).toBe('unknownKey');
    expect(reason(() => sealer.open(sealed, '1234-5678-91', '/claimantMyNumber'))).toBe('integrity');
    expect(reason(() => sealer.open(sealed, '1234-5678-90', '/spouseMyNumber'))).toBe('integrity');
    const parts = sealed.$sealed.split(':');
    const ct = Buffer.from(parts[3]!, 'base64url');
    ct[0] = ct[0]! ^ 1;
    const tampered = { $sealed: [...parts.slice(0, 3), ct.toString('base64url'), parts[4]].join(':') };
    expect(reason(() => sealer.open(tampered, '1234-5678-90', '/claimantMyNumber'))).toBe('integrity');
    const tag = Buffer.from(parts[4]!, 'base64url');
    tag[15] = tag[15]! ^ 0x80;
    expect(reason(() => sealer.open({ $sealed: [...parts.slice(0, 4), tag.toString('base64url')].join(':') }, '1234-5678-90', '/claimantMyNumber'))).toBe('integrity');
    expect(reason(() => sealer.open({ $sealed: `v2:${parts.slice(1).join(':')}` }, '1234-5678-90', '/claimantMyNumber'))).toBe('format');
    expect(reason(() => sealer.open({ $sealed: 'v1:abc' }, '1234-5678-90', '/claimantMyNumber'))).toBe('format');
  });

  it('opens what an old key sealed once it is listed in MADOGUCHI_OLD_DATA_KEYS, and seals with the new one', () => {
    const sealed = sealer.seal('204813579027', 'r', '/x');
    const next = newKey();
    const rotated = sealerOf(next, `${newKey()}, ${key}`);
    expect(rotated.open(sealed, 'r', '/x')).toBe('204813579027');
    expect(rotated.keyId).toBe(keyId(parseDataKey(next, 'k').key));
    expect(rotated.seal('x', 'r', '/x').$sealed.split(':')[1]).toBe(rotated.keyId);
  });
});

describe('sealAnswers / openAnswers', () => {
  const def = libraryForm('childcare/jidou-teate-nintei.json');
  const sealer = sealerOf(newKey());

  it('seals exactly the marked answers and opens them back', () => {
    const stored = sealAnswers(sealer, def, def.example, '1234-5678-90');
    expect(stored.claimantMyNumber).toEqual({ $sealed: expect.any(String) });
    expect(stored.spouseMyNumber).toEqual({ $sealed: expect.any(String) });
    expect(stored.claimantName).toEqual(def.example.claimantName);
    expect(JSON.stringify(stored)).not.toContain(def.example.claimantMyNumber as string);
    expect(openAnswers(sealer, stored, '1234-5678-90')).toEqual({ answers: def.example, unreadable: [] });
    const some = openAnswers(sealer, stored, '1234-5678-90', ['/spouseMyNumber']).answers;
    expect(some.spouseMyNumber).toBe(def.example.spouseMyNumber);
    expect(some.claimantMyNumber).toEqual(stored.claimantMyNumber);
  });

  it('reports what no key opens, as null, instead of failing', () => {
    const stored = sealAnswers(sealer, def, def.example, '1234-5678-90');
    const opened = openAnswers(sealerOf(newKey()), stored, '1234-5678-90');
    expect(opened.unreadable).toEqual(expect.arrayContaining(['/claimantMyNumber', '/spouseMyNumber']));
    expect(opened.answers.claimantMyNumber).toBeNull();
  });
});

describe('loadDataKeys', () => {
  it('refuses a key that is not the base64 of 32 bytes, naming the setting and not the value', () => {
    for (const bad of ['short', randomBytes(16).toString('base64'), randomBytes(33).toString('base64'), `${newKey()}!`, 'ü'.repeat(44)]) {
      let error: unknown;
      try {
        loadDataKeys({ dataKey: bad }, tempDir(), quiet);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DataKeyError);
      expect((error as Error).message).toContain('MADOGUCHI_DATA_KEY');
      expect((error as Error).message).not.toContain(bad);
    }
    expect(() => loadDataKeys({ dataKey: newKey(), oldDataKeys: 'nope' }, tempDir(), quiet)).toThrow(/MADOGUCHI_OLD_DATA_KEYS/);
  });

  it('accepts base64url too', () => {
    const raw = randomBytes(32);
    expect(loadDataKeys({ dataKey: raw.toString('base64url') }, tempDir(), quiet).current.key.equals(raw)).toBe(true);
  });

  it('without MADOGUCHI_DATA_KEY, generates one key into DATA_DIR (0600), warns without it, and keeps it', () => {
    const dir = tempDir();
    const warnings: string[] = [];
    const log = { warn: (obj: object, msg: string) => warnings.push(JSON.stringify(obj) + msg) };
    const first = loadDataKeys({}, dir, log);
    const path = join(dir, KEY_FILE);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const fileKey = readFileSync(path, 'utf8').trim();
    expect(warnings.join('')).toContain('MADOGUCHI_DATA_KEY');
    expect(warnings.join('')).not.toContain(fileKey);
    expect(loadDataKeys({}, dir, log).current.id).toBe(first.current.id);
    // Setting the variable later: the generated key still opens what it sealed.
    const later = loadDataKeys({ dataKey: newKey() }, dir, log);
    expect(later.current.id).not.toBe(first.current.id);
    expect(later.byId.has(first.current.id)).toBe(true);
  });

  it('refuses a damaged key file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, KEY_FILE), 'not a key\n');
    expect(() => loadDataKeys({}, dir, quiet)).toThrow(DataKeyError);
  });
});
