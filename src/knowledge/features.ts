/** The ranking's signals for the best passage, in the calibrated model's terms (see calibration.ts). */
import type { Features } from './calibration.js';
import { entryHas, type IndexCore } from './index-core.js';
import { itemsOf, LIST_KINDS, sameFamily } from './intent.js';
import { terms } from './tokenize.js';
import type { Entry } from './types.js';
import type { AnalysedQuery } from './query.js';
import { longestPhrase, MAX_PHRASE } from './rerank.js';
import { passageLean } from './scope.js';

/** What the ranking computed, passed in so the signals need no second scoring pass. */
export interface RankState {
  best: number;
  top: number[];
  rank: Float64Array;
  coverage: Float64Array;
  scores: Float64Array;
  totalImportance: number;
  /** The hand-weighted confidence (coverage, strength, margin) of the best hit. */
  confidence: number;
  /** How likely another leader is the better answer (leader-model.ts); 0 without a leader model. */
  leaderDoubt?: number;
}

/** Strength at which a match saturates (score per unit of question importance). */
const STRENGTH_CAP = 2;
/** Questions longer than this many meaningful groups count as long. */
const LONG_QUESTION = 12;

/** Computes the signals of the best passage for a question. */
export function featuresOf(ix: IndexCore, q: AnalysedQuery, question: string, s: RankState, { lean = true } = {}): Features {
  const { best, top, rank } = s;
  const { seq, listQuestion } = q;
  // Margins are taken over runners-up that are different answers: a list's own items, or the page facts of the
  // same document, are the same answer seen twice, not a rival.
  const rivals = top.slice(1).filter((d) => !sameFamily(ix.entries[best], ix.entries[d], ix.kb.entryById));
  let unknown = 0;
  let matched = 0;
  let literal = 0;
  let biggest = 0;
  let matchedGroups = 0;
  let inTitle = 0;
  let inAids = 0;
  const title = ix.rerank.titleText[best];
  const aids = ix.rerank.aidText[best];
  for (const g of q.groups) {
    if (g.terms.length === 0) { unknown += g.importance; continue; }
    const hit = g.terms.filter((t) => entryHas(ix, t.term, best));
    if (hit.length === 0) continue;
    matchedGroups++;
    matched += g.importance;
    biggest = Math.max(biggest, g.importance);
    if (hit.some((t) => t.weight >= 1)) literal += g.importance;
    if (hit.some((t) => title.includes(` ${t.term} `))) inTitle += g.importance;
    if (hit.some((t) => aids.includes(` ${t.term} `))) inAids += g.importance;
  }
  const total = s.totalImportance || 1;
  const entry = ix.entries[best];
  return {
    coverage: s.coverage[best],
    strength: Math.min(STRENGTH_CAP, s.scores[best] / total) / STRENGTH_CAP,
    margin: rivals.length > 0 ? 1 - rank[rivals[0]] / rank[best] : 1,
    gap3: rivals.length > 1 ? 1 - rank[rivals[1]] / rank[best] : 1,
    unknownShare: unknown / total,
    matchedShare: q.groups.length ? matchedGroups / q.groups.length : 0,
    oneWordShare: matched > 0 ? biggest / matched : 1,
    literalCoverage: literal / total,
    orgNamed: q.orgs.length > 0 ? 1 : 0,
    documentFact: entry.kind === 'document-fact' ? 1 : 0,
    listAnswer: LIST_KINDS.has(entry.kind) ? 1 : 0,
    listQuestion: listQuestion ? 1 : 0,
    length: Math.min(1, q.groups.length / LONG_QUESTION),
    handConfidence: s.confidence,
    titleShare: inTitle / total,
    aidShare: inAids / total,
    scopeLean: lean ? passageLean(ix.scope, question, entry, { questionTerms: q.terms, passageTerms: ix.rerank.passageTerms[best] }) : 0,
    kindNamed: namesKind(ix, q, entry) ? 1 : 0,
    leaderDoubt: s.leaderDoubt ?? 0,
    phrase: Math.min(MAX_PHRASE, Math.max(longestPhrase(title, seq), longestPhrase(ix.rerank.quoteText[best], seq), longestPhrase(aids, seq))) / MAX_PHRASE,
  };
}

/** Kinds of passage named by their own word ("kent vision" names a vision); a list goes by what its items are. */
const NAMED_KINDS = ['vision', 'mission', 'principle', 'model', 'outcome', 'right', 'priority', 'offer', 'purpose', 'aim', 'regulation'];
const kindTerm = new Map(NAMED_KINDS.map((k) => [k, terms(k)[0]]));

/** True when the question names the kind of thing the passage is ("kent vision" and Kent's vision; "surrey's
 * principles" and the list of them), so a passage that only mentions the word is a weaker rival. */
function namesKind(ix: IndexCore, q: AnalysedQuery, entry: Entry): boolean {
  const kind = entry.kind === 'overview' ? itemsOf(entry, ix.kb.entryById)[0]?.kind : entry.kind;
  const t = kind ? kindTerm.get(kind) : undefined;
  return t !== undefined && q.terms.includes(t);
}
