/**
 * A naive-Bayes table of terms: each term's log-odds of one class of texts against another, learned from labelled
 * term lists. The answers' out-of-scope lean (knowledge/scope.ts) and the urgent detector's calm lean
 * (safeguarding/urgent/lean.ts) are both this table over words and adjacent word pairs. Pure.
 *
 *   const table = learnLogOdds(outOfScopeTermLists, inScopeTermLists, { minCount: 2 });
 *   table['mileage'] // > 0: leans towards the first class
 */

/** Term → log-odds of the first class against the second (positive: leans towards the first). */
export type LogOddsTable = Record<string, number>;

export interface LogOddsOptions {
  /** A term seen in fewer texts than this (both classes together) carries no weight. */
  minCount: number;
  /** Terms leaning less than this either way are left out (they add nothing but size). Default 0: all kept. */
  minWeight?: number;
  /** Additive smoothing of the counts. Default 0.5. */
  smoothing?: number;
  /** Weights are rounded to this many decimals so that the JSON stays readable and stable. Default 3. */
  decimals?: number;
}

/** The words and adjacent word pairs ("a_b") of a sequence of terms, each once. */
export function withPairs(terms: readonly string[]): string[] {
  return [...new Set([...terms, ...terms.slice(1).map((w, i) => `${terms[i]}_${w}`)])];
}

/** Learns the table from the term lists of each class (each class weighed as equally likely; keys sorted). */
export function learnLogOdds(towards: readonly (readonly string[])[], against: readonly (readonly string[])[], options: LogOddsOptions): LogOddsTable {
  const { minCount, minWeight = 0, smoothing = 0.5, decimals = 3 } = options;
  const count = (texts: readonly (readonly string[])[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const terms of texts) for (const w of new Set(terms)) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  };
  const ts = count(towards);
  const as = count(against);
  const table: LogOddsTable = {};
  for (const w of [...new Set([...ts.keys(), ...as.keys()])].sort()) {
    const t = ts.get(w) ?? 0;
    const a = as.get(w) ?? 0;
    if (t + a < minCount) continue;
    const lo = Math.log((t + smoothing) / (towards.length + 2 * smoothing)) - Math.log((a + smoothing) / (against.length + 2 * smoothing));
    if (Math.abs(lo) < minWeight) continue;
    table[w] = Math.round(lo * 10 ** decimals) / 10 ** decimals;
  }
  return table;
}
