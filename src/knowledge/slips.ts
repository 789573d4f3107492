/**
 * Spelling slips in text we author (entries' questions and keywords). A slip kept there becomes a word the index
 * knows, so a member of staff who makes the same slip is never corrected: "suport" would find the one entry whose
 * question holds it instead of every passage about support. A word is a slip when it is not in the guidance's own
 * text, not an English word (WordNet), not a thesaurus or alias word, and one correction away from a guidance word.
 * Used by the knowledge checks (test/knowledge/slips.test.ts) and `npm run knowledge -- review`. Pure but for WordNet.
 *
 * @example authoredSlips(kb, thesaurus) // [{ entry: 'bf-peer-support', field: 'questions', word: 'suport', guidance: 'support' }]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordNetDictDir } from '../util/wordnet-dir.js';
import { Vocabulary } from './fuzzy.js';
import { isStopWord } from './stopwords.js';
import type { Thesaurus } from './thesaurus.js';
import { analyse, toTerm } from './tokenize.js';
import type { KnowledgeBase } from './types.js';

export interface AuthoredSlip { entry: string; field: 'questions' | 'keywords'; word: string; guidance: string }

/** Contractions typed without the apostrophe ("wasnt", "theyve"): real words, not slips. */
const CONTRACTION = /^(.+?)(nt|ve|re|ll|d)$/;

let lemmaTerms: Set<string> | undefined;

/** WordNet's single-word lemmas, as surface words and as index terms; empty when the package is missing. */
function englishWords(): Set<string> {
  if (lemmaTerms) return lemmaTerms;
  lemmaTerms = new Set();
  const dir = wordNetDictDir();
  if (!dir) return lemmaTerms;
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dir, `index.${pos}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const lemma = line.slice(0, line.indexOf(' '));
      if (!lemma.includes('_')) { lemmaTerms.add(lemma); lemmaTerms.add(toTerm(lemma)); }
    }
  }
  return lemmaTerms;
}

const isEnglish = (word: string, english: Set<string>): boolean => english.has(word) || english.has(toTerm(word));
const isContraction = (word: string): boolean => { const m = CONTRACTION.exec(word); return !!m && isStopWord(m[1]); };

/** Slips in the authored questions and keywords of every entry, with the guidance word each is a slip of. */
export function authoredSlips(kb: KnowledgeBase, thesaurus: Thesaurus): AuthoredSlip[] {
  const guidance = new Map<string, number>();
  const known = new Set<string>(thesaurus.surfaces);
  for (const o of kb.organisations) for (const t of analyse([o.name, o.shortName, ...o.aliases].join('\n'))) known.add(t.surface);
  for (const e of kb.entries) {
    const src = kb.sourceById.get(e.source);
    const heading = src?.sections.find((s) => s.anchor === e.section)?.heading ?? '';
    for (const t of analyse([e.title, e.quote, heading, src?.title ?? ''].join('\n'))) guidance.set(t.surface, (guidance.get(t.surface) ?? 0) + 1);
  }
  const vocabulary = new Vocabulary(guidance);
  const english = englishWords();
  const out: AuthoredSlip[] = [];
  for (const e of kb.entries) {
    for (const field of ['questions', 'keywords'] as const) {
      for (const t of analyse(e[field].join('\n'))) {
        const w = t.surface;
        if (t.stop || guidance.has(w) || known.has(w) || /\d/.test(w) || isContraction(w) || isEnglish(w, english)) continue;
        const fixed = vocabulary.correct(w);
        // A guidance word the slip merely extends ("southwarks", "wider") is a possessive or a form, not a slip.
        if (fixed && !w.startsWith(fixed)) out.push({ entry: e.id, field, word: w, guidance: fixed });
      }
    }
  }
  return out;
}
