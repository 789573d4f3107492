/**
 * Scores a question file (the format of ../shared/eval) against an index, counting what a user gets.
 * The headline is strict: a clear answer whose quote holds an expected phrase. A "did you mean" list, a
 * "which organisation?" card, or a right passage at rank 2 is reported beside it, never inside it.
 *
 * @example
 *   const report = evaluate(index, items);
 *   report.strict; // share of answerable items given a clear, right answer
 */
import { createHash } from 'node:crypto';
import { search, type SearchIndex } from './engine.js';
import type { Entry, Hit, SearchContext, SearchOutcome, SearchResult } from './types.js';

/** One item of a question file. */
export interface EvalItem {
  id: string;
  question: string;
  kind: 'answerable' | 'out_of_scope' | 'urgent' | 'smalltalk' | 'personal_data' | string;
  source?: string;
  expect_any?: string[];
  topic?: string;
  /** The organisation the asker belongs to: the answer to "which organisation?", as the user would give it. */
  org?: string;
}

/** The result for one item: what the user finally sees, after answering "which organisation?" if asked. */
export interface ItemResult {
  item: EvalItem;
  result: SearchResult;
  /** The first search's outcome (ask-organisation when the user was asked). */
  firstOutcome: SearchOutcome;
  /** Final outcome is a clear answer and its quote holds an expected phrase (answerable items only). */
  strict: boolean;
  /** Rank (1..3) of the first right passage among the hits shown, or the nearest ones for a no-answer; 0 when none. */
  rank: number;
}

/** Figures over a question file. All shares are 0..1; each comes with the items it counts. */
export interface EvalReport {
  scored: ItemResult[];
  outOfScope: ItemResult[];
  other: ItemResult[];
  /** Items named and skipped (no question text). */
  skipped: string[];
  /** Headline: answerable items given a clear answer quoting an expected phrase. */
  strict: number;
  /** Right passage first, whatever the outcome. */
  top1: number;
  /** Right passage in the first three, whatever the outcome. */
  top3: number;
  /** Of the clear answers given (answerable and out-of-scope), how many were right. */
  precision: number;
  /** Out-of-scope questions given the honest no-answer. */
  noAnswerShare: number;
  /** Out-of-scope questions given no clear answer (no-answer or a hedge). */
  abstainShare: number;
  /** Final outcomes on answerable items. */
  outcomes: Record<SearchOutcome, number>;
}

/** The eval README's normalisation: lower case, runs of white space folded. */
export const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** True when the item is scored like an answerable question (answerable, or personal data with phrases). */
export function isScored(item: EvalItem): boolean {
  return (item.kind === 'answerable' || item.kind === 'personal_data') && (item.expect_any?.length ?? 0) > 0;
}

/** True when what the card's answer-quote shows (the list's lead-in, when the entry has one, and the verbatim quote) holds an expected phrase. */
export function quotes(hit: Hit | undefined, expectAny: string[]): boolean {
  return hit !== undefined && entryQuotes(hit.entry, expectAny);
}

function entryQuotes(entry: Entry, expectAny: string[]): boolean {
  const text = norm([entry.leadIn ?? '', entry.quote].join('\n'));
  return expectAny.some((p) => text.includes(norm(p)));
}

/** True when a clear answer's card quotes an expected phrase: its best passage or a companion quoted beside it. */
export function answerQuotes(best: Hit | undefined, companions: readonly Entry[] | undefined, expectAny: string[]): boolean {
  return quotes(best, expectAny) || (companions ?? []).some((e) => entryQuotes(e, expectAny));
}

/** Rank (1..3) of the first right passage among the shown hits (or the nearest, for a no-answer); 0 when none. */
export function rightRank(result: SearchResult, expectAny: string[]): number {
  const hits = result.hits.length ? result.hits : result.nearest ?? [];
  return hits.slice(0, 3).findIndex((h) => quotes(h, expectAny)) + 1;
}

/** Which half of a frozen held-out set an item belongs to: fixed by its id, so the halves never move. */
export function splitOf(id: string): 'tune' | 'report' {
  return createHash('sha256').update(id).digest()[0] % 2 === 0 ? 'tune' : 'report';
}

/** The asker's organisation: the item's `org`, else the owner of the document that answers it (its `source` seed
 * file); an out-of-scope item without either picks the first option offered. */
function userOrganisation(index: SearchIndex, item: EvalItem): string | undefined {
  if (item.org && index.kb.organisationById.has(item.org)) return item.org;
  return index.kb.sources.find((s) => s.seedFile === item.source)?.organisation;
}

/** Searches as the bot does for a new user: when asked "which organisation?", answers with the item's org (the
 * context the answer was found in is returned too). */
export function askAsUser(index: SearchIndex, item: EvalItem, context: SearchContext = {}): { result: SearchResult; firstOutcome: SearchOutcome; context: SearchContext } {
  const first = search(index, item.question, context);
  if (first.outcome !== 'ask-organisation') return { result: first, firstOutcome: first.outcome, context };
  const org = userOrganisation(index, item) ?? first.hits[0]?.entry.organisation;
  if (!org) return { result: first, firstOutcome: first.outcome, context };
  const chosen = { ...context, organisation: org, chosen: true };
  return { result: search(index, item.question, chosen), firstOutcome: first.outcome, context: chosen };
}

const share = (xs: ItemResult[], ok: (r: ItemResult) => boolean): number => (xs.length ? xs.filter(ok).length / xs.length : 1);

/** Runs every item through search as a user would and computes the figures. */
export function evaluate(index: SearchIndex, items: EvalItem[], context: SearchContext = {}): EvalReport {
  const scored: ItemResult[] = [];
  const outOfScope: ItemResult[] = [];
  const other: ItemResult[] = [];
  const skipped: string[] = [];
  for (const item of items) {
    if (typeof item?.question !== 'string' || !item.question.trim()) { skipped.push(String(item?.id ?? '(no id)')); continue; }
    const { result, firstOutcome } = askAsUser(index, item, context);
    const expect = item.expect_any ?? [];
    const entry: ItemResult = { item, result, firstOutcome, strict: false, rank: 0 };
    if (isScored(item)) {
      entry.rank = rightRank(result, expect);
      entry.strict = result.outcome === 'answer' && answerQuotes(result.hits[0], result.companions, expect);
      scored.push(entry);
    } else if (item.kind === 'out_of_scope') outOfScope.push(entry);
    else other.push(entry);
  }
  const outcomes: Record<SearchOutcome, number> = { answer: 0, 'did-you-mean': 0, 'ask-organisation': 0, 'no-answer': 0 };
  for (const r of scored) outcomes[r.result.outcome]++;
  const answered = [...scored, ...outOfScope].filter((r) => r.result.outcome === 'answer');
  return {
    scored, outOfScope, other, skipped, outcomes,
    strict: share(scored, (r) => r.strict),
    top1: share(scored, (r) => r.rank === 1),
    top3: share(scored, (r) => r.rank >= 1),
    precision: share(answered, (r) => r.strict),
    noAnswerShare: share(outOfScope, (r) => r.result.outcome === 'no-answer'),
    abstainShare: share(outOfScope, (r) => r.result.outcome !== 'answer'),
  };
}
