/** Shared set-up for the daily prompt tests: deps with fake clock, a subscribed channel, fake notifiers. */
import { NotifierError, type Notifier } from '../../src/kernel/types.js';
import { RateLimiter } from '../../src/prompts/ratelimit.js';
import { loadBankHolidays } from '../../src/prompts/holidays.js';
import { saveSubscription, postingRef, type Subscription } from '../../src/prompts/subscriptions.js';
import type { RunOptions } from '../../src/prompts/scheduler.js';
import { makeDeps, type FakeDeps, type DepsOverrides } from '../support/fake-deps.js';
import { makeTurn } from '../support/turns.js';

export const holidays = loadBankHolidays();

/** Run options that never really wait: no sleeps, a limiter with an instant clock. */
export function fastRun(extra: RunOptions = {}): RunOptions {
  return { holidays, sleep: async () => undefined, random: () => 0.5, limiter: new RateLimiter(() => 0, async () => undefined), concurrency: 4, ...extra };
}

/** Deps at a given instant. */
export function depsAt(iso: string, overrides: DepsOverrides = {}): FakeDeps {
  const deps = makeDeps({ config: { defaultOrganisation: 'southwark' }, ...overrides });
  deps.clock.set(Date.parse(iso));
  return deps;
}

/** Subscribes channel n (tenant t) directly in storage. */
export async function subscribe(deps: FakeDeps, n: number, opts: Partial<Subscription> = {}, tenant = 'tenant-a'): Promise<string> {
  const turn = makeTurn({ scope: 'channel', conversationId: `19:channel-${n}@thread.tacv2;messageid=1`, tenantId: tenant });
  const conv = deps.hash(`19:channel-${n}@thread.tacv2`);
  await saveSubscription(deps.storage, conv, {
    ref: postingRef(turn.ref), organisation: 'southwark', time: '09:00', days: 'weekdays', changedBy: 'x', changedAt: 0, ...opts,
  });
  return conv;
}

/** A Notifier that fails with the given statuses first (one per call), then succeeds; records successes. */
export function scriptedNotifier(failures: (number | [number, number])[]): Notifier & { sent: string[]; calls: number } {
  const queue = [...failures];
  const n = {
    sent: [] as string[],
    calls: 0,
    async send(ref: { conversation: { id: string } }) {
      n.calls++;
      const f = queue.shift();
      if (f !== undefined) {
        const [status, retry] = Array.isArray(f) ? f : [f, undefined];
        throw new NotifierError(status, `fake ${status}`, retry);
      }
      n.sent.push(ref.conversation.id);
      return `act-${n.sent.length}`;
    },
  };
  return n as Notifier & { sent: string[]; calls: number };
}
