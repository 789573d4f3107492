/**
 * The `insights` command for guidance owners (personal chat only): a card with the period's
 * figures, and the CSV offered through Teams' file-consent flow. The CSV waits in storage
 * under a short-lived key named in the consent context; it is never a public link.
 */
import { randomBytes } from 'node:crypto';
import type { Config } from '../../config.js';
import type { Deps } from '../../kernel/deps.js';
import type { TurnInput, TurnOutput } from '../../kernel/types.js';
import { renderCard } from '../../cards/render.js';
import { insightsReport, parseSince, toCsv, type InsightsReport } from './report.js';
import { EXPORT_PREFIX } from './records.js';

export { EXPORT_PREFIX };

/** How long an offered CSV waits for the owner to accept: long enough to notice the card, short enough not to linger. */
export const EXPORT_TTL_MS = 60 * 60 * 1000;
/** The default period: "the week's figures". */
export const DEFAULT_PERIOD = '7d';
/** Longest period an owner may ask for in chat (the retention limit applies anyway). */
const MAX_PERIOD_DAYS = 366;

export interface ExportRecord {
  [key: string]: unknown;
  csv: string;
  user: string;
  expiresAt: number;
}

const OUTCOME_LABELS: Record<string, string> = {
  answered: 'Answered', 'did-you-mean': 'Offered choices', 'ask-organisation': 'Asked which organisation',
  'no-answer': 'No answer', 'personal-data': 'Carried personal data (removed)', urgent: 'Urgent (emergency card shown)',
};

/** True when the user is listed in config.guidanceOwners by AAD object id or Teams user id. */
export function isGuidanceOwner(config: Pick<Config, 'guidanceOwners'>, input: Pick<TurnInput, 'userId' | 'aadObjectId'>): boolean {
  const owners = config.guidanceOwners.map((o) => o.toLowerCase());
  return owners.includes(input.userId.toLowerCase()) || (!!input.aadObjectId && owners.includes(input.aadObjectId.toLowerCase()));
}

/** The card view for a report. */
export function insightsView(report: InsightsReport): Record<string, unknown> {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  // Personal data is a flag on any outcome, not an outcome: counted as the CSV counts it.
  const outcomes = Object.entries(report.byOutcome).filter(([k]) => k !== 'personal-data')
    .map(([k, n]) => ({ label: OUTCOME_LABELS[k] ?? k, count: String(n) }))
    .concat({ label: OUTCOME_LABELS['personal-data'], count: String(report.personalData) });
  const unanswered = report.topUnanswered.map((q) => ({ line: `${q.count} \u00d7 ${q.question}` }));
  const unhelpful = report.mostUnhelpful.map((e) => ({ line: `${e.title}: ${e.unhelpful} not helpful, ${e.helpful} helpful` }));
  return {
    speak: `Insights from ${day(report.since)} to ${day(report.until)}: ${report.total} questions, ${report.byOutcome['no-answer']} without an answer.`,
    title: 'Practice Guide insights',
    period: `${day(report.since)} to ${day(report.until)} (UTC): ${report.total} questions from ${report.people} people`,
    outcomes,
    unanswered,
    noUnanswered: unanswered.length === 0,
    unhelpful,
    noUnhelpful: unhelpful.length === 0,
    footnote: 'People are counted by a scrambled id; nobody\u2019s name is kept. From the Practice Guide team, not from the guidance.',
  };
}

/** Runs `insights [7d|30d|…]`. */
export async function runInsights(deps: Deps, input: TurnInput, args: string): Promise<TurnOutput> {
  if (input.scope !== 'personal') return { messages: [{ text: 'Insights are only shown in a personal chat with me. Open a chat with the Practice Guide and type insights there.' }] };
  if (!isGuidanceOwner(deps.config, input)) {
    return { messages: [{ text: 'Sorry, insights are only for the guidance owners your organisation has named. If you think you should see them, ask whoever runs the Practice Guide for you.' }] };
  }
  const periodMs = parseSince(args || DEFAULT_PERIOD);
  if (!periodMs || periodMs > MAX_PERIOD_DAYS * 24 * 60 * 60 * 1000) {
    return { messages: [{ text: 'Try **insights** for the last 7 days, or a period such as **insights 30d**.' }] };
  }
  const { report, records } = await insightsReport(deps, periodMs);
  const card = renderCard('insights', insightsView(report));
  const csv = toCsv(records);
  const token = randomBytes(12).toString('hex');
  const user = deps.hash(input.userId);
  await deps.storage.write({ [`${EXPORT_PREFIX}${token}`]: { csv, user, expiresAt: deps.now() + EXPORT_TTL_MS } satisfies ExportRecord });
  const name = `practice-guide-insights-${new Date(report.since).toISOString().slice(0, 10)}-to-${new Date(report.until).toISOString().slice(0, 10)}.csv`;
  deps.logger.info({ code: 'insights_shown', user, total: report.total }, 'insights shown');
  return {
    messages: [
      { card },
      { fileConsent: { name, description: 'Practice Guide insights (CSV, names and details removed)', sizeInBytes: Buffer.byteLength(csv, 'utf8'), context: { action: 'insightsCsv', token } } },
    ],
  };
}
