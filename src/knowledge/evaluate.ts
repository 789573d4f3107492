/** Scores a question file (the format of ../shared/eval) against an index: top-1, top-3, no-answer share. */
import { answerText, search, type SearchIndex } from './engine.js';
import type { SearchContext, SearchResult } from './types.js';

/** One item of a question file. */
export interface EvalItem {
  id: string;
  question: string;
  kind: 'answerable' | 'out_of_scope' | 'urgent' | 'smalltalk' | 'personal_data' | string;
  source?: string;
  expect_any?: string[];
  topic?: string;
}

/** The result for one item. */
export interface ItemResult {
  item: EvalItem;
  result: SearchResult;
  /** For scored items: rank (1-based) of the first right hit within the top 3, or 0. */
  rank: number;
}

/** Figures over a question file. */
export interface EvalReport {
  scored: ItemResult[];
  outOfScope: ItemResult[];
  other: ItemResult[];
  top1: number;
  top3: number;
  noAnswerShare: number;
}

/** The eval README's normalisation: lower case, runs of white space folded. */
export const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** True when the item is scored like an answerable question (answerable, or personal data with phrases). */
export function isScored(item: EvalItem): boolean {
  return (item.kind === 'answerable' || item.kind === 'personal_data') && (item.expect_any?.length ?? 0) > 0;
}

/** Rank (1..3) of the first of the top three hits whose answer text holds an expected phrase; 0 when none. */
export function rightRank(result: SearchResult, expectAny: string[]): number {
  if (result.outcome === 'no-answer') return 0;
  const phrases = expectAny.map(norm);
  const i = result.hits.slice(0, 3).findIndex((h) => phrases.some((p) => norm(answerText(h.entry)).includes(p)));
  return i + 1;
}

/** Runs every item through search and computes the figures. */
export function evaluate(index: SearchIndex, items: EvalItem[], context: SearchContext = {}): EvalReport {
  const scored: ItemResult[] = [];
  const outOfScope: ItemResult[] = [];
  const other: ItemResult[] = [];
  for (const item of items) {
    const result = search(index, item.question, context);
    if (isScored(item)) scored.push({ item, result, rank: rightRank(result, item.expect_any ?? []) });
    else if (item.kind === 'out_of_scope') outOfScope.push({ item, result, rank: result.outcome === 'no-answer' ? 1 : 0 });
    else other.push({ item, result, rank: 0 });
  }
  const share = (xs: ItemResult[], ok: (r: ItemResult) => boolean): number => (xs.length ? xs.filter(ok).length / xs.length : 1);
  return {
    scored, outOfScope, other,
    top1: share(scored, (r) => r.rank === 1),
    top3: share(scored, (r) => r.rank >= 1),
    noAnswerShare: share(outOfScope, (r) => r.result.outcome === 'no-answer'),
  };
}
