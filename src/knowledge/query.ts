/** Turns a question into weighted groups of index terms: organisations out, thesaurus in, slips corrected. */
import { findOrganisations } from './organisations.js';
import { matchPhrase, matchRule, EXPANSION_WEIGHT } from './thesaurus.js';
import { analyse, toTerm, type Token } from './tokenize.js';
import { CHAT_WORDS, WEAK_WORDS } from './stopwords.js';
import type { IndexCore } from './index-core.js';
import { idf as idfFormula } from './bm25.js';
import { capitalisedWords, hasPersonalDetail, numberedItems } from './signals.js';
import { asksForList } from './intent.js';
import { phraseTerms } from './rerank.js';

/** Weight of a word reached only by spelling correction: a guess, so it counts a little less than a typed word. */
export const FUZZY_WEIGHT = 0.8;
/** How much a word the index has never seen counts toward coverage, as a share of the median idf. Below 1
 * because staff use many everyday words the documents never use; above 0 so a question mostly about
 * something else (a payslip, a court date) cannot look covered. */
export const UNKNOWN_IMPORTANCE = 0.6;
/** Least importance of a known word, as a share of the specific-word importance: a question's topic word is
 * often common in the documents ("vision", "principles") and must not vanish beside one unknown word. */
export const IMPORTANCE_FLOOR = 0.4;
/** A word used by this many entries or fewer counts as fully specific for coverage: rarer words (often found
 * in one entry's alternative questions only) would otherwise dominate the question's weight. */
export const SPECIFIC_DOC_FREQ = 4;
/** Share of importance kept by everyday verbs and fillers (WEAK_WORDS): they rarely carry the topic. */
export const WEAK_IMPORTANCE = 0.35;
/** Share of importance kept by an unknown word that is probably a name or a place: typed with a capital inside
 * the sentence, or in a question carrying personal details (a date of birth, a postcode). A name is not what
 * the question is about, but it still counts a little, so a question made only of names stays unanswered. */
export const NAME_IMPORTANCE = 0.1;
/** Weight of an index word reached through WordNet (general English synonyms): below the domain thesaurus
 * (EXPANSION_WEIGHT), as a general synonym may be the wrong sense for social care. */
export const WORDNET_WEIGHT = 0.4;
/** Weight of a document word learned to go with a staff word (associations.ts), times the learned probability:
 * a hint that lifts passages using the document's word, never above the words typed. */
export const ASSOCIATION_WEIGHT = 0.35;

/** One meaning of the question: alternatives are OR-ed ('any') or, for expanded abbreviations, all needed ('all'). */
export interface QueryGroup {
  label: string;
  mode: 'any' | 'all';
  terms: { term: string; weight: number }[];
  /** Share of the question this group stands for (idf-like). */
  importance: number;
}

/** The analysed question. */
export interface AnalysedQuery {
  groups: QueryGroup[];
  orgs: string[];
  /** Says "our"/"we"/"us": the organisation matters and may be unstated. */
  firstPerson: boolean;
  /** Out-of-scope phrases found (as term lists). */
  outOfScope: string[][];
  /** Only chat with the bot ("help", "thanks"): nothing to look up (CHAT_WORDS). */
  chatOnly: boolean;
  /** Token positions that named an organisation. */
  orgTokens: Set<number>;
  /** Every token's term, in order, stop words included (the out-of-scope lean reads them). */
  terms: string[];
  /** The question's tokens, and its phrase terms (rerank.ts phraseTerms), analysed once here for every later step. */
  tokens: Token[];
  seq: string[];
  /** Asks for a whole list (intent.ts asksForList). */
  listQuestion: boolean;
}

const FIRST_PERSON = new Set(['our', 'we', 'us', 'ours']);

/** Analyses a question against the index. */
export function analyseQuery(ix: IndexCore, question: string): AnalysedQuery {
  const tokens = analyse(question);
  const surfaces = tokens.map((t) => t.surface);
  const mention = findOrganisations(ix.orgMatcher, surfaces, (w) => ix.bm25.postings.has(toTerm(w)), (w) => ix.vocabulary.has(w));
  const termsSeq = tokens.map((t) => t.term);
  const groups: QueryGroup[] = [];
  const outOfScope: string[][] = [];
  const cap = idfFormula(ix.bm25.docCount, SPECIFIC_DOC_FREQ);
  const idfOf = (t: string): number | undefined => {
    const v = ix.bm25.idf.get(t);
    return v === undefined ? undefined : Math.max(IMPORTANCE_FLOOR * cap, Math.min(v, cap));
  };
  const unknownImportance = UNKNOWN_IMPORTANCE * cap;
  const personal = hasPersonalDetail(question);
  const capitalised = capitalisedWords(question);
  const nameLike = (w: string): boolean => personal || capitalised.has(w);

  for (let i = 0; i < termsSeq.length; i++) {
    const oos = matchPhrase(ix.thesaurus.outOfScope.get(termsSeq[i]), termsSeq, i);
    if (oos > 0) outOfScope.push(termsSeq.slice(i, i + oos));
  }
  outOfScope.push(...numberedItems(question));

  let i = 0;
  while (i < tokens.length) {
    if (mention.consumed.has(i)) { i++; continue; }
    const rule = matchRule(ix.thesaurus, termsSeq, i);
    if (rule) {
      const span = tokens.slice(i, i + rule.key.length).filter((_, j) => !mention.consumed.has(i + j));
      const known = rule.expansions.filter((t) => idfOf(t) !== undefined);
      if (rule.kind === 'abbreviation') {
        // An abbreviation stands for all its words: a guide that never says "protection" does not answer "CP" through "child".
        if (known.length > 0 && known.length === rule.expansions.length) {
          groups.push({ label: span.map((t) => t.surface).join(' '), mode: 'all', terms: known.map((term) => ({ term, weight: 1 })), importance: Math.max(...known.map((t) => idfOf(t)!)) });
        } else {
          groups.push({ label: span.map((t) => t.surface).join(' '), mode: 'any', terms: [], importance: unknownImportance });
        }
      } else {
        const literal = span.filter((t) => !t.stop && idfOf(t.term) !== undefined).map((t) => t.term);
        const terms = [
          ...literal.map((term) => ({ term, weight: 1 })),
          ...known.filter((t) => !literal.includes(t)).map((term) => ({ term, weight: EXPANSION_WEIGHT })),
        ];
        const importance = terms.length ? Math.max(...terms.map((t) => idfOf(t.term)!)) : unknownImportance;
        // A phrase made only of stop words ("being there") still stands for a meaning of its own.
        groups.push({ label: span.map((t) => t.surface).join(' '), mode: 'any', terms, importance });
      }
      i += rule.key.length;
      continue;
    }
    const tok = tokens[i];
    i++;
    if (tok.stop) continue;
    // Counts ("the 5 things"), dates, phone numbers and postcodes carry no topic unless the guidance uses them.
    if (/\d/.test(tok.surface) && idfOf(tok.term) === undefined) continue;
    const learned = (ix.associations.get(tok.term) ?? []).filter(([t]) => t !== tok.term && idfOf(t) !== undefined).map(([term, p]) => ({ term, weight: ASSOCIATION_WEIGHT * p }));
    if (idfOf(tok.term) !== undefined) {
      const weak = WEAK_WORDS.has(tok.surface) ? WEAK_IMPORTANCE : 1;
      groups.push({ label: tok.surface, mode: 'any', terms: [{ term: tok.term, weight: 1 }, ...learned], importance: idfOf(tok.term)! * weak });
      continue;
    }
    if (learned.length > 0 && !nameLike(tok.surface)) {
      groups.push({ label: `${tok.surface}~learned`, mode: 'any', terms: learned, importance: unknownImportance * (WEAK_WORDS.has(tok.surface) ? WEAK_IMPORTANCE : 1) });
      continue;
    }
    const related = ix.wordnet.get(tok.term);
    if (related && !nameLike(tok.surface)) {
      const terms = related.filter((t) => idfOf(t) !== undefined).map((term) => ({ term, weight: WORDNET_WEIGHT }));
      const share = WEAK_WORDS.has(tok.surface) ? WEAK_IMPORTANCE : 1;
      groups.push({ label: `${tok.surface}~wordnet`, mode: 'any', terms, importance: unknownImportance * share });
      continue;
    }
    const fixed = ix.vocabulary.correct(tok.surface);
    const fixedTerm = fixed ? toTerm(fixed) : undefined;
    const fixedRule = fixedTerm ? matchRule(ix.thesaurus, [fixedTerm], 0) : undefined;
    if (fixedRule && fixedRule.key.length === 1) {
      const known = fixedRule.expansions.filter((t) => idfOf(t) !== undefined);
      const w = fixedRule.kind === 'abbreviation' ? FUZZY_WEIGHT : FUZZY_WEIGHT * EXPANSION_WEIGHT;
      // A corrected everyday word keeps its own term at the slip weight, as a typed word keeps it at full weight.
      const literal = fixedRule.kind === 'phrase' && idfOf(fixedTerm!) !== undefined ? [{ term: fixedTerm!, weight: FUZZY_WEIGHT }] : [];
      const terms = [...literal, ...known.filter((t) => t !== fixedTerm || literal.length === 0).map((term) => ({ term, weight: w }))];
      groups.push({ label: `${tok.surface}→${fixed}`, mode: 'any', terms, importance: terms.length ? Math.max(...known.map((t) => idfOf(t)!)) : unknownImportance });
    } else if (fixedTerm && idfOf(fixedTerm) !== undefined) {
      groups.push({ label: `${tok.surface}→${fixed}`, mode: 'any', terms: [{ term: fixedTerm, weight: FUZZY_WEIGHT }], importance: idfOf(fixedTerm)! });
    } else {
      const share = nameLike(tok.surface) ? NAME_IMPORTANCE : WEAK_WORDS.has(tok.surface) ? WEAK_IMPORTANCE : 1;
      groups.push({ label: tok.surface, mode: 'any', terms: [], importance: unknownImportance * share });
    }
  }
  const chatOnly = mention.orgs.length === 0 && tokens.some((t) => CHAT_WORDS.has(t.surface)) && tokens.every((t) => t.stop || CHAT_WORDS.has(t.surface));
  return {
    groups, orgs: mention.orgs, firstPerson: tokens.some((t) => FIRST_PERSON.has(t.surface)), outOfScope, chatOnly, orgTokens: mention.consumed, terms: termsSeq,
    tokens, seq: phraseTerms(tokens, mention.consumed), listQuestion: asksForList(question),
  };
}
