/**
 * The calm lean: how far a message's wording leans towards "not urgent", learned rather than listed. Pure.
 * The calming lists (calming.ts, idioms.ts) name the resolved, managed, historic and idiomatic framing earlier
 * writers used; each new writer says it differently ("the strategy meeting has happened", "safety plan's in
 * place", "I could murder a coffee"). This is a naive-Bayes table of the words and word pairs of labelled
 * messages that hold harm evidence, urgent against not urgent, written blind by many writers: every word is
 * weighed by how often the calm ones use it, so a new writer's framing counts without being listed.
 *
 * Only messages with harm evidence teach it (a message with none is not urgent anyway, assess.ts), so it learns
 * what tells a live emergency from a calm message about the same harms: the framing, not the harm words. It
 * reaches the verdict in two ways (assess.ts): as one feature of the learned model, and as a gate that calms the
 * model and the lexicon rules when it is strong, but never a writer in crisis, an injured baby or harm reported
 * as happening now.
 *
 *   const table = learnLean(urgentTokenLists, calmTokenLists);
 *   calmLean(table, ruleEvidence(text).tokens) > 0 // leans calm
 */

import { learnLogOdds, withPairs, type LogOddsTable } from '../../util/log-odds.js';

/** Word or word pair → log-odds of calm against urgent (positive: leans calm). */
export type LeanTable = LogOddsTable;

/** A term seen in fewer messages than this (both classes together) carries no weight: one writer's one message is noise. */
const MIN_MESSAGES = 3;
/** Terms leaning less than this either way are left out of the table (they add nothing but size). */
const MIN_WEIGHT = 0.05;

const fold = (t: string): string => (/^\d/.test(t) ? '#' : t);

/** The terms a message is read as: its stemmed words and adjacent pairs, each once. */
export function leanTerms(tokens: readonly string[]): string[] {
  return withPairs(tokens.map(fold));
}

/** Learns the table from the token lists of urgent and calm messages (each class weighed as equally likely). */
export function learnLean(urgent: readonly (readonly string[])[], calm: readonly (readonly string[])[]): LeanTable {
  return learnLogOdds(calm.map(leanTerms), urgent.map(leanTerms), { minCount: MIN_MESSAGES, minWeight: MIN_WEIGHT });
}

/** The summed log-odds of a message's terms (those `keep` accepts): `calmLean(table, tokens)`; above 0 leans calm,
 * below 0 leans urgent. */
export function calmLean(table: Readonly<LeanTable>, tokens: readonly string[], keep: (term: string) => boolean = () => true): number {
  let sum = 0;
  for (const w of leanTerms(tokens)) if (keep(w) && Object.hasOwn(table, w)) sum += table[w];
  return sum;
}
