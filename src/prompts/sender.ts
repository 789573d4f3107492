/**
 * One proactive send through the rate limiter, with the Bot Connector's error rules:
 * 429 waits Retry-After (and pauses the tenant), 5xx and network errors back off with full
 * jitter, 403/404 mean the bot was removed from the conversation, other 4xx will not get better.
 */
import { NotifierError, type ConversationRef, type Notifier, type OutMessage } from '../kernel/types.js';
import type { RateLimiter } from './ratelimit.js';

/** Attempts per post within one run; after that the post is retried on a later tick (until the catch-up cut-off). */
export const MAX_ATTEMPTS = 5;
/** First backoff after a 5xx; doubles each time (full jitter), capped below. */
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 20_000;
/** Used when a 429 carries no Retry-After: one second is what Teams usually asks for. */
export const DEFAULT_RETRY_AFTER_MS = 1_000;

export type SendResult =
  | { kind: 'sent'; activityId?: string }
  | { kind: 'gone'; status: number }
  | { kind: 'rejected'; status: number }
  | { kind: 'retry-later'; status: number };

export interface SendOptions {
  notifier: Notifier;
  limiter: RateLimiter;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  /** Called before each attempt after the first (the caller re-marks its record). */
  beforeRetry?: () => Promise<void>;
  /** Called after a failed attempt that will be retried (the caller marks its record as not sent). */
  afterFailure?: () => Promise<void>;
  /** The caller already took the first attempt's token (it waits before claiming the day). */
  firstTokenTaken?: boolean;
}

function statusOf(err: unknown): number {
  return err instanceof NotifierError ? err.status : 0; // 0: a network error, no HTTP status
}

/** Sends one message, retrying what is worth retrying. Never throws for connector errors. */
export async function sendWithRetry(opts: SendOptions, ref: ConversationRef, message: OutMessage): Promise<SendResult> {
  const conversation = ref.conversation.id;
  const tenant = ref.conversation.tenantId ?? 'unknown-tenant';
  let status = 0;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (attempt > 0) await opts.beforeRetry?.();
    if (attempt > 0 || !opts.firstTokenTaken) await opts.limiter.acquire(conversation, tenant);
    try {
      const activityId = await opts.notifier.send(ref, message);
      return { kind: 'sent', activityId };
    } catch (err) {
      status = statusOf(err);
      if (status === 403 || status === 404) return { kind: 'gone', status };
      const retryable = status === 429 || status === 0 || status >= 500;
      if (!retryable) return { kind: 'rejected', status };
      if (attempt === MAX_ATTEMPTS - 1) break;
      await opts.afterFailure?.();
      if (status === 429) {
        const wait = (err as NotifierError).retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
        opts.limiter.pause(conversation, tenant, wait);
      } else {
        await opts.sleep(Math.floor(opts.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt)));
      }
    }
  }
  return { kind: 'retry-later', status };
}
