/** Text analysis shared by indexing and querying: tokens → folded, stemmed terms. */
import { stem } from './stem.js';
import { toUkSpelling } from './spelling.js';
import { isStopWord } from './stopwords.js';

/** One analysed token: its surface form, its term (spelling-folded and stemmed) and whether it is a stop word. */
export interface Token {
  surface: string;
  term: string;
  stop: boolean;
}

const CURLY = /[\u2018\u2019\u201A\u201B\u2032]/g;
const CURLY_DOUBLE = /[\u201C\u201D\u201E\u201F\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Splits text into lower-case word tokens: strips punctuation and possessives, splits slashes and hyphens, keeps numbers. */
export function tokenize(text: string): string[] {
  const cleaned = text
    .toLowerCase()
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(CURLY, "'").replace(CURLY_DOUBLE, '"').replace(DASHES, '-')
    .replace(/(\w)'s\b/g, '$1')        // kent's → kent
    .replace(/(\w)s'(?=\s|$)/g, '$1s') // families' → families
    .replace(/'/g, '');                // don't → dont
  const out: string[] = [];
  for (const raw of cleaned.split(/[^a-z0-9&-]+/)) {
    if (!raw) continue;
    const uk = toUkSpelling(raw.replace(/^[-&]+|[-&]+$/g, ''));
    for (const part of uk.split(/[-&]+/)) if (part) out.push(part);
  }
  return out;
}

/** Terms already folded: stemming was a sixth of a search, and questions reuse a small vocabulary. Cleared when
 * it reaches TERM_CACHE_SIZE, so text of any size never grows it without bound. */
const termCache = new Map<string, string>();
const TERM_CACHE_SIZE = 100_000;

/** Folds one surface token to its index term (UK spelling, then Porter stem). */
export function toTerm(surface: string): string {
  let term = termCache.get(surface);
  if (term === undefined) {
    if (termCache.size >= TERM_CACHE_SIZE) termCache.clear();
    term = stem(toUkSpelling(surface));
    termCache.set(surface, term);
  }
  return term;
}

/** Analyses text into tokens with terms and stop flags (stop words kept, flagged, for phrase matching). */
export function analyse(text: string): Token[] {
  return tokenize(text).map((surface) => ({ surface, term: toTerm(surface), stop: isStopWord(surface) }));
}

/** Analyses text into the list of scored terms (stop words dropped). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const t of analyse(text)) if (!t.stop) out.push(t.term);
  return out;
}
