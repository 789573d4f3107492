/**
 * The leaders of a ranking, re-ordered by what the question asks for: a page's own facts step back for questions
 * not about the page, the very word typed beats a stem merge, and near-ties are settled by intent (intent.ts).
 * Each step changes ranks in place and re-sorts the first RERANK_DEPTH entries.
 */
import { RERANK_DEPTH } from './confidence.js';
import { entryHas, type IndexCore } from './index-core.js';
import { askedItems, asksAboutDocument, itemsOf, LIST_KINDS, namingTerms } from './intent.js';
import { FUZZY_WEIGHT, type AnalysedQuery } from './query.js';
import { analyse, terms, type Token } from './tokenize.js';
import type { Entry } from './types.js';

/** Leaders within this share of the best are near-ties, settled by what the question asks for (breakTies). */
export const NEAR_TIE = 0.85;
/** A list question lifts a list entry that ranks within this share of the best (the list's own words are
 * spread over its items, so it often trails the item sharing the most words). */
export const LIST_TIE = 0.7;
/** A list whose title starts with the things a list question asks for ("the aims…") is lifted from this share of
 * the best: the title's head is strong evidence, and the other list often shares many of the question's words. */
export const LIST_HEAD_TIE = 0.5;
/** A page-facts entry keeps this share of its rank for a question that is not about the page (its title words,
 * "statement of purpose", "practice principles", are every question's words). */
export const PAGE_FACTS_FACTOR = 0.6;
/** Rank bonus for a leader using the very word typed where the stem also matches other words (exactWords). */
export const EXACT_WORD_BONUS = 1.08;
/** The same for a word typed in capitals (an acronym or a name: "ASPIRE", "SMART"). */
export const CAPITALS_BONUS = 1.3;

/** Re-sorts the first RERANK_DEPTH entries of `ranked` by `rank` (ties by entry order), after ranks changed. */
export function resortLeaders(ranked: number[], rank: Float64Array): void {
  const lead = ranked.slice(0, RERANK_DEPTH).sort((a, b) => rank[b] - rank[a] || a - b);
  ranked.splice(0, lead.length, ...lead);
}

/** A page's own facts (its title, date, publisher) answer questions about the page, not about its guidance. */
export function demotePageFacts(ix: IndexCore, question: string, ranked: number[], rank: Float64Array): void {
  if (asksAboutDocument(question)) return;
  let moved = false;
  for (const d of ranked.slice(0, RERANK_DEPTH)) if (ix.entries[d].kind === 'document-fact') { rank[d] *= PAGE_FACTS_FACTOR; moved = true; }
  if (moved) resortLeaders(ranked, rank);
}

/**
 * Among the leaders, prefers passages using the very word typed where the stemmer merged two words: "ASPIRE" is
 * Bracknell's priorities, "aspiration" a Southwark principle. A word typed in capitals names something (an
 * acronym, a model), so it counts more.
 */
export function exactWords(ix: IndexCore, question: string, ranked: number[], rank: Float64Array, tokens: readonly Token[] = analyse(question)): void {
  const lead = ranked.slice(0, RERANK_DEPTH);
  let changed = false;
  for (const tok of tokens) {
    if (tok.stop) continue;
    const exact = ix.surfaceDocs.get(tok.surface);
    if (!exact) continue;
    const merged = lead.filter((d) => !exact.has(d) && entryHas(ix, tok.term, d));
    if (merged.length === 0) continue;
    const bonus = new RegExp(`\\b${tok.surface.toUpperCase()}\\b`).test(question) && tok.surface.length >= 3 ? CAPITALS_BONUS : EXACT_WORD_BONUS;
    for (const d of lead) if (exact.has(d)) { rank[d] *= bonus; changed = true; }
  }
  if (changed) resortLeaders(ranked, rank);
}

/** namingTerms, computed once per (item, list) pair of an index. */
function naming(ix: IndexCore, item: Entry, list: Entry): Set<string> {
  const key = `${list.id}\u0000${item.id}`;
  let out = ix.naming.get(key);
  if (!out) { out = namingTerms(item, list, ix.kb.entryById, terms); ix.naming.set(key, out); }
  return out;
}

/** The first term of each entry's title, analysed once (it was a tenth of some searches). */
const titleHeads = new WeakMap<Entry, string | undefined>();
function titleHead(e: Entry): string | undefined {
  if (!titleHeads.has(e)) titleHeads.set(e, terms(e.title)[0]);
  return titleHeads.get(e);
}

/** Moves entry `d` to the top of the ranking, just above the current leader. */
function promote(ranked: number[], rank: Float64Array, d: number): void {
  const at = ranked.indexOf(d);
  if (at <= 0) return;
  rank[d] = rank[ranked[0]] * (1 + 1e-6);
  ranked.splice(at, 1);
  ranked.unshift(d);
}

/**
 * Breaks near-ties by what the question asks for (see intent.ts): a list question gets the list, a question
 * naming one item gets the item, a question about the page gets the document's facts, any other gets the
 * guidance rather than the page facts.
 */
export function breakTies(ix: IndexCore, q: AnalysedQuery, question: string, ranked: number[], rank: Float64Array): void {
  if (ranked.length < 2) return;
  const byId = ix.kb.entryById;
  const near = ranked.slice(0, 4).filter((d) => rank[d] >= NEAR_TIE * rank[ranked[0]]);
  // Words naming the organisation name no item: "Bracknell Forest's vision" is not named by "in bracknell forest".
  const orgTerms = new Set(q.orgs.flatMap((id) => [...(ix.orgNameTerms.get(id) ?? [])]));
  const typed = new Set(q.groups.flatMap((g) => g.terms.filter((t) => t.weight >= FUZZY_WEIGHT && !orgTerms.has(t.term)).map((t) => t.term)));
  const list = q.listQuestion;
  const lead = ix.entries[ranked[0]];
  // A question naming one item gets the item, even when it asks for a list ("list everything the reflective
  // principle covers" lists that principle's own points); naming several, or none, with a list word gets the list.
  const isNamed = (item: Entry, l: Entry): boolean => [...naming(ix, item, l)].some((t) => typed.has(t));
  const namesOnly = (item: Entry, l: Entry): boolean => isNamed(item, l) && itemsOf(l, byId).filter((i) => isNamed(i, l)).length === 1;
  for (const d of near.slice(1)) {
    const e = ix.entries[d];
    if (itemsOf(e, byId).some((c) => c.id === lead.id)) {
      // The leader is an item of a near-tied list: the list answers unless the question names this item.
      if (!isNamed(lead, e) || (list && !namesOnly(lead, e))) promote(ranked, rank, d);
      break;
    }
    if (itemsOf(lead, byId).some((c) => c.id === e.id)) {
      if (isNamed(e, lead) && (!list || namesOnly(e, lead))) promote(ranked, rank, d);
      break;
    }
  }
  // The one item a list-leading question names is offered even from further down (its words are the list's too).
  const leader = ix.entries[ranked[0]];
  const only = itemsOf(leader, byId).find((i) => namesOnly(i, leader));
  const at = only ? ranked.slice(1, RERANK_DEPTH).find((d) => ix.entries[d].id === only.id && rank[d] >= LIST_TIE * rank[ranked[0]]) : undefined;
  if (at !== undefined) { promote(ranked, rank, at); return; }
  // Of two near lists, the one whose title starts with the things asked for: "list the aims" is "The aims of the
  // service", not "Standards and regulations … aims to meet".
  const asked = list ? askedItems(question) : undefined;
  if (asked && LIST_KINDS.has(ix.entries[ranked[0]].kind)) {
    const head = terms(asked)[0];
    const startsWith = (d: number): boolean => titleHead(ix.entries[d]) === head;
    const l = startsWith(ranked[0]) ? undefined : ranked.slice(1, 4).find((d) => LIST_KINDS.has(ix.entries[d].kind) && startsWith(d) && rank[d] >= LIST_HEAD_TIE * rank[ranked[0]]);
    if (l !== undefined) promote(ranked, rank, l);
  }
  if (list && !LIST_KINDS.has(ix.entries[ranked[0]].kind)) {
    const l = ranked.slice(1, 4).find((d) => LIST_KINDS.has(ix.entries[d].kind) && rank[d] >= LIST_TIE * rank[ranked[0]]);
    if (l !== undefined && !namesOnly(ix.entries[ranked[0]], ix.entries[l])) promote(ranked, rank, l);
  }
  const top = ix.entries[ranked[0]];
  const aboutPage = asksAboutDocument(question);
  if (top.kind === 'document-fact' && !aboutPage) {
    const other = ranked.slice(1, 3).find((d) => ix.entries[d].kind !== 'document-fact' && rank[d] >= NEAR_TIE * rank[ranked[0]]);
    if (other !== undefined) promote(ranked, rank, other);
  } else if (top.kind !== 'document-fact' && aboutPage) {
    const fact = ranked.slice(1, 3).find((d) => ix.entries[d].kind === 'document-fact' && rank[d] >= NEAR_TIE * rank[ranked[0]]);
    if (fact !== undefined) promote(ranked, rank, fact);
  }
}

