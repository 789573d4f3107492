/**
 * Names found from context, for names on no list ("for xanthe brightwater", "his mum shanice",
 * "spoke to kai", "zuri's dad", "with tobi and ember"): a word that is not ordinary English
 * (not in the built-in lists, the guide's own terms or WordNet) standing where a person stands.
 * Errs towards redaction: a rare typo in that place becomes [name] in stored text, never the reverse.
 */
import { inWordNet, oneSlipFrom, properNameWords } from './dictionary.js';
import { FUNCTION_WORDS } from './english.js';
import { isAmbiguousName, isGivenName } from './given-names.js';
import { joined, surnameLike, type Lexicon, type Token } from './names-tokens.js';
import { DOMAIN_WORDS, PERSON_CUES, TITLES } from './vocabulary.js';

/** Family and person words after which (or after whose possessive) a name stands: "his mum shanice", "zuri's dad". */
export const KIN: ReadonlySet<string> = new Set(
  'mum mom mam mother dad father parents nan nana gran grandma grandad grandpa nanny aunt auntie aunty uncle brother sister bro sis son daughter cousin stepdad stepmum stepfather stepmother partner boyfriend girlfriend bf gf husband wife ex carer carers child kid baby yp cyp lad girl boy sibling twin niece nephew teacher'.split(' '),
);
/** Words after which one unusual word is a person: "spoke to kai", "visited zuri", "re xanthe". */
const CONTACT = new Set('re visited visiting visit saw seen see met meet meeting phoned phone rang ring told tell asked ask emailed texted messaged supporting support'.split(' '));
const CONTACT_PAIRS = new Set(['spoke to', 'speak to', 'speaking to', 'talked to', 'talk to', 'talking to', 'spoke with', 'working with', 'work with', 'sat with', 'went to', 'go to', 'came with', 'placed with', 'staying with', 'living with', 'lives with']);
/** Words after which an unusual word is a person: "for xanthe brightwater", "with bastian". */
const BEFORE_FULL_NAME = new Set(['for', 'with', 'about', 're']);
/** Chat shorthand that is not English to WordNet but never a name. */
const CHAT = new Set('lol tbh idk pls plz thx omg btw fyi asap atm rn ffs imo aka etc ok okay hiya cos coz gonna wanna ya yeah yep nope wot wots multi inter non pre post sub anti csc reg standalone'.split(' '));
/** Most words of one full name ("ana maria da silva" has particles, counted elsewhere). */
const MAX_NAME_WORDS = 3;
/** Shortest unusual word taken for a name from context alone. */
const MIN_CONTEXT_NAME = 3;

/** True for a word that reads as no ordinary word: not a function word, chat, a guide term or English. */
export function unusual(t: Token, lex: Lexicon): boolean {
  if (t.word.length < MIN_CONTEXT_NAME || !/^[\p{L}][\p{L}\p{M}'\u2019-]*$/u.test(t.word)) return false;
  const w = t.lower.replace(/'/g, '');
  const word = (x: string) => FUNCTION_WORDS.has(x) || CHAT.has(x) || lex.known(x) || inWordNet(x);
  // "kents", "sws": a known word with a plural or possessive s; "assesments": one slip from a word.
  // Slips are judged against the guide's and the built-in words only: WordNet's rare words sit one
  // letter from too many names ("zoltan" and "coltan").
  return !word(w) && !(w.endsWith('s') && word(w.slice(0, -1))) && !oneSlipFrom(w, (x) => lex.known(x));
}

const possessive = (text: string, t: Token): boolean => /^['\u2019]s?\b/.test(text.slice(t.end));

/** Words a person's name stands before: "xanthe dob", "dorottya aged 11", "delphine runs it", "the adeyemi family". */
const BEFORE_DETAIL = new Set('dob aged age born nhs ni family familys household twins siblings'.split(' '));
const BEFORE_VERB = new Set('is was has had runs run wants wanted needs needed said says told keeps kept lives lived will wont cant isnt doesnt didnt came went'.split(' '));
/** What a possessive (even without its apostrophe) owns when its owner is a person: "marlowes mobile", "harlows carers". */
const OWNED = new Set([...'mobile phone number email address carer carers school file review plan worker sw'.split(' ')]);
/** Words between a family word and a name: "carers are the pennicotts", "mum is called". */
const LINKING = new Set('is are the a an called named mr mrs ms'.split(' '));
/** Modifiers before a family word: "anayas foster mum", "his birth dad". */
const KIN_MODIFIER = new Set('foster birth adoptive step social'.split(' '));

interface Ctx { tokens: Token[]; text: string; lex: Lexicon; odd(i: number): boolean }

const word = (c: Ctx, i: number): string | undefined => c.tokens[i]?.lower;
const kinAt = (c: Ctx, i: number): boolean => KIN.has(word(c, i) ?? '') || (KIN_MODIFIER.has(word(c, i) ?? '') && KIN.has(word(c, i + 1) ?? ''));
const linkedTo = (c: Ctx, i: number): boolean => i > 0 && joined(c.tokens[i]);
const pairBefore = (c: Ctx, i: number): string => (i >= 2 ? `${word(c, i - 2)} ${word(c, i - 1)}` : '');

/** The context rules, each for an unusual word at i (or a listed given name in a possessive). First that holds wins. */
const CONTEXT_RULES: readonly { name: string; holds(c: Ctx, i: number): boolean }[] = [
  { name: 'after a family or contact word', holds: (c, i) => linkedTo(c, i) && (kinAt(c, i - 1) || CONTACT.has(word(c, i - 1)!) || CONTACT_PAIRS.has(pairBefore(c, i))) },
  { name: 'family word a few words before', holds: (c, i) => [1, 2, 3].some((k) => kinAt(c, i - k) && c.tokens.slice(i - k + 1, i).every((t) => LINKING.has(t.lower))) },
  { name: 'possessive of a family word or detail', holds: (c, i) => (possessive(c.text, c.tokens[i]) || /s$/.test(c.tokens[i].lower)) && (kinAt(c, i + 1) || OWNED.has(word(c, i + 1) ?? '')) },
  { name: 'two unusual words', holds: (c, i) => c.odd(i + 1) && joined(c.tokens[i + 1]) },
  { name: 'after "for", "with", "about"…', holds: (c, i) => linkedTo(c, i) && BEFORE_FULL_NAME.has(word(c, i - 1)!) },
  { name: 'before a detail or a verb', holds: (c, i) => BEFORE_DETAIL.has(word(c, i + 1) ?? '') || (BEFORE_VERB.has(word(c, i + 1) ?? '') && (c.tokens[i].sentenceStart || /,\s*$/.test(c.tokens[i].before))) },
  { name: 'and his or her family word', holds: (c, i) => word(c, i + 1) === 'and' && ['his', 'her', 'their'].includes(word(c, i + 2) ?? '') && kinAt(c, i + 3) },
  { name: 'opening a sentence before a surname', holds: (c, i) => c.tokens[i].sentenceStart && c.tokens[i + 1] !== undefined && joined(c.tokens[i + 1]) && surnameLike(c.tokens[i + 1], c.lex) },
];

/** Indices of tokens that context makes a person's name (each is then an anchor for surnames). */
export function contextAnchors(tokens: Token[], text: string, lex: Lexicon, named: (i: number) => boolean = () => false): number[] {
  const out = new Set<number>();
  const memo = new Map<number, boolean>();
  const odd = (i: number): boolean => {
    if (!memo.has(i)) memo.set(i, tokens[i] !== undefined && unusual(tokens[i], lex));
    return memo.get(i)!;
  };
  /** Length of the run of joined unusual words through token i: a long run is noise or another language, not a name. */
  const oddRun = (i: number): number => {
    let a = i;
    let b = i;
    while (a > 0 && odd(a - 1) && joined(tokens[a])) a--;
    while (b + 1 < tokens.length && odd(b + 1) && joined(tokens[b + 1])) b++;
    return b - a + 1;
  };
  const c: Ctx = { tokens, text, lex, odd };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // a listed given name with a possessive s and no apostrophe: "tylers review"
    const givenPossessive = /s$/.test(t.lower) && isGivenName(t.lower.slice(0, -1)) && !isAmbiguousName(t.lower.slice(0, -1));
    if (givenPossessive && !named(i)) { out.add(i); continue; }
    if (!odd(i) && !(isGivenName(t.word) && kinAt(c, i + 1) && possessive(text, t))) continue;
    if (odd(i) && oddRun(i) > MAX_NAME_WORDS) continue;
    if (CONTEXT_RULES.some((r) => r.holds(c, i))) out.add(i);
  }
  // a forename WordNet knows as a proper name, before a surname found here: "fraser mcallister", "marcel ionescu"
  const proper = properNameWords();
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    // a guide word may be a forename here ("fraser"), but never an organisation or place ("kent")
    if (!joined(tokens[i]) || out.has(i - 1) || named(i - 1) || !(out.has(i) || odd(i)) || prev.word.length < MIN_CONTEXT_NAME) continue;
    if (DOMAIN_WORDS.has(prev.lower) || FUNCTION_WORDS.has(prev.lower) || PERSON_CUES.has(prev.lower) || TITLES.has(prev.lower)) continue;
    if (proper.has(prev.lower)) { out.add(i - 1); out.add(i); }
  }
  // "with tobi and ember", "mehmet and ayla": words joined by "and" to a name, or two unusual words so joined.
  const partner = (i: number): boolean => odd(i) || isGivenName(tokens[i].word);
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i + 1].lower !== 'and') continue;
    const name = (k: number) => out.has(k) || named(k);
    if ((name(i) || (odd(i) && odd(i + 2))) && !name(i + 2) && partner(i + 2)) out.add(i + 2);
    if (name(i + 2) && !name(i) && partner(i)) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}
