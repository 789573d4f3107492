/**
 * The matching engine: `buildIndex(kb)` once, then `search(index, question, context)` per question.
 * Pure: no I/O after the index is built (the thesaurus file is read at build time).
 *
 * @example
 *   const index = buildIndex(kb);
 *   const { outcome, hits } = search(index, 'why did kent pick SoS?', {});
 */
import { buildIndexCore, type IndexCore, type IndexOptions } from './index-core.js';
import { analyseQuery, type AnalysedQuery } from './query.js';
import { lacksAskedCount, lacksRequestedDetail, LIST_KINDS, sameFamily } from './intent.js';
import { companionsOf } from './companions.js';
import { breakTies, demotePageFacts, exactWords, resortLeaders } from './leaders.js';
import { decide, probability } from './calibration.js';
import { featuresOf } from './features.js';
import { chooseLeader, leaderVector, LEADER_DEPTH, type Candidate } from './leader-model.js';
import {
  confidenceOf, qualityOf, CONTEXT_OTHER_ORG_FACTOR, NAMED_OTHER_ORG_FACTOR, RERANK_DEPTH,
} from './confidence.js';
import { EXPANSION_WEIGHT } from './thesaurus.js';
import { cuedSources, phraseFactor, PHRASE_TIE_COVERAGE, SOURCE_CUE_OTHER_FACTOR } from './rerank.js';
import type { Entry, Hit, KnowledgeBase, SearchContext, SearchOutcome, SearchResult } from './types.js';

export type { IndexOptions } from './index-core.js';
/** The built index; treat as opaque. */
export type SearchIndex = IndexCore;

/** Most hits returned (the contract in types.ts). */
export const MAX_HITS = 10;
/** How many candidates a "did you mean" offers (the card shows this many). */
export const HEDGE_CANDIDATES = 3;
/** In an "any" group, each further alternative matched adds this share of its score (the best counts fully). */
export const SECONDARY_SHARE = 0.3;
/** Ranking multiplies the score by (this + coverage): 1 lets coverage at most double a score, enough to
 * separate near-ties without letting a weak passage that touches many words beat a strong specific one. */
export const COVERAGE_RANK_BASE = 1;
/** Coverage credited when a group is matched only through a thesaurus expansion, not the word typed. */
export const EXPANSION_COVERAGE = 0.85;
/** A "how many / how often / how long" question needs a number in its answer, or a list to count. */
/** "our …" asks which organisation only when another organisation's passage scores at least this share of the
 * best: "our golden threads" has one clear owner (Southwark), "our vision" has four. */
export const OTHER_ORG_CLOSE_RATIO = 0.6;
/** Any other question asks which organisation (for a user with none set) when another organisation's passage ranks
 * within this share of the best: close enough that the answer could be either's. */
export const ORG_ASK_RATIO = 0.8;
/** A runner-up within this share of the best, and a different answer, is worth offering beside an unsure best. */
export const HEDGE_RATIO = 0.75;
/** A question of at least this many meaningful parts is not answered by a passage that meets only one of them
 * ("what's the timescale for a single assessment" is not answered by a passage saying "assessment"). */
export const ONE_WORD_MIN_GROUPS = 3;
/** Topics whose answer depends on the organisation ("our principles"); stems. */
const ORG_SPECIFIC_TOPICS = new Set(['principl', 'vision', 'mission', 'prioriti', 'valu', 'aim', 'goal', 'purpos', 'model', 'outcom', 'ethos', 'golden', 'thread']);

/** Builds the search index from a loaded knowledge base. */
export function buildIndex(kb: KnowledgeBase, options?: IndexOptions): SearchIndex {
  return buildIndexCore(kb, options);
}

/** The text a user sees for an entry (and the eval scores): title, newline, verbatim quote. */
export function answerText(entry: Entry): string {
  return `${entry.title}\n${entry.quote}`;
}

interface Scored { scores: Float64Array; coverage: Float64Array; totalImportance: number }

/** Per-group work arrays of each index, kept between questions (each group leaves them all zero again): three
 * fewer arrays the size of the knowledge base allocated and collected per question. */
const groupScratch = new WeakMap<SearchIndex, { gMax: Float64Array; gSum: Float64Array; gCov: Float64Array }>();

function scratchOf(ix: SearchIndex): { gMax: Float64Array; gSum: Float64Array; gCov: Float64Array } {
  let s = groupScratch.get(ix);
  if (!s) {
    const n = ix.entries.length;
    s = { gMax: new Float64Array(n), gSum: new Float64Array(n), gCov: new Float64Array(n) };
    groupScratch.set(ix, s);
  }
  return s;
}

function score(ix: SearchIndex, q: AnalysedQuery): Scored {
  const n = ix.entries.length;
  const scores = new Float64Array(n);
  const coverage = new Float64Array(n);
  const { gMax, gSum, gCov } = scratchOf(ix);
  let totalImportance = 0;
  for (const g of q.groups) {
    totalImportance += g.importance;
    if (g.terms.length === 0) continue;
    const touched: number[] = [];
    for (const { term, weight } of g.terms) {
      const p = ix.bm25.postings.get(term);
      if (!p) continue;
      const cov = g.mode === 'all' ? 1 / g.terms.length : weight >= 1 ? 1 : weight >= EXPANSION_WEIGHT ? EXPANSION_COVERAGE : weight;
      for (let i = 0; i < p.docs.length; i++) {
        const d = p.docs[i];
        const v = weight * p.scores[i];
        if (gSum[d] === 0 && gCov[d] === 0) touched.push(d);
        gSum[d] += v;
        if (v > gMax[d]) gMax[d] = v;
        gCov[d] = g.mode === 'all' ? gCov[d] + cov : Math.max(gCov[d], cov);
      }
    }
    for (const d of touched) {
      const s = g.mode === 'all' ? gSum[d] : gMax[d] + SECONDARY_SHARE * (gSum[d] - gMax[d]);
      scores[d] += s;
      coverage[d] += g.importance * Math.min(1, gCov[d]);
      gMax[d] = 0; gSum[d] = 0; gCov[d] = 0;
    }
  }
  if (totalImportance > 0) for (let d = 0; d < n; d++) coverage[d] /= totalImportance;
  return { scores, coverage, totalImportance };
}

/** Source → the organisations of its entries, per index (a cued document's owners were found by reading every entry). */
const sourceOrgs = new WeakMap<SearchIndex, Map<string, Set<string>>>();

function orgsOfSources(ix: SearchIndex): Map<string, Set<string>> {
  let m = sourceOrgs.get(ix);
  if (!m) {
    m = new Map();
    for (const e of ix.entries) (m.get(e.source) ?? m.set(e.source, new Set()).get(e.source)!).add(e.organisation);
    sourceOrgs.set(ix, m);
  }
  return m;
}

/** Each entry's (organisation, source) pair and the first entry of each pair, per index: an entry's organisation
 * factor depends on nothing else, so it is worked out once a pair, not once an entry. */
const pairTables = new WeakMap<SearchIndex, { pairOf: Int32Array; firsts: number[] }>();

function pairsOf(ix: SearchIndex): { pairOf: Int32Array; firsts: number[] } {
  let t = pairTables.get(ix);
  if (!t) {
    const ids = new Map<string, number>();
    t = { pairOf: new Int32Array(ix.entries.length), firsts: [] };
    for (let d = 0; d < ix.entries.length; d++) {
      const key = `${ix.orgOf[d]}\u0000${ix.rerank.sourceOf[d]}`;
      let id = ids.get(key);
      if (id === undefined) { id = t.firsts.length; ids.set(key, id); t.firsts.push(d); }
      t.pairOf[d] = id;
    }
    pairTables.set(ix, t);
  }
  return t;
}

function orgFactors(ix: SearchIndex, q: AnalysedQuery, context: SearchContext): (d: number) => number {
  const { pairOf, firsts } = pairsOf(ix);
  const byPair = firsts.map(entryFactors(ix, q, context));
  return (d) => byPair[pairOf[d]];
}

/** The organisation factor of an entry, from its organisation and its source alone. */
function entryFactors(ix: SearchIndex, q: AnalysedQuery, context: SearchContext): (d: number) => number {
  const byOrg = ((): (d: number) => number => {
    if (q.orgs.length > 0) return (d) => (q.orgs.includes(ix.orgOf[d]) ? 1 : NAMED_OTHER_ORG_FACTOR);
    const own = context.organisation;
    if (own && context.chosen && ix.kb.organisationById.has(own)) return (d) => (ix.orgOf[d] === own ? 1 : NAMED_OTHER_ORG_FACTOR);
    if (own && ix.kb.organisationById.has(own)) return (d) => (ix.orgOf[d] === own ? 1 : CONTEXT_OTHER_ORG_FACTOR);
    return () => 1;
  })();
  // A document named by its subject ("fostering", "SoP") is preferred over the same council's other pages.
  const cued = cuedSources(ix.rerank, q.groups.flatMap((g) => g.terms.filter((t) => t.weight >= 1).map((t) => t.term)));
  if (cued.size === 0) return byOrg;
  const cuedOrgs = new Set([...cued].flatMap((source) => [...(orgsOfSources(ix).get(source) ?? [])]));
  return (d) => byOrg(d) * (cuedOrgs.has(ix.orgOf[d]) && !cued.has(ix.rerank.sourceOf[d]) ? SOURCE_CUE_OTHER_FACTOR : 1);
}

/** A question ranked, before any outcome is decided: what search() decides on, and what the leader model learns from. */
export interface Ranking {
  q: AnalysedQuery;
  /** BM25F score of each entry (organisation factor applied), its coverage of the question, and the question's weight. */
  scores: Float64Array;
  coverage: Float64Array;
  totalImportance: number;
  /** The organisation factor of each entry. */
  factor: (d: number) => number;
  /** Entries with any score, the first RERANK_DEPTH best first (the rest, which no step reads, in entry order), and
   * the rank each is sorted by. */
  ranked: number[];
  rank: Float64Array;
  /** How likely another of the first passages is the better answer (leader-model.ts); 0 without a leader model. */
  leaderDoubt: number;
}

/** Ranks the entries for a question (undefined when nothing matches or it is chat only). */
export function rankQuestion(ix: SearchIndex, question: string, context: SearchContext = {}, q: AnalysedQuery = analyseQuery(ix, question)): Ranking | undefined {
  const { scores, coverage, totalImportance } = score(ix, q);
  const factor = orgFactors(ix, q, context);
  const ranked: number[] = [];
  for (let d = 0; d < scores.length; d++) {
    if (scores[d] <= 0) continue;
    scores[d] *= factor(d);
    ranked.push(d);
  }
  if (ranked.length === 0 || totalImportance <= 0 || q.chatOnly) return undefined;
  // Rank by BM25F score tempered by coverage: of two passages with similar scores, the one that matches
  // more of the question wins (a list that repeats a word loses to the passage about the whole question).
  const rank = new Float64Array(scores.length);
  for (const d of ranked) rank[d] = scores[d] * (COVERAGE_RANK_BASE + coverage[d]);
  sortLeaders(ranked, rank, RERANK_DEPTH);
  // The leaders are re-ordered by the question's phrases found verbatim in their titles and quotes.
  const seq = q.seq;
  if (seq.length >= 2) {
    const lead = ranked.slice(0, RERANK_DEPTH);
    const bestCoverage = Math.max(...lead.map((d) => coverage[d]));
    for (const d of lead) if (coverage[d] >= PHRASE_TIE_COVERAGE * bestCoverage) rank[d] *= phraseFactor(ix.rerank, d, seq);
    resortLeaders(ranked, rank);
  }
  demotePageFacts(ix, question, ranked, rank);
  exactWords(ix, question, ranked, rank, q.tokens);
  breakTies(ix, q, question, ranked, rank);
  const r: Ranking = { q, scores, coverage, totalImportance, factor, ranked, rank, leaderDoubt: 0 };
  if (ix.leaderModel) {
    const choice = chooseLeader(ix.leaderModel, leaderCandidates(ix, r, question));
    r.leaderDoubt = choice.doubt;
    if (choice.best > 0) promote(ranked, rank, choice.best);
  }
  return r;
}

/**
 * Puts the best `k` of `ranked` first, in the order a full sort gives (rank, then entry order), and leaves the rest
 * after them in entry order. Every later step reads and moves only the first RERANK_DEPTH entries, and sorting every
 * entry with a score was a sixth of a search on a large knowledge base.
 */
function sortLeaders(ranked: number[], rank: Float64Array, k: number): void {
  const before = (a: number, b: number): boolean => rank[a] > rank[b] || (rank[a] === rank[b] && a < b);
  const top: number[] = [];
  for (const d of ranked) {
    if (top.length === k && !before(d, top[k - 1])) continue;
    if (top.length === k) top.pop();
    let i = top.length;
    while (i > 0 && before(d, top[i - 1])) i--;
    top.splice(i, 0, d);
  }
  if (top.length === 0) return;
  // The others, packed from the back in their order (an entry comes after the last leader exactly when it is not
  // a leader), then the leaders in front.
  const last = top[top.length - 1];
  let w = ranked.length - 1;
  for (let j = ranked.length - 1; j >= 0; j--) if (before(last, ranked[j])) ranked[w--] = ranked[j];
  for (let i = 0; i < top.length; i++) ranked[i] = top[i];
}

/** The leader and the different answers among the first LEADER_DEPTH passages, each with its signals as if it led (leader-model.ts). */
export function leaderCandidates(ix: SearchIndex, r: Ranking, question: string): Candidate[] {
  const top = r.ranked.slice(0, MAX_HITS);
  const once = { lean: false };
  // A list and its own items, or a page's facts, are settled by what the question asks for (leaders.ts), not here.
  const lead = top.slice(0, LEADER_DEPTH).filter((d, i) => i === 0 || !sameFamily(ix.entries[top[0]], ix.entries[d], ix.kb.entryById));
  return lead.map((d) => {
    const order = [d, ...top.filter((x) => x !== d)];
    const confidence = qualityOf(r.coverage[d], r.scores[d], r.totalImportance) * r.factor(d);
    const f = featuresOf(ix, r.q, question, { best: d, top: order, rank: r.rank, coverage: r.coverage, scores: r.scores, totalImportance: r.totalImportance, confidence }, once);
    return { d, x: leaderVector(f, r.rank[d] / r.rank[top[0]], r.factor(d)) };
  });
}

/** Moves the passage at `at` to the front, level with the old leader (the margin between them is then nil). */
function promote(ranked: number[], rank: Float64Array, at: number): void {
  const [d] = ranked.splice(at, 1);
  rank[d] = rank[ranked[0]];
  ranked.unshift(d);
}

/** Answers a question: ranked hits with confidences and an outcome (answer, did-you-mean, no-answer, ask-organisation). */
export function search(ix: SearchIndex, question: string, context: SearchContext = {}): SearchResult {
  const q = analyseQuery(ix, question);
  const organisation = q.orgs[0];
  const empty = (): SearchResult => ({ outcome: 'no-answer', hits: [], confidence: 0, ...(organisation ? { organisation } : {}) });
  const r = rankQuestion(ix, question, context, q);
  if (!r) return empty();
  const { scores, coverage, totalImportance, factor, ranked, rank, leaderDoubt } = r;
  const pool = ranked.slice(0, RERANK_DEPTH);
  const quality = new Map<number, number>();
  for (const d of pool) quality.set(d, qualityOf(coverage[d], scores[d], totalImportance) * factor(d));
  const top = pool.slice(0, MAX_HITS);
  const hits: Hit[] = top.map((d, i) => ({
    entry: ix.entries[d],
    confidence: confidenceOf(quality.get(d)!, rank[d], i + 1 < pool.length ? rank[pool[i + 1]] : 0, factor(d)),
    coverage: Math.round(coverage[d] * 1000) / 1000,
  }));
  // Confidence never rises down the list: a lower-ranked hit is not presented as surer than a higher one.
  for (let i = 1; i < hits.length; i++) hits[i].confidence = Math.min(hits[i].confidence, hits[i - 1].confidence);
  const best = top[0];
  // An out-of-scope word is answered only by a passage that itself uses it (its title or quote, not the questions
  // written to find it: "sos mapping" in an authored question does not make the model passage describe mapping).
  const inPassage = (t: string): boolean => ix.rerank.titleText[best].includes(` ${t} `) || ix.rerank.quoteText[best].includes(` ${t} `);
  const uncoveredSignal = q.outOfScope.some((phrase) => !phrase.every(inPassage));
  // No stretching: a detail the passage does not state (how often, what age, what timescale, how much) is not
  // answered by it, and neither is a question of several parts that the passage meets in one word only.
  const bestEntry = ix.entries[best];
  const bestIsList = LIST_KINDS.has(bestEntry.kind);
  const bestText = answerText(bestEntry);
  // A page's facts answer "when was it written" even where the page states no date (the card says so).
  const unansweredCount = lacksRequestedDetail(question, bestText, bestIsList, bestEntry.kind === 'document-fact')
    || lacksAskedCount(question, bestText, bestIsList);
  const features = featuresOf(ix, q, question, { best, top, rank, coverage, scores, totalImportance, confidence: hits[0].confidence, leaderDoubt });
  const rival = top.slice(1).find((d) => !sameFamily(ix.entries[best], ix.entries[d], ix.kb.entryById));
  const distinct = rival !== undefined && rank[rival] >= HEDGE_RATIO * rank[best] && !quotesRunnersUp(hits);
  const p = ix.model ? probability(ix.model, features) : undefined;
  let outcome: SearchOutcome;
  // Order: the no-stretching gates, then "which organisation?" (the answer is judged after the choice), then the
  // calibrated model. Without a model (training), every other question counts as answered, for its signals.
  const oneWord = q.groups.length >= ONE_WORD_MIN_GROUPS && Math.round(features.matchedShare * q.groups.length) <= 1;
  // An organisation named whose guidance does not hold the answer: another's passage is no answer for it.
  const otherOrg = q.orgs.length > 0 && !q.orgs.includes(ix.orgOf[best]);
  if (uncoveredSignal || unansweredCount || oneWord || otherOrg) outcome = 'no-answer';
  else if (needsOrganisation(ix, q, context, top, rank)) outcome = 'ask-organisation';
  else if (p !== undefined) outcome = decide(ix.model!, p, distinct);
  else outcome = 'answer';
  const confidence = p !== undefined ? Math.round(p * 1000) / 1000 : hits[0].confidence;
  if (outcome === 'no-answer') return { ...empty(), nearest: hits.slice(0, 3), features, distinctRunnerUp: distinct, ...(p !== undefined ? { probability: confidence } : {}) };
  // A "did you mean" offers different answers: the best passage's own list, items and page facts step back.
  let shown = hits;
  if (outcome === 'did-you-mean') {
    const family = hits.map((h) => sameFamily(hits[0].entry, h.entry, ix.kb.entryById));
    shown = [hits[0], ...hits.filter((_, i) => i > 0 && !family[i]), ...hits.filter((_, i) => i > 0 && family[i])];
  }
  const companions = outcome === 'answer' ? companionsOf(ix.kb, hits) : [];
  return {
    outcome, hits: shown, confidence, features, distinctRunnerUp: distinct,
    ...(companions.length ? { companions } : {}), ...(organisation ? { organisation } : {}),
  };
}

const fold = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** True when the best passage already quotes the close runners-up (an overview and its items, such as
 * "the ASPIRE priorities" and "Reflective supervision"): the overview answers, so asking "did you mean"
 * would only make people choose between a list and its own lines. */
function quotesRunnersUp(hits: Hit[]): boolean {
  const [best, ...rest] = hits.slice(0, HEDGE_CANDIDATES);
  const quote = fold(best.entry.quote);
  return rest.length > 0 && rest.every((h) => quote.includes(fold(h.entry.quote)));
}

/** "our principles" with no organisation named or configured, when the top answers span organisations. */
function needsOrganisation(ix: SearchIndex, q: AnalysedQuery, context: SearchContext, top: number[], rank: Float64Array): boolean {
  if (q.orgs.length > 0 || context.organisation || ix.kb.organisations.length < 2) return false;
  const bestOrg = ix.orgOf[top[0]];
  const topical = q.firstPerson && q.groups.some((g) => g.terms.some((t) => t.weight >= 1 && ORG_SPECIFIC_TOPICS.has(t.term)));
  // Whose guidance is meant matters when another organisation's passage is close: "our vision" has four owners,
  // and "listening to children" is in three councils' words. A new user answers once; the choice is remembered.
  const ratio = topical ? OTHER_ORG_CLOSE_RATIO : ORG_ASK_RATIO;
  return top.slice(1, 4).some((d) => ix.orgOf[d] !== bestOrg && rank[d] >= ratio * rank[top[0]]);
}
