/**
 * Two precise signals used after BM25F ranking: the question's own words found as a phrase in a passage
 * ("care standards act" names one regulation of a list), and a document named by its subject ("fostering"
 * points at the fostering statement of purpose rather than the same council's practice principles).
 */
import { analyse, type Token } from './tokenize.js';
import type { Bm25Table } from './bm25.js';
import type { Entry } from './types.js';

/** Rank bonus per word beyond the first of the longest question phrase found verbatim (as stemmed terms) in
 * an entry's title: "care standards act" (3 words) adds 2 × 0.15. Titles name the item, so a phrase there
 * separates list members that BM25 scores alike; the bonus stays below what a missing topic word costs. */
export const TITLE_PHRASE_BONUS = 0.15;
/** The same in the quote: a smaller bonus, as a list quote names every member. */
export const QUOTE_PHRASE_BONUS = 0.05;
/** The phrase bonus only separates entries that match about as much of the question as the best one does
 * (coverage at least this share of the best): a phrase naming the context ("in the secure base model, …")
 * must not lift a passage over the one that answers the rest of the question. */
export const PHRASE_TIE_COVERAGE = 0.9;
/** Longest phrase we look for (the bonus is capped there too). */
export const MAX_PHRASE = 4;
/** A question word cues one document when at least this share of the entries using it come from that
 * document ("fostering", "foster carers"): 0.8 leaves room for a stray use in another of the council's pages. */
export const SOURCE_CUE_SHARE = 0.8;
/** ... and it is used by at least this many entries (rarer words say more about an entry than a document). */
export const SOURCE_CUE_MIN_DOCS = 4;
/** When a document is cued, the same organisation's other documents keep this share of their score: a
 * preference that settles near-ties ("southwark fostering … long term") without hiding a clearly better page. */
export const SOURCE_CUE_OTHER_FACTOR = 0.8;

/** Per-entry phrase texts and the document cues, built once with the index. */
export interface RerankTables {
  /** ' term term … ' of each entry's title and quote (stop words dropped), for substring phrase checks. */
  titleText: string[];
  quoteText: string[];
  /** The terms of each entry's title and quote, as a set (the out-of-scope lean leaves them out). */
  passageTerms: Set<string>[];
  /** The same of each entry's authoring aids (questions and keywords). */
  aidText: string[];
  sourceOf: string[];
  /** Term → the source it cues (only for organisations with more than one source). */
  cue: Map<string, string>;
}

const joinTerms = (text: string): string => ` ${analyse(text).filter((t) => !t.stop).map((t) => t.term).join(' ')} `;

/** Builds the phrase texts and document cues from the entries and the BM25 postings. */
export function buildRerank(entries: Entry[], bm25: Bm25Table): RerankTables {
  const sourcesPerOrg = new Map<string, Set<string>>();
  const orgOfSource = new Map<string, string>();
  for (const e of entries) {
    orgOfSource.set(e.source, e.organisation);
    (sourcesPerOrg.get(e.organisation) ?? sourcesPerOrg.set(e.organisation, new Set()).get(e.organisation)!).add(e.source);
  }
  const cue = new Map<string, string>();
  for (const [term, p] of bm25.postings) {
    if (p.docs.length < SOURCE_CUE_MIN_DOCS) continue;
    const count = new Map<string, number>();
    for (const d of p.docs) count.set(entries[d].source, (count.get(entries[d].source) ?? 0) + 1);
    for (const [source, c] of count) {
      const owner = orgOfSource.get(source)!;
      if (c / p.docs.length >= SOURCE_CUE_SHARE && (sourcesPerOrg.get(owner)?.size ?? 0) > 1) cue.set(term, source);
    }
  }
  const titleText = entries.map((e) => joinTerms(e.title));
  const quoteText = entries.map((e) => joinTerms(e.quote));
  return {
    titleText,
    quoteText,
    passageTerms: entries.map((_, d) => new Set(`${titleText[d]}${quoteText[d]}`.split(' ').filter(Boolean))),
    aidText: entries.map((e) => joinTerms([...e.questions, ...e.keywords].join(' . '))),
    sourceOf: entries.map((e) => e.source),
    cue,
  };
}

/** Consecutive content terms of the question's tokens (stop words and the tokens in `skip`, organisation names,
 * dropped) for phrase checks. */
export function phraseTerms(tokens: readonly Token[], skip: ReadonlySet<number>): string[] {
  return tokens.filter((t, i) => !t.stop && !skip.has(i)).map((t) => t.term);
}

/** Whether the phrase starting at each question term was found, reused between calls (see longestPhrase). */
let found = new Uint8Array(64);

/**
 * Length of the longest run of question terms (2 to MAX_PHRASE) found verbatim in an analysed text.
 * Built up from the pairs: a phrase of n terms holds its two phrases of n − 1 (' a b c ' holds ' a b ' and ' b c '),
 * so only phrases whose both parts were found are looked for. Most texts hold no pair, and then one look per pair
 * settles it, where trying every phrase longest first looked for them all.
 */
export function longestPhrase(text: string, seq: string[]): number {
  const levels = phrasesOf(seq);
  if (found.length < seq.length) found = new Uint8Array(seq.length * 2);
  let longest = 0;
  for (let k = 0; k < levels.length; k++) {
    const phrases = levels[k];
    let any = false;
    // In place: found[i] of this length needs found[i] and found[i + 1] of the one before, not yet overwritten.
    for (let i = 0; i < phrases.length; i++) {
      found[i] = (k === 0 || (found[i] && found[i + 1])) && text.includes(phrases[i]) ? 1 : 0;
      if (found[i]) any = true;
    }
    if (!any) break;
    longest = k + 2;
  }
  return longest;
}

/** The question's phrases as ' term term ', by length (pairs first, up to MAX_PHRASE terms), built once per question. */
const phraseCache = new WeakMap<string[], string[][]>();
function phrasesOf(seq: string[]): string[][] {
  let out = phraseCache.get(seq);
  if (out) return out;
  out = [];
  for (let n = 2; n <= Math.min(MAX_PHRASE, seq.length); n++) {
    const level: string[] = [];
    for (let i = 0; i + n <= seq.length; i++) level.push(` ${seq.slice(i, i + n).join(' ')} `);
    out.push(level);
  }
  phraseCache.set(seq, out);
  return out;
}

/** Rank multiplier (≥ 1) for the question's phrases found verbatim in entry d's title or quote. */
export function phraseFactor(t: RerankTables, d: number, seq: string[]): number {
  if (seq.length < 2) return 1;
  const inTitle = longestPhrase(t.titleText[d], seq);
  const inQuote = longestPhrase(t.quoteText[d], seq);
  return 1 + Math.max(inTitle > 1 ? TITLE_PHRASE_BONUS * (inTitle - 1) : 0, inQuote > 1 ? QUOTE_PHRASE_BONUS * (inQuote - 1) : 0);
}

/** Sources cued by the question's literal terms. */
export function cuedSources(t: RerankTables, literalTerms: string[]): Set<string> {
  const out = new Set<string>();
  for (const term of literalTerms) { const s = t.cue.get(term); if (s) out.add(s); }
  return out;
}
