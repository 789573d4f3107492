/**
 * Spelling-slip correction of query words the index has never seen: a bounded Damerau-Levenshtein search
 * over the index vocabulary (fast, length-bucketed), with fuse.js as a second opinion for long words.
 */
import Fuse from 'fuse.js';

/** Shortest word we try to correct: below 5 letters one edit turns most words into other real words. */
export const MIN_FUZZY_LENGTH = 5;
/** From this length two edits are allowed ("principels" → "principles" is one transposition plus room). */
export const TWO_EDITS_LENGTH = 8;
/** fuse.js score (0 perfect, 1 nothing) under which its suggestion is accepted: strict, as it is a fallback. */
export const FUSE_ACCEPT_SCORE = 0.2;
/** Only words at least this long go to the fuse.js fallback: short words match too much by accident. */
export const FUSE_MIN_LENGTH = 7;

/** Restricted Damerau-Levenshtein distance, or max+1 as soon as it must exceed max. */
export function editDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let prev2 = new Array<number>(lb + 1).fill(0);
  let prev = Array.from({ length: lb + 1 }, (_, j) => j);
  let cur = new Array<number>(lb + 1).fill(0);
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[lb];
}

/** The vocabulary of surface words seen at build time, bucketed by length, with their frequency. */
export class Vocabulary {
  private readonly byLength = new Map<number, string[]>();
  private readonly fuse: Fuse<string>;

  /** `words`: surface word → how many entries use it (tie-breaker: the commoner word wins). */
  constructor(private readonly words: Map<string, number>) {
    for (const w of words.keys()) {
      if (w.length < MIN_FUZZY_LENGTH - 1 || /\d/.test(w)) continue;
      const list = this.byLength.get(w.length) ?? [];
      list.push(w);
      this.byLength.set(w.length, list);
    }
    const long = [...words.keys()].filter((w) => w.length >= FUSE_MIN_LENGTH - 2 && !/\d/.test(w));
    this.fuse = new Fuse(long, { includeScore: true, threshold: FUSE_ACCEPT_SCORE, ignoreLocation: true, minMatchCharLength: 4 });
  }

  /** True when the surface word is known. */
  has(word: string): boolean {
    return this.words.has(word);
  }

  /** The closest known word within the edit budget for its length, or undefined. */
  correct(word: string): string | undefined {
    if (word.length < MIN_FUZZY_LENGTH || /\d/.test(word)) return undefined;
    const max = word.length >= TWO_EDITS_LENGTH ? 2 : 1;
    let best: string | undefined;
    let bestD = max + 1;
    let bestF = -1;
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const cand of this.byLength.get(len) ?? []) {
        const d = editDistance(word, cand, Math.min(max, bestD));
        const f = this.words.get(cand) ?? 0;
        if (d < bestD || (d === bestD && d <= max && (cand[0] === word[0] ? 1 : 0) * 1000 + f > (best && best[0] === word[0] ? 1 : 0) * 1000 + bestF)) {
          best = cand; bestD = d; bestF = f;
        }
      }
    }
    if (best && bestD <= max) return best;
    if (word.length < FUSE_MIN_LENGTH) return undefined;
    const [hit] = this.fuse.search(word, { limit: 1 });
    return hit && (hit.score ?? 1) <= FUSE_ACCEPT_SCORE && Math.abs(hit.item.length - word.length) <= 2 ? hit.item : undefined;
  }
}
