/** The search index: everything precomputed from a KnowledgeBase so that a search only adds numbers. */
import { buildBm25, type Bm25Table, type FieldSpec, type FieldTerms } from './bm25.js';
import { Vocabulary } from './fuzzy.js';
import { compileOrgMatcher, type OrgMatcher } from './organisations.js';
import { buildRerank, type RerankTables } from './rerank.js';
import { loadThesaurus, type Thesaurus } from './thesaurus.js';
import { analyse } from './tokenize.js';
import { wordNetRelations } from './wordnet.js';
import { loadAnswerModel, type AnswerModel } from './calibration.js';
import { associationsFor, loadAssociations, type AssociationTable } from './associations.js';
import { loadScope, type ScopeTable } from './scope.js';
import { loadLeaderModel, type LeaderModel } from './leader-model.js';
import type { Entry, KnowledgeBase } from './types.js';

/** Fields and boosts. Titles and the authors' alternative questions say what an entry is about, so they count
 * most; keywords are single words (less context); the quote is long prose (1 is the reference); the section
 * heading and the source's title and organisation only set the scene. */
export const FIELDS: readonly FieldSpec[] = Object.freeze([
  { name: 'title', boost: 3.0, b: 0.5 },
  { name: 'questions', boost: 1.6, b: 0.3 },
  { name: 'keywords', boost: 2.0, b: 0.3 },
  { name: 'quote', boost: 1.0, b: 0.75 },
  { name: 'section', boost: 0.6, b: 0.5 },
  { name: 'source', boost: 0.3, b: 0.5 },
]);

/** Options of buildIndex. */
export interface IndexOptions {
  /** A compiled thesaurus (default: knowledge/thesaurus.yaml of this repository). */
  thesaurus?: Thesaurus;
  /** Levers of paraphrase, each on by default; off to measure its gain (`npm run eval -- --without wordnet`). */
  levers?: Partial<Levers>;
  /** The answer model (default: the committed answer-model.json); null for raw signals only (training). */
  model?: AnswerModel | null;
  /** The pairwise leader model (default: the committed leader-model.json); null for the hand-made order (training). */
  leaderModel?: LeaderModel | null;
  /** The staff-to-document word table (default: the committed associations.json). */
  associationTable?: AssociationTable;
  /** The learned out-of-scope lean of question words (default: the committed scope.json). */
  scopeTable?: ScopeTable;
}

/** The paraphrase levers beyond the domain thesaurus. */
export interface Levers {
  /** General English synonyms (WordNet 3.1). */
  wordnet: boolean;
  /** Staff words → document words learned from the authored questions (associations.json). */
  associations: boolean;
}

/** The built index (opaque to callers: pass it to search()). */
export interface IndexCore {
  kb: KnowledgeBase;
  entries: Entry[];
  orgOf: string[];
  bm25: Bm25Table;
  vocabulary: Vocabulary;
  thesaurus: Thesaurus;
  orgMatcher: OrgMatcher;
  rerank: RerankTables;
  /** Question term → index terms WordNet relates it to (empty when the lever is off). */
  wordnet: Map<string, string[]>;
  /** Staff word → document words with their learned probability (empty when the lever is off). */
  associations: Map<string, [string, number][]>;
  /** Surface word → entries whose title or quote uses that very word (not only its stem): "ASPIRE" is not
   * "aspiration", though both stem to "aspir". */
  surfaceDocs: Map<string, Set<number>>;
  /** Terms naming an item of a list, per (list, item) pair, filled on first use (intent.ts namingTerms). */
  naming: Map<string, Set<string>>;
  /** Organisation id → the terms of its names and aliases (an organisation's name names no list item). */
  orgNameTerms: Map<string, Set<string>>;
  /** Question word → how far it leans out of scope (scope.ts). */
  scope: ScopeTable;
  /** Calibrated outcome model; null when building signals for training. */
  model: AnswerModel | null;
  /** Learned last word on the order of the first few passages; null keeps the hand-made order. */
  leaderModel: LeaderModel | null;
}

function fieldTerms(kb: KnowledgeBase, e: Entry, words: Map<string, Set<number>>, d: number): FieldTerms {
  const src = kb.sourceById.get(e.source);
  const org = kb.organisationById.get(e.organisation);
  const heading = src?.sections.find((s) => s.anchor === e.section)?.heading ?? '';
  const texts: Record<string, string> = {
    title: e.title,
    questions: e.questions.join('\n'),
    keywords: e.keywords.join('\n'),
    quote: e.quote,
    section: heading,
    source: `${src?.title ?? ''}\n${org?.name ?? ''}`,
  };
  const out: FieldTerms = {};
  for (const [name, text] of Object.entries(texts)) {
    const toks = analyse(text);
    out[name] = toks.filter((t) => !t.stop).map((t) => t.term);
    for (const t of toks) if (!t.stop) (words.get(t.surface) ?? words.set(t.surface, new Set()).get(t.surface)!).add(d);
  }
  return out;
}

function surfaceIndex(entries: readonly Entry[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  entries.forEach((e, d) => {
    for (const t of analyse(`${e.title}\n${e.quote}`)) if (!t.stop) (out.get(t.surface) ?? out.set(t.surface, new Set()).get(t.surface)!).add(d);
  });
  return out;
}

/** True when entry `d` holds `term` in any field. */
export function entryHas(ix: IndexCore, term: string, d: number): boolean {
  const p = ix.bm25.postings.get(term);
  if (!p) return false;
  // A posting lists its entries in ascending order (bm25.ts): a binary search.
  let lo = 0;
  let hi = p.docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (p.docs[mid] === d) return true;
    if (p.docs[mid] < d) lo = mid + 1; else hi = mid - 1;
  }
  return false;
}

/** Builds the index once (at start-up); everything question-independent is computed here. */
export function buildIndexCore(kb: KnowledgeBase, options: IndexOptions = {}): IndexCore {
  const thesaurus = options.thesaurus ?? loadThesaurus();
  const words = new Map<string, Set<number>>();
  const docs = kb.entries.map((e, d) => fieldTerms(kb, e, words, d));
  const bm25 = buildBm25(docs, FIELDS);
  const freq = new Map<string, number>();
  for (const [w, set] of words) freq.set(w, set.size);
  for (const w of thesaurus.surfaces) if (!freq.has(w)) freq.set(w, 0);
  return {
    kb,
    entries: kb.entries,
    orgOf: kb.entries.map((e) => e.organisation),
    bm25,
    vocabulary: new Vocabulary(freq),
    thesaurus,
    orgMatcher: compileOrgMatcher(kb.organisations),
    rerank: buildRerank(kb.entries, bm25),
    associations: options.levers?.associations === false ? new Map() : associationsFor(options.associationTable ?? loadAssociations(), new Set(bm25.postings.keys())),
    scope: options.scopeTable ?? loadScope(),
    naming: new Map(),
    orgNameTerms: new Map(kb.organisations.map((o) => [o.id, new Set(analyse([o.name, o.shortName, ...o.aliases].join(' ')).filter((t) => !t.stop).map((t) => t.term))])),
    surfaceDocs: surfaceIndex(kb.entries),
    model: options.model === undefined ? loadAnswerModel() : options.model,
    leaderModel: options.leaderModel === undefined ? loadLeaderModel() : options.leaderModel,
    wordnet: options.levers?.wordnet === false ? new Map() : wordNetRelations(new Set(bm25.postings.keys())),
  };
}
