/**
 * `forget me`, once confirmed: every record that holds the user's salted hash goes. A record that
 * is the user's own (under user/<h>/, their feedback, their insights rows, a CSV offered to them,
 * their induction membership of a team) is deleted; a setting the user changed for a whole team or
 * chat (a daily prompt, the induction welcome) stays, with the user's hash taken out of it.
 */
import { update, type StoreItem } from '../storage/port.js';
import type { Deps } from '../kernel/deps.js';
import type { TurnInput, TurnOutput } from '../kernel/types.js';

/** Prefixes whose records belong to one person: holding the hash makes the record theirs. */
const OWN_PREFIXES = ['user/', 'feedback/', 'insights/', 'insights-export/'];
/** What replaces the hash in a shared setting: a marker, not an identifier. */
export const FORGOTTEN = 'forgotten';
/** Keys read per storage call. */
const BATCH = 100;

/** True when any string inside the value is exactly the hash. */
function holds(value: unknown, hash: string): boolean {
  if (typeof value === 'string') return value === hash;
  if (Array.isArray(value)) return value.some((v) => holds(v, hash));
  return value !== null && typeof value === 'object' && Object.entries(value).some(([k, v]) => k !== 'eTag' && holds(v, hash));
}

/** The value with every string equal to the hash replaced by FORGOTTEN. */
function scrub<T>(value: T, hash: string): T {
  if (typeof value === 'string') return (value === hash ? FORGOTTEN : value) as T;
  if (Array.isArray(value)) return value.map((v) => scrub(v, hash)) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, hash)])) as T;
}

/** Every key holding the hash, split into the user's own records and shared settings to scrub. */
export async function recordsOf(deps: Pick<Deps, 'storage'>, hash: string): Promise<{ own: string[]; shared: string[] }> {
  const own = new Set<string>();
  const shared = new Set<string>();
  const keys = await deps.storage.list('');
  for (let i = 0; i < keys.length; i += BATCH) {
    const batch = keys.slice(i, i + BATCH);
    const items = await deps.storage.read(batch);
    for (const k of batch) {
      const inKey = k.split('/').includes(hash);
      if (!inKey && !holds(items[k], hash)) continue;
      if (inKey || OWN_PREFIXES.some((p) => k.startsWith(p))) own.add(k);
      else shared.add(k);
    }
  }
  return { own: [...own], shared: [...shared] };
}

/** Deletes the user's records and takes their hash out of shared settings; returns how many records changed. */
export async function forgetUser(deps: Pick<Deps, 'storage' | 'hash' | 'logger'>, input: Pick<TurnInput, 'userId' | 'aadObjectId'>): Promise<number> {
  const hashes = new Set([deps.hash(input.userId), ...(input.aadObjectId ? [deps.hash(input.aadObjectId)] : [])]);
  let deleted = 0;
  let scrubbed = 0;
  for (const h of hashes) {
    const { own, shared } = await recordsOf(deps, h);
    for (let i = 0; i < own.length; i += BATCH) await deps.storage.delete(own.slice(i, i + BATCH));
    for (const k of shared) await update<StoreItem>(deps.storage, k, (old) => (old ? scrub(old, h) : undefined));
    deleted += own.length;
    scrubbed += shared.length;
  }
  deps.logger.info({ code: 'forget_me', user: deps.hash(input.userId), deleted, scrubbed }, 'user records deleted');
  return deleted + scrubbed;
}

/** Runs the confirmed (or cancelled) forget-me submit. */
export async function forgetMeSubmit(deps: Deps, input: TurnInput, data: Record<string, unknown>): Promise<TurnOutput> {
  if (data.confirm !== true) return { messages: [{ text: 'OK, I haven\u2019t deleted anything.' }] };
  const changed = await forgetUser(deps, input);
  const text = changed
    ? `Done: I deleted ${changed} record${changed === 1 ? '' : 's'} about you (questions, feedback, choices and induction progress, and your name on any team setting you changed). If you ask me something again, I\u2019ll start afresh.`
    : 'Done: I had no records about you to delete.';
  return { messages: [{ text }] };
}
