/**
 * Safe, reversible file names for storage keys. Keys may hold '/', ':', upper case and any
 * unicode; file names must not, on every file system we may run on (case-insensitive ones too).
 *
 * Encoding: a-z, 0-9, '_' and '-' stay; an upper-case ASCII letter becomes '^' + its lower case;
 * every other UTF-8 byte becomes '~' + two hex digits. So an encoded name never starts with '.'
 * (temp files, lock and lease folders do) and never contains "~~". Names longer than
 * MAX_ENCODED stay unique by ending in "~~" + a SHA-256 of the key; the key itself is always
 * stored inside the file, which is where list() reads it back from for such names.
 */
import { createHash } from 'node:crypto';
import { StorageError } from './port.js';

/** Longest encoded stem: 255 bytes is the usual file-name limit, minus room for ".lock.break". */
export const MAX_ENCODED = 200;
/** Length of the readable head kept in front of the hash in a long name. */
const LONG_HEAD = 120;
const HASH_MARK = '~~';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Throws StorageError('invalid_key') for an empty key or one with lone surrogates. */
export function checkKey(key: unknown): asserts key is string {
  if (typeof key !== 'string' || key.length === 0 || LONE_SURROGATE.test(key)) {
    throw new StorageError('invalid_key', 'keys must be non-empty, well-formed strings', typeof key === 'string' ? key : undefined);
  }
}

/** Encodes a key to a file stem: `encodeKey('Team/29:a')` → `^team~2f29~3aa`. */
export function encodeKey(key: string): string {
  checkKey(key);
  let out = '';
  for (const byte of Buffer.from(key, 'utf8')) {
    if ((byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || byte === 0x5f || byte === 0x2d) {
      out += String.fromCharCode(byte);
    } else if (byte >= 0x41 && byte <= 0x5a) {
      out += '^' + String.fromCharCode(byte + 0x20);
    } else {
      out += '~' + byte.toString(16).padStart(2, '0');
    }
  }
  if (out.length <= MAX_ENCODED) return out;
  let head = out.slice(0, LONG_HEAD);
  head = head.replace(/(~[0-9a-f]?|\^)$/, ''); // never cut an escape in half
  return head + HASH_MARK + createHash('sha256').update(key).digest('hex');
}

/** True when the stem is a hashed long name, whose key must be read from the file. */
export function isHashedName(stem: string): boolean {
  return stem.includes(HASH_MARK);
}

/** Decodes a stem made by encodeKey; undefined for hashed long names and anything malformed. */
export function decodeKey(stem: string): string | undefined {
  if (isHashedName(stem) || stem.length === 0) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < stem.length; i++) {
    const c = stem[i];
    if (/[a-z0-9_-]/.test(c)) bytes.push(c.charCodeAt(0));
    else if (c === '^' && /[a-z]/.test(stem[i + 1] ?? '')) bytes.push(stem.charCodeAt(++i) - 0x20);
    else if (c === '~' && /^[0-9a-f]{2}$/.test(stem.slice(i + 1, i + 3))) {
      bytes.push(parseInt(stem.slice(i + 1, i + 3), 16));
      i += 2;
    } else return undefined;
  }
  const key = Buffer.from(bytes).toString('utf8');
  return encodeKey(key) === stem ? key : undefined; // rejects invalid UTF-8 and non-canonical names
}
