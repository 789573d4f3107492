/**
 * Names found from context, for names on no list ("for xanthe brightwater", "his mum shanice",
 * "spoke to kai", "zuri's dad", "with tobi and ember"): a word that is not ordinary English
 * (not in the built-in lists, the guide's own terms or WordNet) standing where a person stands.
 * Errs towards redaction: a rare typo in that place becomes [name] in stored text, never the reverse.
 */
import { inWordNet, oneSlipFrom } from './dictionary.js';
import { FUNCTION_WORDS } from './english.js';
import { isGivenName } from './given-names.js';
import { joined, surnameLike, type Lexicon, type Token } from './names-tokens.js';

/** Family and person words after which (or after whose possessive) a name stands: "his mum shanice", "zuri's dad". */
export const KIN: ReadonlySet<string> = new Set(
  'mum mom mam mother dad father nan nana gran grandma grandad grandpa nanny aunt auntie aunty uncle brother sister bro sis son daughter cousin stepdad stepmum stepfather stepmother partner boyfriend girlfriend bf gf husband wife ex carer child kid baby yp cyp lad girl boy sibling twin niece nephew teacher'.split(' '),
);
/** Words after which one unusual word is a person: "spoke to kai", "visited zuri", "re xanthe". */
const CONTACT = new Set('re visited visiting visit saw seen see met meet meeting phoned phone rang ring told tell asked ask emailed texted messaged supporting support'.split(' '));
const CONTACT_PAIRS = new Set(['spoke to', 'speak to', 'speaking to', 'talked to', 'talk to', 'talking to', 'spoke with', 'working with', 'work with', 'sat with', 'went to', 'go to', 'came with', 'placed with', 'staying with', 'living with', 'lives with']);
/** Prepositions after which two unusual words in a row are a full name: "for xanthe brightwater". */
const BEFORE_FULL_NAME = new Set(['for', 'with', 'about', 'from', 'to', 'and', 'of', 'by', 're']);
/** Chat shorthand that is not English to WordNet but never a name. */
const CHAT = new Set('lol tbh idk pls plz thx omg btw fyi asap atm rn ffs imo aka etc ok okay hiya cos coz gonna wanna ya yeah yep nope'.split(' '));
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

/** Indices of tokens that context makes a person's name (each is then an anchor for surnames). */
export function contextAnchors(tokens: Token[], text: string, lex: Lexicon, named: (i: number) => boolean = () => false): number[] {
  const out = new Set<number>();
  /** Length of the run of joined unusual words through token i: a long run is noise or another language, not a name. */
  const oddRun = (i: number): number => {
    let a = i;
    let b = i;
    while (a > 0 && odd(a - 1) && joined(tokens[a])) a--;
    while (b + 1 < tokens.length && odd(b + 1) && joined(tokens[b + 1])) b++;
    return b - a + 1;
  };
  const memo = new Map<number, boolean>();
  const odd = (i: number): boolean => {
    if (!memo.has(i)) memo.set(i, tokens[i] !== undefined && unusual(tokens[i], lex));
    return memo.get(i)!;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const pair = i >= 2 ? `${tokens[i - 2].lower} ${prev.lower}` : '';
    const linked = prev !== undefined && joined(t);
    if (!odd(i) && !(isGivenName(t.word) && next && KIN.has(next.lower) && possessive(text, t))) continue;
    if (odd(i) && oddRun(i) > MAX_NAME_WORDS) continue;
    if (linked && (KIN.has(prev.lower) || CONTACT.has(prev.lower) || CONTACT_PAIRS.has(pair))) out.add(i);
    else if (next && KIN.has(next.lower) && (possessive(text, t) || /s$/.test(t.lower))) out.add(i);
    else if (odd(i + 1) && joined(next)) out.add(i);
    else if (linked && BEFORE_FULL_NAME.has(prev.lower) && (!next || !joined(next) || surnameLike(next, lex))) out.add(i);
    else if (t.sentenceStart && next && joined(next) && surnameLike(next, lex)) out.add(i);
  }
  // "with tobi and ember": a word joined by "and" to a name found here is a name too, if it could be one.
  const partner = (i: number): boolean => odd(i) || isGivenName(tokens[i].word);
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i + 1].lower !== 'and') continue;
    const name = (k: number) => out.has(k) || named(k);
    if (name(i) && !name(i + 2) && partner(i + 2)) out.add(i + 2);
    if (name(i + 2) && !name(i) && partner(i)) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}
