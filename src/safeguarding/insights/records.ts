/**
 * Insights for guidance owners: one record per question asked, kept for
 * config.insightsRetentionDays and purged daily. Records hold a salted user hash, the
 * outcome, the entry and confidence; the question text only for unanswered questions and
 * only after redaction. Storage faults are logged with a code, never thrown at the user.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Deps } from '../../kernel/deps.js';
import { casePatterns, redact } from '../personal-data/index.js';

export type QuestionOutcome = 'answered' | 'did-you-mean' | 'no-answer' | 'urgent' | 'personal-data' | 'ask-organisation';

export interface QuestionRecord {
  /** Epoch ms. */
  at: number;
  organisation?: string;
  outcome: QuestionOutcome;
  entryId?: string;
  confidence: number;
  /** Salted hash of the user. */
  user: string;
  /** Only for unanswered questions, and only after redaction (Screening.redacted). */
  redactedQuestion?: string;
  personalDataFound: boolean;
}

export const INSIGHTS_PREFIX = 'insights/';
/** Where an offered insights CSV waits for the owner's file-consent answer. */
export const EXPORT_PREFIX = 'insights-export/';
/** The question text is kept only for these outcomes: what staff needed and could not find, or found only after a
 * "did you mean" (so guidance owners can see which wording the guide did not understand: `insights suggest`). */
export const UNANSWERED: ReadonlySet<QuestionOutcome> = new Set(['no-answer', 'did-you-mean']);
/** Longest redacted question kept: enough to read the need, not a case history. */
export const MAX_QUESTION_CHARS = 200;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The purge runs once a day; retention is counted in whole days, so daily is precise enough. */
export const PURGE_INTERVAL_MS = DAY_MS;
/** Lease held while purging so only one instance deletes at a time. */
const PURGE_LEASE_MS = 10 * 60 * 1000;

/** UTC day of an epoch ms, as used in keys: `dayOf(0)` → "1970-01-01". */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Storage key for a record: `insights/<yyyy-mm-dd>/<epoch>-<random>`. */
export function insightKey(at: number): string {
  return `${INSIGHTS_PREFIX}${dayOf(at)}/${at}-${randomBytes(4).toString('hex')}`;
}

/** The record as stored: question text dropped unless unanswered, and redacted again to be sure. */
export function sanitiseRecord(record: QuestionRecord, caseReferencePatterns: RegExp[] = []): QuestionRecord {
  const out: QuestionRecord = {
    at: record.at,
    outcome: record.outcome,
    confidence: Number.isFinite(record.confidence) ? Math.round(record.confidence * 1000) / 1000 : 0,
    user: record.user,
    personalDataFound: Boolean(record.personalDataFound),
  };
  if (record.organisation) out.organisation = record.organisation;
  if (record.entryId) out.entryId = record.entryId;
  if (record.redactedQuestion && UNANSWERED.has(record.outcome)) {
    out.redactedQuestion = redact(record.redactedQuestion, { caseReferencePatterns }).slice(0, MAX_QUESTION_CHARS);
  }
  return out;
}

function errorCode(err: unknown): string {
  return typeof err === 'object' && err && 'code' in err ? String((err as { code: unknown }).code) : 'unknown';
}

/** Records a question for insights; never throws (a storage fault is logged, not shown to the user). */
export async function recordQuestion(deps: Deps, record: QuestionRecord): Promise<void> {
  try {
    const clean = sanitiseRecord(record, casePatterns(deps.config));
    await deps.storage.write({ [insightKey(clean.at)]: { ...clean } });
  } catch (err) {
    deps.logger.warn({ code: 'insights_write_failed', cause: errorCode(err), outcome: record.outcome }, 'insights record not saved');
  }
}

/** Reads every record from `since` (epoch ms) onward, oldest first. */
export async function readInsights(deps: Pick<Deps, 'storage'>, since: number): Promise<QuestionRecord[]> {
  const firstDay = dayOf(since);
  const keys = (await deps.storage.list(INSIGHTS_PREFIX)).filter((k) => k.slice(INSIGHTS_PREFIX.length, INSIGHTS_PREFIX.length + 10) >= firstDay);
  const out: QuestionRecord[] = [];
  for (let i = 0; i < keys.length; i += 100) {
    const items = await deps.storage.read(keys.slice(i, i + 100));
    for (const item of Object.values(items)) {
      const { eTag: _e, ...rec } = item;
      if (typeof rec.at === 'number' && rec.at >= since) out.push(rec as unknown as QuestionRecord);
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Deletes insights records older than config.insightsRetentionDays; returns how many went. */
export async function purgeInsights(deps: Pick<Deps, 'storage' | 'config' | 'now' | 'logger'>): Promise<number> {
  const cutoffDay = dayOf(deps.now() - deps.config.insightsRetentionDays * DAY_MS);
  const old = (await deps.storage.list(INSIGHTS_PREFIX)).filter((k) => k.slice(INSIGHTS_PREFIX.length, INSIGHTS_PREFIX.length + 10) < cutoffDay);
  for (let i = 0; i < old.length; i += 100) await deps.storage.delete(old.slice(i, i + 100));
  deps.logger.info({ code: 'insights_purged', deleted: old.length, retentionDays: deps.config.insightsRetentionDays }, 'insights purge');
  return old.length;
}

/** Runs purgeInsights now and then daily, under a lease; `stop()` ends the timer. */
export function startInsightsPurge(deps: Deps, intervalMs = PURGE_INTERVAL_MS): { stop(): Promise<void> } {
  const owner = `insights-purge-${randomUUID()}`;
  let running: Promise<void> | undefined;
  const run = async () => {
    try {
      const lease = await deps.leases.acquire('insights-purge', owner, PURGE_LEASE_MS);
      if (!lease) return;
      try {
        await purgeInsights(deps);
        await purgeExpiredExports(deps);
      } finally { await deps.leases.release(lease); }
    } catch (err) {
      deps.logger.warn({ code: 'insights_purge_failed', cause: errorCode(err) }, 'insights purge failed');
    }
  };
  const tick = () => { running = run(); };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

/** Deletes offered CSVs whose time ran out; returns how many went. */
export async function purgeExpiredExports(deps: Pick<Deps, 'storage' | 'now'>): Promise<number> {
  const keys = await deps.storage.list(EXPORT_PREFIX);
  const items = await deps.storage.read(keys);
  const old = keys.filter((k) => !items[k] || Number(items[k].expiresAt) <= deps.now());
  if (old.length) await deps.storage.delete(old);
  return old.length;
}
