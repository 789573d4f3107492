/**
 * Gradient-boosted regression trees for a yes/no label (logistic loss), grown on top of another model's log-odds:
 * each small tree corrects what the logistic answer model gets wrong together (a high coverage that rests on one word
 * of an out-of-scope question, a list overview for a question naming one item), which weighted sums cannot express.
 * Deterministic: features are cut at quantiles of the training values, splits are taken in feature order and only
 * on a strictly larger gain, and every sum runs in row order.
 *
 * @example
 *   const trees = fitTrees(xs, ys, baseLogOdds);
 *   const p = 1 / (1 + Math.exp(-(base(x) + treesLogOdds(trees, x))));
 */

/** One tree, as parallel arrays over its nodes (node 0 is the root): a split node sends x[feature] <= cut left. */
export interface Tree { feature: number[]; cut: number[]; left: number[]; right: number[]; value: number[] }
/** The trees and the step each one's value is scaled by. */
export interface Trees { rate: number; trees: Tree[] }

export interface TreeOptions {
  /** Trees grown (each corrects the sum before it). */
  count: number;
  /** Levels of splits per tree: 3 lets a tree read three signals together. */
  depth: number;
  /** Share of each tree's values added: small steps over many trees generalise better than a few big ones. */
  rate: number;
  /** Fewest training rows in a leaf, so that no leaf describes a handful of questions. */
  minLeaf: number;
  /** Shrinks each leaf's value towards zero (L2 on leaf values). */
  l2: number;
  /** Candidate cuts per signal (quantiles of its training values). */
  bins: number;
}

export const DEFAULT_TREES: TreeOptions = { count: 100, depth: 3, rate: 0.1, minLeaf: 30, l2: 1, bins: 32 };

/** Candidate cuts per feature: midpoints between distinct values when few, else quantiles. */
function cutsOf(xs: number[][], bins: number): number[][] {
  const out: number[][] = [];
  for (let j = 0; j < (xs[0]?.length ?? 0); j++) {
    const sorted = xs.map((x) => x[j]).sort((a, b) => a - b);
    const distinct = sorted.filter((v, i) => i === 0 || v !== sorted[i - 1]);
    const cuts: number[] = [];
    if (distinct.length <= bins) for (let i = 0; i + 1 < distinct.length; i++) cuts.push((distinct[i] + distinct[i + 1]) / 2);
    else for (let k = 1; k < bins; k++) { const v = sorted[Math.floor((k * sorted.length) / bins)]; if (!cuts.length || v > cuts[cuts.length - 1]) cuts.push(v); }
    out.push(cuts);
  }
  return out;
}

/** Index of the first cut at or above v (the bin v falls in). */
function binOf(cuts: number[], v: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (v > cuts[m]) lo = m + 1; else hi = m; }
  return lo;
}

/** Grows trees on the residual of `base` (each row's log-odds before the trees). */
export function fitTrees(xs: number[][], ys: number[], base: number[], options: TreeOptions = DEFAULT_TREES): Trees {
  const { count, depth, rate, minLeaf, l2, bins } = options;
  const n = xs.length;
  const cuts = cutsOf(xs, bins);
  const code = xs.map((x) => x.map((v, j) => binOf(cuts[j], v)));
  const z = Float64Array.from(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: Tree[] = [];
  for (let t = 0; t < count; t++) {
    for (let i = 0; i < n; i++) { const p = 1 / (1 + Math.exp(-z[i])); g[i] = p - ys[i]; h[i] = Math.max(p * (1 - p), 1e-6); }
    const tree: Tree = { feature: [], cut: [], left: [], right: [], value: [] };
    const grow = (rows: number[], level: number): number => {
      const node = tree.feature.length;
      let G = 0;
      let H = 0;
      for (const i of rows) { G += g[i]; H += h[i]; }
      tree.feature.push(-1); tree.cut.push(0); tree.left.push(-1); tree.right.push(-1); tree.value.push(Math.round((-G / (H + l2)) * 1e6) / 1e6);
      if (level >= depth || rows.length < 2 * minLeaf) return node;
      const split = bestSplit(rows, code, cuts, g, h, G, H, minLeaf, l2);
      if (!split) return node;
      tree.feature[node] = split.feature;
      tree.cut[node] = cuts[split.feature][split.bin];
      tree.left[node] = grow(rows.filter((i) => code[i][split.feature] <= split.bin), level + 1);
      tree.right[node] = grow(rows.filter((i) => code[i][split.feature] > split.bin), level + 1);
      return node;
    };
    grow(Array.from({ length: n }, (_, i) => i), 0);
    for (let i = 0; i < n; i++) z[i] += rate * leafValue(tree, xs[i]);
    trees.push(tree);
  }
  return { rate, trees };
}

/** The split of `rows` with the largest gain in the second-order logistic loss, or undefined when none helps. */
function bestSplit(rows: number[], code: number[][], cuts: number[][], g: Float64Array, h: Float64Array, G: number, H: number, minLeaf: number, l2: number): { feature: number; bin: number } | undefined {
  const parent = (G * G) / (H + l2);
  let best = 0;
  let out: { feature: number; bin: number } | undefined;
  for (let j = 0; j < cuts.length; j++) {
    const size = cuts[j].length + 1;
    const sg = new Float64Array(size);
    const sh = new Float64Array(size);
    const sc = new Int32Array(size);
    for (const i of rows) { const b = code[i][j]; sg[b] += g[i]; sh[b] += h[i]; sc[b]++; }
    let gl = 0;
    let hl = 0;
    let cl = 0;
    for (let b = 0; b < size - 1; b++) {
      gl += sg[b]; hl += sh[b]; cl += sc[b];
      if (cl < minLeaf || rows.length - cl < minLeaf) continue;
      const gain = (gl * gl) / (hl + l2) + ((G - gl) ** 2) / (H - hl + l2) - parent;
      if (gain > best) { best = gain; out = { feature: j, bin: b }; }
    }
  }
  return out;
}

function leafValue(tree: Tree, x: readonly number[]): number {
  let k = 0;
  while (tree.feature[k] >= 0) k = x[tree.feature[k]] <= tree.cut[k] ? tree.left[k] : tree.right[k];
  return tree.value[k];
}

/** The trees' correction to the log-odds for one feature vector. */
export function treesLogOdds(trees: Trees, x: readonly number[]): number {
  let s = 0;
  for (const tree of trees.trees) s += trees.rate * leafValue(tree, x);
  return s;
}
