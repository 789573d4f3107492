/**
 * Exactly one post per channel per UK day. The idempotency key is channel + local date
 * (`conv/<hash>/daily-post/<date>`), and its record moves through stages:
 *
 *   (none) --create-only--> claimed --> sending --> sent | ended | failed
 *
 * - `claimed` is written with NEW_ONLY, so of two instances (or two runs) only one wins the day.
 *   It holds the chosen entry and rotation, so whoever resumes a claim posts the same entry.
 * - `sending` is written immediately before the network call and nothing else happens in between.
 * - A stale record (its holder silent for STALE_AFTER_MS) is resolved by the next run:
 *   `claimed` means nothing went out, so the post is sent (no loss, no double);
 *   `sending` means the call may or may not have reached Teams. We cannot ask Teams, so we choose
 *   at-most-once: it is recorded as `unknown` and counted as the day's post. A double post in a
 *   team channel is visible noise; a missed prompt is barely noticed. The remaining window for a
 *   lost post is only a crash after `sending` is stored and before the request reaches the
 *   connector, or the connector failing while we are dead; it is logged as `unknown` for operators.
 * - A failed attempt that will be retried puts the record back to `claimed` first, so a crash
 *   during the backoff also resends rather than loses. We read a 429 or 5xx as "not delivered",
 *   which is what the connector means by them; a 5xx after Teams stored the message would double.
 */
import { isConflict, NEW_ONLY, update, type StoreItem } from '../storage/port.js';
import type { Deps } from '../kernel/deps.js';
import { promptMessage } from './card.js';
import { nextEntry, promptEntries, type RotationState } from './rotation.js';
import { sendWithRetry, type SendOptions } from './sender.js';
import { endSubscription, postKey, subscriptionKey, type Subscription } from './subscriptions.js';

/** A claim or send silent this long is presumed dead: well above one send's retries (about 60 s at most) and the lease TTL. */
export const STALE_AFTER_MS = 2 * 60_000;

export type Stage = 'claimed' | 'sending' | 'sent' | 'unknown' | 'ended' | 'failed';
export type Outcome = 'sent' | 'done-before' | 'busy' | 'ended' | 'failed' | 'retry-later' | 'unknown' | 'gone' | 'no-entries';

export interface PostRecord extends StoreItem {
  stage: Stage;
  owner: string;
  at: number;
  entryId: string;
  rotation: RotationState;
  activityId?: string;
  status?: number;
}

export interface DeliveryContext extends Omit<SendOptions, 'notifier' | 'beforeRetry' | 'afterFailure'> {
  deps: Deps;
  /** This process (or run): who holds a claim. */
  owner: string;
  /** Test hook: called after each stage is stored; throwing simulates a crash there. */
  onStage?: (stage: Stage, conv: string) => void;
}

/** Moves a record we hold to a new stage; false when someone else took it meanwhile. */
async function advance(ctx: DeliveryContext, key: string, from: Stage[], patch: Partial<PostRecord>): Promise<boolean> {
  let ours = false;
  await update<PostRecord>(ctx.deps.storage, key, (cur) => {
    ours = !!cur && cur.owner === ctx.owner && from.includes(cur.stage);
    return ours ? { ...cur!, ...patch, at: ctx.deps.now() } : undefined;
  });
  return ours;
}

/** Records the day's post on the subscription: last date and rotation (ignores a subscription that vanished). */
async function finish(ctx: DeliveryContext, sub: Subscription, date: string, rotation: RotationState): Promise<void> {
  let previous: string | undefined;
  await update<Subscription>(ctx.deps.storage, subscriptionKey(sub.conv), (cur) => {
    previous = cur?.lastPostDate;
    return cur && (cur.lastPostDate ?? '') < date ? { ...cur, lastPostDate: date, rotation } : undefined;
  });
  // The previous day's record has done its job (its date can never be due again): keep storage small.
  if (previous && previous < date) await ctx.deps.storage.delete([postKey(sub.conv, previous)]);
}

/** Takes the day's record: a new claim, or a stale one taken over. Returns the record we now hold, or an outcome. */
async function claim(ctx: DeliveryContext, sub: Subscription, date: string, key: string): Promise<PostRecord | Outcome> {
  const { storage, now } = ctx.deps;
  const existing = (await storage.read([key]))[key] as PostRecord | undefined;
  if (!existing) {
    const entries = promptEntries(ctx.deps.kb.entries, sub.organisation);
    const pick = nextEntry(sub.rotation, entries, sub.conv);
    if (!pick.entry) return 'no-entries';
    const rec: PostRecord = { stage: 'claimed', owner: ctx.owner, at: now(), entryId: pick.entry.id, rotation: pick.state };
    try {
      await storage.write({ [key]: { ...rec, eTag: NEW_ONLY } });
      return rec;
    } catch (err) {
      if (isConflict(err)) return 'busy';
      throw err;
    }
  }
  if (['sent', 'unknown'].includes(existing.stage)) {
    await finish(ctx, sub, date, existing.rotation);
    return 'done-before';
  }
  if (existing.stage === 'ended' || existing.stage === 'failed') return 'done-before';
  if (now() - existing.at < STALE_AFTER_MS) return 'busy';
  let took: PostRecord | undefined;
  await update<PostRecord>(storage, key, (cur) => {
    took = cur && cur.owner === existing.owner && cur.at === existing.at && cur.stage === existing.stage
      ? { ...cur, owner: ctx.owner, at: now(), stage: cur.stage === 'sending' ? 'unknown' : 'claimed' } : undefined;
    return took;
  }).catch((err) => { if (!isConflict(err)) throw err; took = undefined; });
  if (!took) return 'busy';
  if (took.stage === 'unknown') {
    ctx.deps.logger.warn({ conv: sub.conv, date, outcome: 'unknown' }, 'daily prompt: a send was interrupted; counted as posted (at most once)');
    await finish(ctx, sub, date, took.rotation);
    return 'unknown';
  }
  return took;
}

/** Delivers today's prompt to one subscription, exactly once across runs and instances. */
export async function deliverDaily(ctx: DeliveryContext, sub: Subscription, date: string): Promise<Outcome> {
  const key = postKey(sub.conv, date);
  const { deps } = ctx;
  // Wait for the rate limiter before claiming, so a claim is never stale merely because it queued.
  await ctx.limiter.acquire(sub.ref.conversation.id, sub.ref.conversation.tenantId ?? 'unknown-tenant');
  const held = await claim(ctx, sub, date, key);
  if (typeof held === 'string') return held;
  ctx.onStage?.('claimed', sub.conv);
  const entry = deps.kb.entryById.get(held.entryId);
  if (!entry) { await deps.storage.delete([key]); return 'retry-later'; } // the knowledge changed under the claim
  if (!(await advance(ctx, key, ['claimed'], { stage: 'sending' }))) return 'busy';
  ctx.onStage?.('sending', sub.conv);
  const result = await sendWithRetry({
    ...ctx, notifier: deps.notifier, firstTokenTaken: true,
    afterFailure: async () => { await advance(ctx, key, ['sending'], { stage: 'claimed' }); },
    beforeRetry: async () => { await advance(ctx, key, ['claimed'], { stage: 'sending' }); },
  }, sub.ref, promptMessage(deps, entry));
  const log = { conv: sub.conv, date, entry: entry.id, result: result.kind, status: 'status' in result ? result.status : undefined };
  switch (result.kind) {
    case 'sent':
      await advance(ctx, key, ['sending'], { stage: 'sent', activityId: result.activityId });
      ctx.onStage?.('sent', sub.conv);
      await finish(ctx, sub, date, held.rotation);
      deps.logger.info(log, 'daily prompt sent');
      return 'sent';
    case 'gone':
      await advance(ctx, key, ['sending', 'claimed'], { stage: 'ended', status: result.status });
      await endSubscription(deps.storage, sub.conv, result.status === 403 ? 'removed-403' : 'not-found-404', deps.now());
      deps.logger.warn(log, 'daily prompt: the bot can no longer post here; subscription ended');
      return 'gone';
    case 'rejected':
      await advance(ctx, key, ['sending', 'claimed'], { stage: 'failed', status: result.status });
      deps.logger.error(log, 'daily prompt refused by the connector; not retried today');
      return 'failed';
    default:
      // Not delivered after every attempt: free the day's key so a later tick tries again before the cut-off.
      if (await advance(ctx, key, ['sending', 'claimed'], { stage: 'claimed' })) await deps.storage.delete([key]);
      deps.logger.warn(log, 'daily prompt not delivered yet; will retry');
      return 'retry-later';
  }
}
