/**
 * The insights report for guidance owners: figures by outcome, the most frequent unanswered
 * (redacted) questions, and the entries with the most unhelpful feedback; plus the CSV.
 * Reading is through the storage port; building the report is pure.
 */
import type { Deps } from '../../kernel/deps.js';
import type { KnowledgeBase } from '../../knowledge/types.js';
import { readInsights, type QuestionOutcome, type QuestionRecord } from './records.js';
import { redact } from '../personal-data/index.js';

export interface FeedbackRow {
  entryId: string;
  helpful: boolean;
  at: number;
  user: string;
}

export interface InsightsReport {
  since: number;
  until: number;
  total: number;
  byOutcome: Record<QuestionOutcome, number>;
  /** People asking (distinct user hashes). */
  people: number;
  /** Questions that carried personal data (removed before anything was kept): the CSV's personal_data_found "yes" rows. */
  personalData: number;
  topUnanswered: { question: string; count: number }[];
  mostUnhelpful: { entryId: string; title: string; unhelpful: number; helpful: number }[];
}

/** How many unanswered questions and unhelpful entries the card lists: a glanceable top five. */
export const TOP_N = 5;
const OUTCOMES: QuestionOutcome[] = ['answered', 'did-you-mean', 'ask-organisation', 'no-answer', 'personal-data', 'urgent'];
const DAY_MS = 24 * 60 * 60 * 1000;

/** Parses "7d", "30d", "2w", "24h" into milliseconds; undefined when it is not a duration. */
export function parseSince(value: string | undefined): number | undefined {
  const m = /^\s*(\d{1,4})\s*(d|day|days|w|wk|week|weeks|h|hr|hours?)?\s*$/i.exec(value ?? '');
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'd').toLowerCase();
  const ms = unit.startsWith('w') ? n * 7 * DAY_MS : unit.startsWith('h') ? n * 60 * 60 * 1000 : n * DAY_MS;
  return ms > 0 ? ms : undefined;
}

/** Reads the feedback rows (feedback/<entryId>/<userHash>) given on or after `since`. */
export async function readFeedback(deps: Pick<Deps, 'storage'>, since: number): Promise<FeedbackRow[]> {
  const keys = await deps.storage.list('feedback/');
  const out: FeedbackRow[] = [];
  for (let i = 0; i < keys.length; i += 100) {
    const items = await deps.storage.read(keys.slice(i, i + 100));
    for (const v of Object.values(items)) {
      if (typeof v.entryId === 'string' && typeof v.helpful === 'boolean' && typeof v.at === 'number' && v.at >= since) {
        out.push({ entryId: v.entryId, helpful: v.helpful, at: v.at, user: String(v.user ?? '') });
      }
    }
  }
  return out;
}

/** Whether a record counts as carrying personal data: the one test the summary, the card and the CSV share. */
export function carriedPersonalData(r: Pick<QuestionRecord, 'personalDataFound' | 'outcome'>): boolean {
  return Boolean(r.personalDataFound) || r.outcome === 'personal-data';
}

/** Builds the report from records and feedback. Pure. */
export function buildReport(records: QuestionRecord[], feedback: FeedbackRow[], kb: Pick<KnowledgeBase, 'entryById'> | undefined, since: number, until: number): InsightsReport {
  const byOutcome = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<QuestionOutcome, number>;
  const questions = new Map<string, number>();
  for (const r of records) {
    byOutcome[r.outcome] = (byOutcome[r.outcome] ?? 0) + 1;
    if (r.outcome === 'no-answer' && r.redactedQuestion) {
      const q = r.redactedQuestion.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[?.!]+$/, '');
      if (q) questions.set(q, (questions.get(q) ?? 0) + 1);
    }
  }
  const votes = new Map<string, { unhelpful: number; helpful: number }>();
  for (const f of feedback) {
    const v = votes.get(f.entryId) ?? { unhelpful: 0, helpful: 0 };
    if (f.helpful) v.helpful++; else v.unhelpful++;
    votes.set(f.entryId, v);
  }
  return {
    since,
    until,
    total: records.length,
    byOutcome,
    people: new Set(records.map((r) => r.user)).size,
    personalData: records.filter(carriedPersonalData).length,
    topUnanswered: [...questions].map(([question, count]) => ({ question, count }))
      .sort((a, b) => b.count - a.count || a.question.localeCompare(b.question)).slice(0, TOP_N),
    mostUnhelpful: [...votes].filter(([, v]) => v.unhelpful > 0)
      .map(([entryId, v]) => ({ entryId, title: kb?.entryById.get(entryId)?.title ?? entryId, ...v }))
      .sort((a, b) => b.unhelpful - a.unhelpful || a.helpful - b.helpful || a.entryId.localeCompare(b.entryId)).slice(0, TOP_N),
  };
}

/** Reads storage and builds the report for the last `periodMs`. */
export async function insightsReport(deps: Pick<Deps, 'storage' | 'now'> & { kb?: Pick<KnowledgeBase, 'entryById'> }, periodMs: number): Promise<{ report: InsightsReport; records: QuestionRecord[] }> {
  const until = deps.now();
  const since = until - periodMs;
  const records = await readInsights(deps, since);
  const feedback = await readFeedback(deps, since);
  return { report: buildReport(records, feedback, deps.kb, since, until), records };
}

/** One CSV cell: quoted, and a leading = + - @ neutralised so spreadsheets never run it as a formula. */
function cell(value: unknown): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/** The records as CSV (one row per question; question text only for unanswered, redacted again). */
export function toCsv(records: QuestionRecord[]): string {
  const header = ['time_utc', 'organisation', 'outcome', 'entry', 'confidence', 'user_hash', 'personal_data_found', 'unanswered_question_redacted'];
  const rows = records.map((r) => [
    new Date(r.at).toISOString(), r.organisation ?? '', r.outcome, r.entryId ?? '', r.confidence, r.user,
    carriedPersonalData(r) ? 'yes' : 'no', r.redactedQuestion ? redact(r.redactedQuestion) : '',
  ].map(cell).join(','));
  return `${[header.map(cell).join(','), ...rows].join('\r\n')}\r\n`;
}

/** The report as plain text lines, for the operator script. */
export function reportText(report: InsightsReport): string {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const lines = [
    `Insights ${day(report.since)} to ${day(report.until)}: ${report.total} questions from ${report.people} people`,
    ...OUTCOMES.filter((o) => o !== 'personal-data').map((o) => `  ${o}: ${report.byOutcome[o]}`),
    `  personal data found (removed before keeping): ${report.personalData}`,
    'Top unanswered (redacted):',
    ...(report.topUnanswered.length ? report.topUnanswered.map((q) => `  ${q.count} x ${q.question}`) : ['  none']),
    'Most unhelpful entries:',
    ...(report.mostUnhelpful.length ? report.mostUnhelpful.map((e) => `  ${e.title} (${e.entryId}): ${e.unhelpful} unhelpful, ${e.helpful} helpful`) : ['  none']),
  ];
  return lines.join('\n');
}
