/**
 * Where daily-prompt subscriptions live. The record sits with the conversation's other data at
 * `conv/<hash>/daily` (so uninstall, which deletes `conv/<hash>/`, removes it), and a tiny index
 * row `daily/<hash>` lets the scheduler list subscriptions without scanning every conversation.
 * The index may outlive its record (uninstall does not know it): readers tolerate that and tidy up.
 * Stored: the conversation reference (no user, no message text), settings and rotation state.
 */
import { update, type Storage, type StoreItem } from '../storage/port.js';
import type { ConversationRef } from '../conversation/types.js';
import type { Days } from './schedule.js';
import { newRotation, type RotationState } from './rotation.js';

export const INDEX_PREFIX = 'daily/';
/** Reads per storage call when loading many subscriptions: small enough for one blob batch of parallel GETs. */
const READ_BATCH = 100;

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

/** Reads one subscription, or undefined. */
export async function readSubscription(storage: Storage, conv: string): Promise<Subscription | undefined> {
  return (await storage.read([subscriptionKey(conv)]))[subscriptionKey(conv)] as Subscription | undefined;
}

/** Creates or changes a subscription (keeping its rotation and last post date) and writes its index row. */
export async function saveSubscription(
  storage: Storage,
  conv: string,
  settings: Pick<Subscription, 'ref' | 'organisation' | 'time' | 'days' | 'changedBy' | 'changedAt' | 'startDate'>,
): Promise<Subscription> {
  const saved = await update<Subscription>(storage, subscriptionKey(conv), (old) => {
    const sameOrg = old?.organisation === settings.organisation;
    return {
      v: 1, conv, status: 'active', ...settings,
      lastPostDate: old?.lastPostDate,
      rotation: sameOrg && old ? old.rotation : newRotation(),
    };
  });
  await storage.write({ [indexKey(conv)]: { key: subscriptionKey(conv), eTag: '*' } });
  return saved as Subscription;
}

/** Marks a subscription ended with a reason (kept for `daily status` and operators); no-op when gone. */
export async function endSubscription(storage: Storage, conv: string, reason: string, at: number, by?: string): Promise<void> {
  await update<Subscription>(storage, subscriptionKey(conv), (old) =>
    old && old.status === 'active' ? { ...old, status: 'ended', endedReason: reason, endedAt: at, ...(by ? { changedBy: by, changedAt: at } : {}) } : undefined);
}

/** Every subscription listed in the index, loaded in batches; index rows without a record are deleted. */
export async function listSubscriptions(storage: Storage): Promise<Subscription[]> {
  const convs = (await storage.list(INDEX_PREFIX)).map((k) => k.slice(INDEX_PREFIX.length));
  const out: Subscription[] = [];
  for (let i = 0; i < convs.length; i += READ_BATCH) {
    const batch = convs.slice(i, i + READ_BATCH);
    const found = await storage.read(batch.map(subscriptionKey));
    const gone: string[] = [];
    for (const conv of batch) {
      const sub = found[subscriptionKey(conv)] as Subscription | undefined;
      if (sub) out.push(sub);
      else gone.push(indexKey(conv));
    }
    if (gone.length) await storage.delete(gone);
  }
  return out;
}
