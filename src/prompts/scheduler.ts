/**
 * The in-process scheduler. Every tick (about 30 s) it runs `runDue` for the injected clock's
 * "now": under one lease (so of several instances one does the run, renewed while it works and
 * taken over when its holder dies), it lists subscriptions, keeps those due (UK time rules in
 * schedule.ts) and delivers each through delivery.ts, whose create-only per-day record keeps a
 * post single even if two runs overlap (a lease lost mid-run, or `npm run prompts -- run-due`).
 */
import { randomUUID } from 'node:crypto';
import type { Deps } from '../kernel/deps.js';
import type { Lease } from '../storage/port.js';
import { deliverDaily, type DeliveryContext, type Outcome, type Stage } from './delivery.js';
import { loadBankHolidays } from './holidays.js';
import { RateLimiter } from './ratelimit.js';
import { dueAt, nextPostAt } from './schedule.js';
import { INDEX_PREFIX, listSubscriptions, type Subscription } from './subscriptions.js';

export const LEASE_NAME = 'daily-prompts';
/** The run lease lapses this long after its holder stops renewing: a dead instance delays posts by at most this. */
export const LEASE_TTL_MS = 60_000;
/** Renew three times per TTL, so one slow storage call does not lose the lease. */
const LEASE_RENEW_MS = LEASE_TTL_MS / 3;
/** How often the scheduler wakes: posts go out within half a minute of their time. */
export const TICK_MS = 30_000;
/** Re-read every subscription at least this often even when nothing looks due (settings changed on another instance). */
export const RESCAN_MS = 5 * 60_000;
/** Sends in flight at once; the rate limiter, not this, sets the pace. */
export const DEFAULT_CONCURRENCY = 32;

export interface RunOptions {
  owner?: string;
  holidays?: ReadonlySet<string>;
  limiter?: RateLimiter;
  concurrency?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Stops taking new posts (a shutdown, or a test simulating a crash). */
  signal?: AbortSignal;
  onStage?: (stage: Stage, conv: string) => void;
}

export interface RunReport {
  at: string;
  /** False when another instance holds the run lease (nothing was done here). */
  leased: boolean;
  lostLease: boolean;
  subscriptions: number;
  due: number;
  outcomes: Partial<Record<Outcome | 'error', number>>;
  /** Earliest instant any active subscription is next due (epoch ms), when known. */
  nextDueAt?: number;
}

/** The bank holidays for these deps: the knowledge dir's file plus EXTRA_BANK_HOLIDAYS. */
export function holidaysFor(deps: Pick<Deps, 'config'>): ReadonlySet<string> {
  return loadBankHolidays(deps.config.knowledgeDir, deps.config.extraBankHolidays ?? []);
}

/** Orders items so consecutive ones belong to different tenants: each tenant's rate limit then runs in parallel. */
function interleaveByTenant(subs: Subscription[]): Subscription[] {
  const groups = new Map<string, Subscription[]>();
  for (const s of subs) {
    const t = s.ref.conversation.tenantId ?? '';
    groups.set(t, [...(groups.get(t) ?? []), s]);
  }
  const out: Subscription[] = [];
  const lists = [...groups.values()];
  for (let i = 0; out.length < subs.length; i++) for (const l of lists) if (i < l.length) out.push(l[i]);
  return out;
}

/** Sends every post due at `at` (exactly once per channel per UK day), if this instance gets the run lease. */
export async function runDue(deps: Deps, at: Date, options: RunOptions = {}): Promise<RunReport> {
  const owner = options.owner ?? `run-${randomUUID()}`;
  const report: RunReport = { at: at.toISOString(), leased: false, lostLease: false, subscriptions: 0, due: 0, outcomes: {} };
  const lease = await deps.leases.acquire(LEASE_NAME, owner, LEASE_TTL_MS);
  if (!lease) return report;
  report.leased = true;
  const renewer = keepRenewing(deps, lease, () => { report.lostLease = true; });
  try {
    const holidays = options.holidays ?? holidaysFor(deps);
    const all = (await listSubscriptions(deps.storage, deps.now())).filter((s) => s.status === 'active');
    report.subscriptions = all.length;
    const due: { sub: Subscription; date: string }[] = [];
    for (const sub of interleaveByTenant(all)) {
      const check = dueAt(sub, at.getTime(), holidays);
      if (check.due) due.push({ sub, date: check.date });
    }
    report.due = due.length;
    const ctx: DeliveryContext = {
      deps, owner,
      limiter: options.limiter ?? new RateLimiter(),
      sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
      random: options.random ?? Math.random,
      onStage: options.onStage,
    };
    let next = 0;
    const worker = async () => {
      while (next < due.length && !report.lostLease && !options.signal?.aborted) {
        const { sub, date } = due[next++];
        let outcome: Outcome | 'error';
        try {
          outcome = await deliverDaily(ctx, sub, date);
        } catch (err) {
          outcome = 'error';
          deps.logger.error({ conv: sub.conv, date, err: (err as Error).message, code: (err as { code?: string }).code }, 'daily prompt delivery failed');
        }
        report.outcomes[outcome] = (report.outcomes[outcome] ?? 0) + 1;
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY) }, worker));
    const after = due.length ? (await listSubscriptions(deps.storage, deps.now())).filter((s) => s.status === 'active') : all;
    const nexts = after.map((s) => nextPostAt(s, at.getTime() + 1, holidays)).filter((n): n is number => n !== undefined);
    if (nexts.length) report.nextDueAt = Math.min(...nexts);
  } finally {
    renewer.stop();
    await deps.leases.release(lease).catch(() => undefined);
  }
  deps.logger.info({ ...report, owner: undefined }, 'daily prompts run');
  return report;
}

function keepRenewing(deps: Deps, lease: Lease, onLost: () => void): { stop(): void } {
  const timer = setInterval(() => {
    deps.leases.renew(lease, LEASE_TTL_MS).then((ok) => { if (!ok) onLost(); }, () => onLost());
  }, LEASE_RENEW_MS);
  timer.unref?.();
  return { stop: () => clearInterval(timer) };
}

export interface SchedulerOptions extends RunOptions {
  tickMs?: number;
  /** The clock; defaults to deps.now. */
  now?: () => number;
}

/** Starts ticking in this process; `stop()` waits for a run in progress to finish. */
export function startScheduler(deps: Deps, options: SchedulerOptions = {}): { stop(): Promise<void> } {
  const now = options.now ?? deps.now;
  const owner = options.owner ?? `scheduler-${randomUUID()}`;
  const limiter = options.limiter ?? new RateLimiter();
  const abort = new AbortController();
  let running: Promise<void> | undefined;
  let quietUntil = 0;
  let lastIndexSize = -1;
  let timer: NodeJS.Timeout | undefined;

  const tick = async () => {
    const t = now();
    const size = (await deps.storage.list(INDEX_PREFIX)).length;
    if (t < quietUntil && size === lastIndexSize) return;
    const report = await runDue(deps, new Date(t), { ...options, owner, limiter, signal: abort.signal });
    lastIndexSize = size;
    quietUntil = report.leased ? Math.min(report.nextDueAt ?? Infinity, t + RESCAN_MS) : 0;
  };
  const loop = () => {
    if (abort.signal.aborted) return;
    running = tick()
      .catch((err) => deps.logger.error({ err: (err as Error).message }, 'daily prompt scheduler tick failed'))
      .finally(() => { running = undefined; if (!abort.signal.aborted) timer = setTimeout(loop, options.tickMs ?? TICK_MS); });
  };
  loop();
  return {
    async stop() {
      abort.abort();
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
