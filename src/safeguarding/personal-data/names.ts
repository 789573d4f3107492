/**
 * People's names in free text, in any case (staff type in lower case). Pure heuristics, tuned to
 * miss little while leaving guidance words alone. Anchors: a given name (listed, hyphenated
 * compounds too), a word after a title ("mrs doyle"), an initial before a surname ("j okoro"),
 * a capitalised unknown word mid-sentence, an unknown word after "called"/"named". Each anchor
 * then takes up to two surname-like words after it, so a full name is one [name] span.
 */
import { isAmbiguousName, isGivenName, VERB_LIKE_NAMES } from './given-names.js';
import { FUNCTION_WORDS } from './english.js';
import { PERSON_CUES, TITLES } from './vocabulary.js';
import { joined, lexicon, PARTICLES, surnameLike, tokenise, type Lexicon, type Token } from './names-tokens.js';
import { contextAnchors } from './names-context.js';
import type { Span } from './types.js';

/** Share of capitalised words above which the message is in Title Case and capitals say nothing. */
export const TITLE_CASE_SHARE = 0.6;
/** Title Case is only judged on messages with at least this many words. */
const TITLE_CASE_MIN_WORDS = 4;
/** How many words either side of a person cue ("mum", "yp", "re") a lower-case given name may sit. */
export const CUE_WINDOW = 2;
/** Surname words taken after a first name: "lily-mae harris", "ana da silva" (particles not counted); more is a sentence. */
export const MAX_SURNAME_WORDS = 2;
/** Cues after which one unknown lower-case word is a name by itself ("a child called zorbulon"). */
const NAMING_CUES: ReadonlySet<string> = new Set(['called', 'named', 'nicknamed', 'aka']);
/** Words before a lower-case "miss" that make it the verb ("kids miss school"), not the title. */
const MISS_AS_VERB_AFTER: ReadonlySet<string> = new Set(
  [...FUNCTION_WORDS, 'kids', 'children', 'people', 'staff', 'workers', 'parents', 'carers', 'families', 'often', 'sometimes', 'never', 'always', 'regularly'],
);
/** Lower-case initials: "e"/"x" start e-learning and x-ray, "a"/"i"/"u" are words. */
const LOWER_INITIAL = /^[bcdfghjklmnopqrstvwyz]$/;

const C_TITLE = 0.95;
const C_GIVEN_CAPITAL = 0.9;
const C_AFTER_CUE = 0.85;
const C_GIVEN_NEAR_CUE = 0.8;
const C_INITIAL = 0.75;
const C_WEAK = 0.7;
const C_GIVEN_LOWER = 0.6;
/** A word on no list, standing where a person stands (names-context.ts). */
const C_CONTEXT = 0.65;

function nearCue(tokens: Token[], i: number): boolean {
  for (let j = Math.max(0, i - CUE_WINDOW); j <= Math.min(tokens.length - 1, i + CUE_WINDOW); j++) {
    if (j !== i && PERSON_CUES.has(tokens[j].lower)) return true;
  }
  return false;
}

/** The title before token i, if it really is a title here (a lower-case "miss" is usually the verb). */
function afterTitle(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || !TITLES.has(prev.lower) || !/^\.?[ \t]+$/.test(tokens[i].before)) return false;
  if (prev.lower !== 'miss' || prev.word === 'Miss') return true;
  const before = tokens[i - 2];
  return before === undefined || prev.sentenceStart || !MISS_AS_VERB_AFTER.has(before.lower);
}

function isInitial(tokens: Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t.word.length !== 1 || !next || !surnameLike(next, lex)) return false;
  const dotted = /^\.[ \t]*$/.test(next.before);
  if (!dotted && !joined(next)) return false;
  if (/[A-Z]/.test(t.word)) return dotted || next.cap || !/[AI]/.test(t.word);
  return LOWER_INITIAL.test(t.word);
}

function anchor(tokens: Token[], i: number, lex: Lexicon, titleCase: boolean): number {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const given = isGivenName(t.word);
  const ambiguous = given && isAmbiguousName(t.word);
  const nextSurname = next !== undefined && joined(next) && surnameLike(next, lex);
  if (afterTitle(tokens, i) && (t.cap || given || surnameLike(t, lex))) return C_TITLE;
  if (t.cap) {
    if (given && !lex.known(t.lower) && !(titleCase && ambiguous)) return C_GIVEN_CAPITAL;
    if (given && !t.sentenceStart && !titleCase) return C_WEAK;
    if (lex.known(t.lower)) return 0;
    if (prev && PERSON_CUES.has(prev.lower)) return C_AFTER_CUE;
    return !t.sentenceStart && !titleCase ? C_WEAK : 0;
  }
  if (given && !FUNCTION_WORDS.has(t.lower)) {
    const cue = nearCue(tokens, i);
    if (!lex.known(t.lower) && !ambiguous) return cue ? C_GIVEN_NEAR_CUE : C_GIVEN_LOWER;
    if (!lex.known(t.lower) && cue) return C_GIVEN_NEAR_CUE;
    if (nextSurname && !next.cap && (cue || !VERB_LIKE_NAMES.has(t.lower))) return C_WEAK;
    return 0;
  }
  if (prev && !surnameLike(t, lex)) return 0;
  if (prev && NAMING_CUES.has(prev.lower) && joined(t)) return C_WEAK;
  if (prev && PERSON_CUES.has(prev.lower) && /^[ \t:]+$/.test(t.before) && nextSurname) return C_WEAK;
  return 0;
}

/** Takes up to MAX_SURNAME_WORDS surname-like words after the name ending at token i; returns the last index taken. */
function takeSurnames(tokens: Token[], i: number, score: number[], lex: Lexicon, titleCase: boolean): number {
  let last = i;
  let taken = 0;
  for (let j = i + 1; j < tokens.length && taken < MAX_SURNAME_WORDS && joined(tokens[j]); j++) {
    const t = tokens[j];
    const ok = surnameLike(t, lex) && !(titleCase && t.cap && lex.known(t.lower));
    const particle = PARTICLES.has(t.lower) && tokens[j + 1] !== undefined && joined(tokens[j + 1]) && surnameLike(tokens[j + 1], lex);
    if (!ok && !particle) break;
    score[j] = Math.max(score[j], score[i]);
    last = j;
    if (!particle) taken++;
  }
  return last;
}

/** Finds likely personal names: `findNames('re jayden okoro, what principle fits?')` → one span over the full name. */
export function findNames(text: string, knownTerms?: ReadonlySet<string>): Span[] {
  const tokens = tokenise(text);
  const lex = lexicon(knownTerms);
  const capShare = tokens.filter((t) => t.cap || /^\p{Lu}/u.test(t.word)).length / Math.max(tokens.length, 1);
  const titleCase = tokens.length >= TITLE_CASE_MIN_WORDS && capShare >= TITLE_CASE_SHARE;
  const score: number[] = tokens.map(() => 0);

  for (let i = 0; i < tokens.length; i++) {
    if (score[i]) continue;
    if (isInitial(tokens, i, lex)) {
      score[i] = C_INITIAL;
      score[i + 1] = Math.max(score[i + 1], C_INITIAL);
      i = takeSurnames(tokens, i + 1, score, lex, titleCase);
      continue;
    }
    score[i] = anchor(tokens, i, lex, titleCase);
    if (score[i]) i = takeSurnames(tokens, i, score, lex, titleCase);
  }
  for (const i of contextAnchors(tokens, text, lex, (k) => score[k] > 0)) {
    if (score[i]) continue;
    score[i] = C_CONTEXT;
    takeSurnames(tokens, i, score, lex, titleCase);
  }
  // a capitalised unknown word opening a sentence, right before a capitalised name: "Zorbulon Quint has…"
  for (let i = tokens.length - 2; i >= 0; i--) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!score[i] && score[i + 1] && t.cap && next.cap && joined(next) && !titleCase && surnameLike(t, lex) && !lex.known(t.lower)) score[i] = score[i + 1];
  }

  const spans: Span[] = [];
  tokens.forEach((t, i) => {
    if (!score[i]) return;
    const last = spans[spans.length - 1];
    const gap = last ? text.slice(last.end, t.start) : '';
    const initialGap = i > 0 && tokens[i - 1].word.length === 1 && /^\.?[ \t]*$/.test(gap);
    if (last && score[i - 1] && (/^[ \t'\u2019-]*$/.test(gap) || initialGap)) {
      last.end = t.end;
      last.confidence = Math.max(last.confidence, score[i]);
    } else spans.push({ kind: 'name', start: t.start, end: t.end, confidence: score[i] });
  });
  return spans;
}
