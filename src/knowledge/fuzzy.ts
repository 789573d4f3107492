/**
 * Spelling-slip correction of query words the index has never seen: a bounded Damerau-Levenshtein search
 * over the index vocabulary, with candidates from a precomputed delete neighbourhood (as SymSpell does), so a
 * correction costs a few map look-ups. (fuse.js, tried here first, cost milliseconds a word; it now reads
 * misspelt organisation names, where the list is short: see organisations.ts.)
 */

/** Shortest word we try to correct: below 5 letters one edit turns most words into other real words. */
export const MIN_FUZZY_LENGTH = 5;
/** From this length two edits are allowed ("relatinoshp"); at 8 letters two edits already turn real words
 * into other real words ("shouting" → "sorting"). */
export const TWO_EDITS_LENGTH = 10;
/** Longest word we try to correct. The longest word in the guidance is 16 letters ("responsibilities"), so a slip
 * of it is at most 18; past 20 letters a token is not a slip of anything we know, and its two-edit delete
 * neighbourhood (about n²/2 strings of n letters) would make one long "word" cost seconds and gigabytes. */
export const MAX_FUZZY_LENGTH = 20;

/** Work done by correct(), counted so tests can prove it stays bounded whatever the text (no timing). */
export interface FuzzyWork {
  /** Words looked at by correct(). */
  words: number;
  /** Delete variants generated and looked up. */
  variants: number;
  /** Edit distances computed against candidates. */
  comparisons: number;
}

/** The three rows editDistance works in, reused between calls (a search screens several words against every
 * organisation alias, and allocating rows each time was most of that cost). Grown as needed. */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Restricted Damerau-Levenshtein distance, or max+1 as soon as it must exceed max. */
export function editDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (rows[0].length < lb + 1) rows = rows.map(() => new Int32Array(2 * (lb + 1)));
  // prev2 is read only from the third row on, when it holds row i − 2; cur is written before it is read.
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= lb; j++) prev[j] = j;
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

/** All strings reachable from `w` by deleting up to `n` letters (SymSpell's delete neighbourhood). */
function deletes(w: string, n: number, out: Set<string> = new Set()): Set<string> {
  if (n === 0 || w.length <= 1) return out;
  for (let i = 0; i < w.length; i++) {
    const d = w.slice(0, i) + w.slice(i + 1);
    if (!out.has(d)) { out.add(d); deletes(d, n - 1, out); }
  }
  return out;
}

/** The vocabulary of surface words seen at build time, with a delete-neighbourhood index for fast correction. */
export class Vocabulary {
  /** delete-variant (or the word itself) → words it came from. */
  private readonly neighbours = new Map<string, string[]>();
  /** Running totals of correction work (read-only to callers; tests compare before and after). */
  readonly work: FuzzyWork = { words: 0, variants: 0, comparisons: 0 };

  /** `words`: surface word → how many entries use it (tie-breaker: the commoner word wins). */
  constructor(private readonly words: Map<string, number>) {
    for (const w of words.keys()) {
      if (w.length < MIN_FUZZY_LENGTH - 1 || /\d/.test(w)) continue;
      for (const v of [w, ...deletes(w, maxEdits(w.length + 2))]) {
        const list = this.neighbours.get(v);
        if (list) list.push(w); else this.neighbours.set(v, [w]);
      }
    }
  }

  /** True when the surface word is known. */
  has(word: string): boolean {
    return this.words.has(word);
  }

  /** The closest known word within the edit budget for its length, or undefined (same first letter, then the commoner word, wins ties). */
  correct(word: string): string | undefined {
    this.work.words++;
    if (word.length < MIN_FUZZY_LENGTH || word.length > MAX_FUZZY_LENGTH || /\d/.test(word)) return undefined;
    const max = maxEdits(word.length);
    let best: string | undefined;
    let bestKey = Infinity;
    const seen = new Set<string>();
    for (const v of [word, ...deletes(word, max)]) {
      this.work.variants++;
      for (const cand of this.neighbours.get(v) ?? []) {
        if (seen.has(cand)) continue;
        seen.add(cand);
        this.work.comparisons++;
        const d = editDistance(word, cand, max);
        if (d > max) continue;
        const key = d * 1e6 + (cand[0] === word[0] ? 0 : 5e5) - (this.words.get(cand) ?? 0);
        if (key < bestKey) { bestKey = key; best = cand; }
      }
    }
    return best;
  }
}

function maxEdits(length: number): number {
  return length >= TWO_EDITS_LENGTH ? 2 : length >= MIN_FUZZY_LENGTH ? 1 : 0;
}
