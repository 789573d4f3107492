/** Finds organisations named in a question: aliases (multi-word first), possessives, and slips via fuse.js. */
import Fuse from 'fuse.js';
import { editDistance } from './fuzzy.js';
import { tokenize } from './tokenize.js';
import type { Organisation } from './types.js';

/** fuse.js score under which a misspelt word is taken as an organisation alias ("southwak", "surry"). Strict,
 * because a false organisation demotes every other council's guidance. */
export const ORG_FUZZY_SCORE = 0.25;
/** Shortest word we try to read as a misspelt organisation: shorter words collide with ordinary words. */
export const ORG_FUZZY_MIN_LENGTH = 5;

interface Alias { org: string; words: string[] }

/** Alias tables compiled once per index. */
export interface OrgMatcher {
  byFirst: Map<string, Alias[]>;
  single: Map<string, string>;
  fuse: Fuse<{ word: string; org: string }>;
  fuzzyWords: string[];
}

/** What the question said about organisations. */
export interface OrgMention {
  orgs: string[];
  /** Token positions that named an organisation (to drop from the topic words). */
  consumed: Set<number>;
}

/** Compiles the organisations' aliases (and ids and names) for matching. */
export function compileOrgMatcher(orgs: readonly Organisation[]): OrgMatcher {
  const byFirst = new Map<string, Alias[]>();
  const single = new Map<string, string>();
  for (const o of orgs) {
    const names = new Set([o.id.replace(/-/g, ' '), o.name, o.shortName, ...o.aliases].map((s) => s.toLowerCase()));
    for (const name of names) {
      const words = tokenize(name);
      if (words.length === 0) continue;
      if (words.length === 1) single.set(words[0], o.id);
      const list = byFirst.get(words[0]) ?? [];
      list.push({ org: o.id, words });
      list.sort((a, b) => b.words.length - a.words.length);
      byFirst.set(words[0], list);
    }
  }
  const fuzzyWords = [...single].filter(([w]) => w.length >= ORG_FUZZY_MIN_LENGTH - 1).map(([word, org]) => ({ word, org }));
  const fuse = new Fuse(fuzzyWords, { keys: ['word'], includeScore: true, threshold: ORG_FUZZY_SCORE });
  return { byFirst, single, fuse, fuzzyWords: fuzzyWords.map((x) => x.word) };
}

/** Finds organisations in the surface tokens. `isContent(word)` keeps generic words of long aliases
 * ("fostering" in "southwark fostering") as topic words; `isKnown(word)` stops fuzzy reading of real words. */
export function findOrganisations(m: OrgMatcher, typed: string[], isContent: (w: string) => boolean, isKnown: (w: string) => boolean): OrgMention {
  // Possessives typed without an apostrophe ("kents", "bracknells") name the organisation.
  const words = typed.map((w) => (!m.byFirst.has(w) && w.endsWith('s') && m.byFirst.has(w.slice(0, -1)) ? w.slice(0, -1) : w));
  const orgs: string[] = [];
  const consumed = new Set<number>();
  const add = (org: string): void => { if (!orgs.includes(org)) orgs.push(org); };
  for (let i = 0; i < words.length; i++) {
    const list = m.byFirst.get(words[i]);
    const hit = list?.find((a) => a.words.every((w, j) => words[i + j] === w));
    if (hit) {
      add(hit.org);
      hit.words.forEach((w, j) => { if (m.single.has(w) || !isContent(w)) consumed.add(i + j); });
      i += hit.words.length - 1;
      continue;
    }
    const w = words[i];
    if (w.length < ORG_FUZZY_MIN_LENGTH || isKnown(w)) continue;
    // Cheap bounded edit-distance screen first; fuse.js then scores the slip (it costs ~0.1 ms a call).
    if (!m.fuzzyWords.some((a) => editDistance(w, a, 2) <= 2)) continue;
    const [best] = m.fuse.search(w, { limit: 1 });
    if (best && (best.score ?? 1) <= ORG_FUZZY_SCORE && editDistance(w, best.item.word, 2) <= 2) {
      add(best.item.org);
      consumed.add(i);
    }
  }
  return { orgs, consumed };
}
