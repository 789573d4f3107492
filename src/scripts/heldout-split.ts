/**
 * The fixed split of a frozen held-out set into a tuning half (train and tune on it) and a
 * reporting half (measured once, never read): by the low bit of the first byte of sha256(text).
 * `halfOf('my yp is missing')` → 'tuning' or 'reporting', the same answer forever.
 */
import crypto from 'node:crypto';

export type Half = 'tuning' | 'reporting';

/** Which half a set item belongs to, by its text. */
export function halfOf(text: string): Half {
  return (crypto.createHash('sha256').update(text, 'utf8').digest()[0] & 1) === 0 ? 'tuning' : 'reporting';
}
