/**
 * Token buckets in front of the Bot Connector. Teams allows about 7 messages a second per
 * conversation and 50 a second per app per tenant; we stay a little under both. A caller
 * reserves a token from every bucket it needs and waits until the latest of them is free,
 * so many concurrent senders queue fairly without polling. A 429 pauses a bucket for Retry-After.
 */

/** Per conversation: 6/s with a burst of 1, so no one-second window ever holds more than 7. */
export const CONVERSATION_RATE = { perSecond: 6, burst: 1 };
/** Per tenant: 45/s with a burst of 5, so no one-second window ever holds more than 50. */
export const TENANT_RATE = { perSecond: 45, burst: 5 };
/** Buckets idle this long are forgotten, so 10,000 channels do not keep 10,000 buckets alive. */
const IDLE_FORGET_MS = 60_000;

class Bucket {
  private tokens: number;
  private updated: number;
  pausedUntil = 0;
  constructor(private readonly rate: { perSecond: number; burst: number }, now: number) {
    this.tokens = rate.burst;
    this.updated = now;
  }

  /** Takes a token (possibly in advance) and returns the ms until it may be used. */
  reserve(now: number): number {
    const from = Math.max(now, this.pausedUntil);
    this.tokens = Math.min(this.rate.burst, this.tokens + ((from - this.updated) * this.rate.perSecond) / 1000);
    this.updated = from;
    this.tokens -= 1;
    const wait = this.tokens >= 0 ? 0 : (-this.tokens * 1000) / this.rate.perSecond;
    return from - now + wait;
  }

  idleSince(now: number): number {
    return now - Math.max(this.updated, this.pausedUntil);
  }
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = 0;
  constructor(
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    private readonly rates = { conversation: CONVERSATION_RATE, tenant: TENANT_RATE },
  ) {}

  private bucket(key: string, rate: { perSecond: number; burst: number }): Bucket {
    let b = this.buckets.get(key);
    if (!b) this.buckets.set(key, (b = new Bucket(rate, this.now())));
    return b;
  }

  /** Waits until one more message may go to this conversation in this tenant. */
  async acquire(conversation: string, tenant: string): Promise<void> {
    const now = this.now();
    this.sweep(now);
    const wait = Math.max(
      this.bucket(`c:${conversation}`, this.rates.conversation).reserve(now),
      this.bucket(`t:${tenant}`, this.rates.tenant).reserve(now),
    );
    if (wait > 0) await this.sleep(wait);
  }

  /** After a 429: nothing more goes to this tenant (and conversation) until retryAfterMs has passed. */
  pause(conversation: string, tenant: string, retryAfterMs: number): void {
    const until = this.now() + retryAfterMs;
    for (const [key, rate] of [[`c:${conversation}`, this.rates.conversation], [`t:${tenant}`, this.rates.tenant]] as const) {
      const b = this.bucket(key, rate);
      b.pausedUntil = Math.max(b.pausedUntil, until);
    }
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < IDLE_FORGET_MS) return;
    this.lastSweep = now;
    for (const [key, b] of this.buckets) if (b.idleSince(now) > IDLE_FORGET_MS) this.buckets.delete(key);
  }
}
