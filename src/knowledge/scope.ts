/**
 * How far a question leans out of the guide's scope, learned rather than listed: a naive-Bayes table of the words
 * and word pairs of questions staff asked, in scope (the entries' own questions and the labelled sets' answerable
 * ones) against next door to it (out-of-scope questions written blind by several people: timescales, pay, forms,
 * procedures, post-holders). A hand list catches the words one writer used; the table weighs every word by how
 * often out-of-scope questions use it, so "mileage", "deadline" and "how many days" count without being listed.
 *
 * A word the best passage itself uses does not count: a guide that states a visiting frequency answers "how often",
 * so imported guidance is not declined for words this table learned from our five documents' neighbours.
 *
 * @example
 *   const table = learnScope(inScopeQuestions, outOfScopeQuestions);
 *   scopeLean(table, 'how much mileage can i claim', passageTerms); // near 1: leans out of scope
 */
import { readFileSync } from 'node:fs';
import { statesRequestedDetail } from './intent.js';
import { analyse } from './tokenize.js';
import { learnLogOdds, withPairs, type LogOddsTable } from '../util/log-odds.js';

/** Word or word pair → log-odds of out of scope against in scope (positive: leans out). */
export type ScopeTable = LogOddsTable;

/** A word seen in fewer questions than this (both classes together) carries no weight. */
const MIN_QUESTIONS = 2;
/** Log-odds sum at which the lean is about three quarters (the sum's scale in the model's 0..1 terms). */
const LEAN_SCALE = 4;

/** The terms (stemmed words and adjacent pairs) a question is read as. */
export function scopeTerms(question: string): string[] {
  return scopeTermsOf(analyse(question).map((x) => x.term));
}

/** The same from a question's terms already analysed (stop words included, in order). */
export function scopeTermsOf(terms: readonly string[]): string[] {
  return withPairs(terms.filter((x) => x.length > 1 && !/^\d+$/.test(x)));
}

/** Learns the table from questions in scope and out of it (each class weighed as equally likely). */
export function learnScope(inScope: readonly string[], outOfScope: readonly string[]): ScopeTable {
  return learnLogOdds(outOfScope.map(scopeTerms), inScope.map(scopeTerms), { minCount: MIN_QUESTIONS });
}

/** The terms a passage uses (its title and quote), which never count towards its question's lean. */
export function passageTerms(title: string, quote: string): Set<string> {
  return new Set(analyse(`${title}\n${quote}`).filter((t) => !t.stop).map((t) => t.term));
}

/** 0..1: how far the question leans out of scope, counting only words the best passage does not itself use. */
export function scopeLean(table: ScopeTable, question: string | readonly string[], passageTerms: ReadonlySet<string>): number {
  let sum = 0;
  for (const w of typeof question === 'string' ? scopeTerms(question) : scopeTermsOf(question)) {
    // A term holds no '_' (tokenize.ts keeps letters, digits, '&' and '-'), so a pair 'a_b' has exactly one.
    const cut = w.indexOf('_');
    if (cut < 0 ? passageTerms.has(w) : passageTerms.has(w.slice(0, cut)) && passageTerms.has(w.slice(cut + 1))) continue;
    if (Object.hasOwn(table, w)) sum += table[w]; // not `table[w] ?? 0`: "constructor" would find Object.prototype's
  }
  return 1 / (1 + Math.exp(-sum / LEAN_SCALE));
}

/** The lean of a question against the passage that would answer it. A passage stating the very detail asked for
 * ("at least once a month" for "how often") leans neither way: the detail gate (intent.ts) has already found it in
 * scope, and words like "often" lean out only because our own documents state no frequencies. */
export function passageLean(table: ScopeTable, question: string, passage: { title: string; quote: string }, known: Known = {}): number {
  if (statesRequestedDetail(question, `${passage.title}\n${passage.quote}`)) return 0.5;
  return scopeLean(table, known.questionTerms ?? question, known.passageTerms ?? passageTerms(passage.title, passage.quote));
}

/** What the engine has already analysed, passed in so a question is not analysed twice. */
export interface Known { questionTerms?: readonly string[]; passageTerms?: ReadonlySet<string> }

/** The committed table (empty when the file is missing: every question leans neither way). */
export function loadScope(): ScopeTable {
  try {
    return JSON.parse(readFileSync(new URL('./scope.json', import.meta.url), 'utf8')) as ScopeTable;
  } catch {
    return {};
  }
}
