/**
 * People's names in free text. Pure heuristics, tuned to miss little while leaving guidance
 * words alone: a capitalised word mid-sentence that is not a known term, a common given name
 * (capitalised anywhere, or lower case next to child / mum / yp / re…), a word after a title
 * (Mrs Green), and capitalised words straight after a name (surnames).
 */
import { AMBIGUOUS_NAMES, GIVEN_NAMES } from './given-names.js';
import { KNOWN_WORDS, PERSON_CUES, TITLES } from './vocabulary.js';
import type { Span } from './pd-patterns.js';

interface Token {
  word: string;
  lower: string;
  start: number;
  end: number;
  cap: boolean;
  sentenceStart: boolean;
}

/** Share of capitalised words above which the message is in Title Case and capitals say nothing. */
export const TITLE_CASE_SHARE = 0.6;
/** Title Case is only judged on messages with at least this many words. */
const TITLE_CASE_MIN_WORDS = 4;
/** How many words either side of a person cue ("mum", "yp", "re") a lower-case given name may sit. */
export const CUE_WINDOW = 2;
/** Small words that never continue a name ("Jayden And…" in a shouted heading). */
const NOT_SURNAME = new Set(['and', 'or', 'the', 'a', 'an', 'is', 'to', 'of', 'in', 'on', 'at', 'for', 'i', 'if', 'but', 'with']);

const WORD = /[A-Za-z][A-Za-z'\u2019-]*[A-Za-z]|[A-Za-z]/g;
const SENTENCE_BREAK = /[.!?:;\n\u2022*>()"]|\s-\s/;

function tokenise(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    const word = m[0].replace(/['\u2019]s$|['\u2019]$/, '');
    const between = text.slice(prevEnd, start);
    out.push({
      word,
      lower: word.toLowerCase(),
      start,
      end: start + word.length,
      cap: /^[A-Z][a-z'\u2019-]/.test(word) || (/^[A-Z]{2,}$/.test(word) && GIVEN_NAMES.has(word.toLowerCase())),
      sentenceStart: out.length === 0 || SENTENCE_BREAK.test(between),
    });
    prevEnd = start + m[0].length;
  }
  return out;
}

function nearCue(tokens: Token[], i: number): boolean {
  for (let j = Math.max(0, i - CUE_WINDOW); j <= Math.min(tokens.length - 1, i + CUE_WINDOW); j++) {
    if (j !== i && PERSON_CUES.has(tokens[j].lower)) return true;
  }
  return false;
}

/** Finds likely personal names: `findNames('what principle fits Jayden Example?')`. */
export function findNames(text: string, knownTerms?: ReadonlySet<string>): Span[] {
  const tokens = tokenise(text);
  const known = (w: string) => KNOWN_WORDS.has(w) || (knownTerms?.has(w) ?? false);
  const capShare = tokens.filter((t) => t.cap || /^[A-Z]/.test(t.word)).length / Math.max(tokens.length, 1);
  const titleCase = tokens.length >= TITLE_CASE_MIN_WORDS && capShare >= TITLE_CASE_SHARE;
  const isName: number[] = tokens.map(() => 0);

  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const afterTitle = prev !== undefined && TITLES.has(prev.lower);
    const afterCue = prev !== undefined && PERSON_CUES.has(prev.lower);
    const given = GIVEN_NAMES.has(t.lower);
    if (t.cap) {
      if (afterTitle) isName[i] = 0.95;
      else if (given && !known(t.lower) && !(titleCase && AMBIGUOUS_NAMES.has(t.lower))) isName[i] = 0.9;
      else if (given && !t.sentenceStart && !titleCase) isName[i] = 0.7;
      else if (known(t.lower)) return;
      else if (afterCue) isName[i] = 0.85;
      else if (!t.sentenceStart && !titleCase) isName[i] = 0.7;
    } else if (given && !known(t.lower)) {
      if (nearCue(tokens, i)) isName[i] = 0.8;
      else if (!AMBIGUOUS_NAMES.has(t.lower)) isName[i] = 0.6;
    }
  });
  // surnames: a capitalised word right after a name
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (isName[i - 1] && !isName[i] && t.cap && !NOT_SURNAME.has(t.lower) && !/[,.;:!?]/.test(text.slice(tokens[i - 1].end, t.start))) {
      isName[i] = isName[i - 1];
    }
  }
  const spans: Span[] = [];
  tokens.forEach((t, i) => {
    if (!isName[i]) return;
    const last = spans[spans.length - 1];
    if (last && isName[i - 1] && /^[\s'\u2019-]*$/.test(text.slice(last.end, t.start))) last.end = t.end;
    else spans.push({ kind: 'name', start: t.start, end: t.end, confidence: isName[i] });
  });
  return spans;
}
