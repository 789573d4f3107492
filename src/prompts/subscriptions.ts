/**
 * Where daily-prompt subscriptions live. The record sits with the conversation's other data at
 * `conv/<hash>/daily` (so uninstall, which deletes `conv/<hash>/`, removes it), and a tiny index
 * row `daily/<hash>` lets the scheduler list subscriptions without scanning every conversation.
 * The index row is written first and the record second, so a crash between the two leaves an index row with
 * no record (nothing is on, and the scheduler skips it), never a record the scheduler cannot see. The index may
 * also outlive its record (uninstall does not know it): readers tolerate that and tidy up. A record with no
 * index row (written by older versions, or a lost index) is repaired when read.
 * Stored: the conversation reference (no user, no message text), settings and rotation state.
 */
import { update, type Storage, type StoreItem } from '../storage/port.js';
import type { ConversationRef } from '../kernel/types.js';
import type { Days } from './schedule.js';
import type { Entry } from '../knowledge/types.js';
import { newRotation, nextEntry, type RotationState } from './rotation.js';

export const INDEX_PREFIX = 'daily/';
/** Reads per storage call when loading many subscriptions: small enough for one blob batch of parallel GETs. */
const READ_BATCH = 100;
/** An index row with no record is left alone this long after it was written: `daily on` on another instance
 * writes its index row first and its record a moment later, and tidying in between would orphan the record. */
export const INDEX_GRACE_MS = 10 * 60_000;

export interface Subscription extends StoreItem {
  v: 1;
  /** Hash of the channel or chat conversation id: the key's middle part. */
  conv: string;
  ref: ConversationRef;
  organisation: string;
  time: string;
  days: Days;
  status: 'active' | 'ended';
  /** Why it ended: "off" (someone turned it off), "removed-403", "not-found-404". */
  endedReason?: string;
  endedAt?: number;
  changedBy: string; // hashed user id
  changedAt: number;
  lastPostDate?: string;
  /** First local date it may post: a channel subscribing after today's time starts the next day. */
  startDate?: string;
  rotation: RotationState;
}

/** Storage key of a conversation's subscription. */
export const subscriptionKey = (conv: string): string => `conv/${conv}/daily`;
/** Storage key of a conversation's index row. */
export const indexKey = (conv: string): string => `${INDEX_PREFIX}${conv}`;
/** Storage key of the per-day delivery record (the idempotency key: channel + local date). */
export const postKey = (conv: string, date: string): string => `conv/${conv}/daily-post/${date}`;

/** The channel (or chat) conversation id: a channel thread's id carries ";messageid=…", which we drop so posts start new threads. */
export function channelConversationId(id: string): string {
  return id.split(';messageid=')[0];
}

/** A reference for proactive posts: the channel conversation, without the user who asked or the message they replied to. */
export function postingRef(ref: ConversationRef): ConversationRef {
  const { user: _user, activityId: _activity, ...rest } = ref as ConversationRef & { user?: unknown; activityId?: unknown };
  return { ...rest, conversation: { ...ref.conversation, id: channelConversationId(ref.conversation.id) } };
}

/** Reads one subscription, or undefined; an active one missing its index row gets it back (what the scheduler lists). */
export async function readSubscription(storage: Storage, conv: string): Promise<Subscription | undefined> {
  const found = await storage.read([subscriptionKey(conv), indexKey(conv)]);
  const sub = found[subscriptionKey(conv)] as Subscription | undefined;
  if (sub?.status === 'active' && !found[indexKey(conv)]) await writeIndex(storage, conv, sub.changedAt);
  return sub;
}

async function writeIndex(storage: Storage, conv: string, at: number): Promise<void> {
  await storage.write({ [indexKey(conv)]: { key: subscriptionKey(conv), at, eTag: '*' } });
}

/** Writes the index row, then creates or changes the subscription (keeping its rotation and last post date). */
export async function saveSubscription(
  storage: Storage,
  conv: string,
  settings: Pick<Subscription, 'ref' | 'organisation' | 'time' | 'days' | 'changedBy' | 'changedAt' | 'startDate'>,
): Promise<Subscription> {
  await writeIndex(storage, conv, settings.changedAt);
  const saved = await update<Subscription>(storage, subscriptionKey(conv), (old) => {
    const sameOrg = old?.organisation === settings.organisation;
    return {
      v: 1, conv, status: 'active', ...settings,
      lastPostDate: old?.lastPostDate,
      rotation: sameOrg && old ? old.rotation : newRotation(),
    };
  });
  return saved as Subscription;
}

/** Conditional writes `daily now` makes before giving up: each round of a conflict lets one writer through, so
 * this many people pressing at once all get their own entry. */
const TAKE_ATTEMPTS = 16;

/**
 * Takes the next entry of an active subscription's rotation and advances it, in one conditional (eTag) update:
 * the entry is picked inside the update from the state it replaces, so concurrent `daily now`s each get a
 * different entry and the rotation moves once per post. Undefined when the subscription is not active for
 * this organisation (or has nothing to post).
 */
export async function takeNextEntry(storage: Storage, conv: string, organisation: string, entries: readonly Entry[]): Promise<Entry | undefined> {
  let taken: Entry | undefined;
  await update<Subscription>(storage, subscriptionKey(conv), (cur) => {
    taken = undefined;
    if (cur?.status !== 'active' || cur.organisation !== organisation) return undefined;
    const pick = nextEntry(cur.rotation, entries, conv);
    taken = pick.entry;
    return pick.entry ? { ...cur, rotation: pick.state } : undefined;
  }, TAKE_ATTEMPTS);
  return taken;
}

/** Marks a subscription ended with a reason (kept for `daily status` and operators); no-op when gone. */
export async function endSubscription(storage: Storage, conv: string, reason: string, at: number, by?: string): Promise<void> {
  await update<Subscription>(storage, subscriptionKey(conv), (old) =>
    old && old.status === 'active' ? { ...old, status: 'ended', endedReason: reason, endedAt: at, ...(by ? { changedBy: by, changedAt: at } : {}) } : undefined);
}

/** Every subscription listed in the index, loaded in batches; index rows without a record (past INDEX_GRACE_MS) are deleted. */
export async function listSubscriptions(storage: Storage, now: number = Date.now()): Promise<Subscription[]> {
  const convs = (await storage.list(INDEX_PREFIX)).map((k) => k.slice(INDEX_PREFIX.length));
  const out: Subscription[] = [];
  for (let i = 0; i < convs.length; i += READ_BATCH) {
    const batch = convs.slice(i, i + READ_BATCH);
    const found = await storage.read(batch.map(subscriptionKey));
    const missing: string[] = [];
    for (const conv of batch) {
      const sub = found[subscriptionKey(conv)] as Subscription | undefined;
      if (sub) out.push(sub);
      else missing.push(indexKey(conv));
    }
    if (missing.length === 0) continue;
    const rows = await storage.read(missing);
    const gone = missing.filter((k) => !(typeof rows[k]?.at === 'number' && now - (rows[k].at as number) < INDEX_GRACE_MS));
    if (gone.length) await storage.delete(gone);
  }
  return out;
}
