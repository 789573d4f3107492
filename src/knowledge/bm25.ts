/**
 * BM25F over the fields of an entry. Everything that does not depend on the question (term frequency
 * saturation, length normalisation, field boosts, idf) is folded into one precomputed score per
 * (term, entry) at build time, so a search only adds numbers.
 */

/** Okapi BM25 parameters. k: term-frequency saturation (1.2 to 2 usual; low, as our fields are short and a
 * repeated word adds little). Each field has its own b (length normalisation, 0 none to 1 full). */
export const BM25_K = 1.2;

/** One field of an entry, with how much a match in it counts and how much its length is normalised. */
export interface FieldSpec {
  name: string;
  /** Boost relative to the quote (1). */
  boost: number;
  /** BM25 b: 0.75 for prose; lower for lists of phrasings, where length means more phrasings, not dilution. */
  b: number;
}

/** A term's postings: the entries it occurs in and its precomputed BM25F score in each. */
export interface Posting {
  docs: Int32Array;
  scores: Float64Array;
}

/** Input document: its analysed terms per field name. */
export type FieldTerms = Record<string, string[]>;

/** The precomputed table: postings and idf per term. */
export interface Bm25Table {
  postings: Map<string, Posting>;
  idf: Map<string, number>;
  /** Median idf of the vocabulary: the weight we give a question word the index has never seen. */
  medianIdf: number;
  docCount: number;
}

/** Robertson–Spärck Jones idf with the +1 that keeps it positive (as Lucene and MiniSearch do). */
export function idf(docCount: number, docFreq: number): number {
  return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
}

/** Builds BM25F postings from analysed documents (one FieldTerms per entry, in entry order). */
export function buildBm25(docs: FieldTerms[], fields: readonly FieldSpec[], k = BM25_K): Bm25Table {
  const n = docs.length;
  const avgLen = new Map<string, number>();
  for (const f of fields) {
    const total = docs.reduce((s, d) => s + (d[f.name]?.length ?? 0), 0);
    avgLen.set(f.name, Math.max(1, total / Math.max(1, n)));
  }
  // tf~(t, d) = Σ_f boost_f · tf_f / (1 − b_f + b_f · len_f / avglen_f)
  const weighted = new Map<string, Map<number, number>>();
  docs.forEach((doc, d) => {
    for (const f of fields) {
      const list = doc[f.name] ?? [];
      if (list.length === 0) continue;
      const norm = 1 - f.b + f.b * (list.length / (avgLen.get(f.name) ?? 1));
      const counts = new Map<string, number>();
      for (const t of list) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const [t, c] of counts) {
        const perDoc = weighted.get(t) ?? new Map<number, number>();
        perDoc.set(d, (perDoc.get(d) ?? 0) + (f.boost * c) / norm);
        weighted.set(t, perDoc);
      }
    }
  });
  const postings = new Map<string, Posting>();
  const idfs = new Map<string, number>();
  for (const [t, perDoc] of weighted) {
    const w = idf(n, perDoc.size);
    idfs.set(t, w);
    const docsArr = new Int32Array(perDoc.size);
    const scores = new Float64Array(perDoc.size);
    let i = 0;
    for (const [d, tf] of perDoc) {
      docsArr[i] = d;
      scores[i] = (w * tf * (k + 1)) / (tf + k);
      i++;
    }
    postings.set(t, { docs: docsArr, scores });
  }
  const sorted = [...idfs.values()].sort((a, b) => a - b);
  const medianIdf = sorted.length ? sorted[Math.floor(sorted.length / 2)] : 1;
  return { postings, idf: idfs, medianIdf, docCount: n };
}
