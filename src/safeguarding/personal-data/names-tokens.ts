/**
 * Word tokens for name detection, and the word tests the rules in names.ts share. Pure.
 */
import { isGivenName } from './given-names.js';
import { CAPITAL_STOP, KNOWN_WORDS, PERSON_CUES, TITLES } from './vocabulary.js';

export interface Token {
  word: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital followed by lower case (or is a given name in capitals). */
  cap: boolean;
  /** First word of the message or of a sentence, line, bullet or bracket. */
  sentenceStart: boolean;
  /** The text between the previous token and this one. */
  before: string;
}

/** Letters (any script, accents too: "Siân", "Zoë") with inner hyphens or apostrophes: "lily-mae", "o'neill", "O\u2019Dowd-Smith". */
const WORD = /\p{L}[\p{L}\p{M}'\u2019-]*[\p{L}\p{M}]|\p{L}/gu;
const SENTENCE_BREAK = /[.!?:;\n\u2022*>()"]|\s-\s/;
/** A surname shape: O'/D'/Mc/Mac forms and hyphenated parts allowed, letters only. */
const SURNAME_SHAPE = /^(?:\p{L}['\u2019])?[\p{L}\p{M}]{2,}(?:[-'\u2019][\p{L}\p{M}]{2,})*$/u;
/** Shortest lower-case surname accepted with no other evidence ("re jayden li" is missed; "ox" is not a name). */
export const MIN_LOWER_SURNAME = 3;

/** Lower case, curly apostrophes straightened, accents dropped: "Zoë" → "zoe". */
export function plain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\u2019/g, "'");
}

/** Splits text into word tokens, dropping a possessive "'s". */
export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    const word = m[0].replace(/['\u2019]s$|['\u2019]$/, '');
    const before = text.slice(prevEnd, start);
    out.push({
      word,
      lower: plain(word),
      start,
      end: start + word.length,
      cap: /^\p{Lu}[\p{Ll}\p{M}'\u2019-]/u.test(word) || (/^\p{Lu}{2,}$/u.test(word) && isGivenName(word)),
      sentenceStart: out.length === 0 || SENTENCE_BREAK.test(before),
      before,
    });
    prevEnd = start + m[0].length;
  }
  return out;
}

/** Word tests with the deployment's own known terms (knowledge-base titles, keywords, organisations). */
export interface Lexicon {
  /** A word of the guide or of everyday English: never a lower-case surname, never a capitalised name alone. */
  known(lower: string): boolean;
}

/** Builds the word tests: `lexicon(new Set(['quokka']))`. */
export function lexicon(knownTerms?: ReadonlySet<string>): Lexicon {
  const one = (w: string) => KNOWN_WORDS.has(w) || (knownTerms?.has(w) ?? false) || PERSON_CUES.has(w) || TITLES.has(w);
  return {
    known: (w) => {
      const plain = w.replace(/'/g, '');
      if (one(w) || one(plain)) return true;
      const parts = w.split('-');
      return parts.length > 1 && parts.every((p) => one(p) || p.length < 2);
    },
  };
}

/** Only spaces between two tokens: a name never runs across punctuation or a line break. */
export function joined(t: Token): boolean {
  return /^[ \t]+$/.test(t.before);
}

/**
 * True when `t` may be a surname after a name: the right shape, and either capitalised and
 * not an organisation or function word, or lower case and not a word of the guide or of English.
 */
export function surnameLike(t: Token, lex: Lexicon): boolean {
  if (!SURNAME_SHAPE.test(t.word)) return false;
  if (TITLES.has(t.lower) || PERSON_CUES.has(t.lower)) return false;
  if (t.cap) return !CAPITAL_STOP.has(t.lower) && !CAPITAL_STOP.has(t.lower.replace(/'/g, ''));
  return t.word.length >= MIN_LOWER_SURNAME && !lex.known(t.lower);
}

/** Name particles inside a surname: "ana da silva", "sara van der berg". */
export const PARTICLES: ReadonlySet<string> = new Set('da de del della der di dos du el al bin binti ibn la le van von o ni nic mac mc ap'.split(' '));
