/**
 * Training for the urgent-risk model. Pure and deterministic: the same examples in the same
 * order give the same weights (full-batch gradient descent, fixed iteration count, sorted
 * feature names, rounded weights). Used by src/scripts/train-urgent.ts and by tests.
 */
import { MODEL_VERSION, type UrgentModel } from './model.js';
import type { Features } from './features.js';

export interface Example { features: Features; urgent: boolean }

export interface TrainOptions {
  /** L2 penalty per weight (not on the bias), scaled by the number of examples. */
  l2: number;
  /** A feature must occur in at least this many training messages (rarer n-grams are noise). */
  minCount: number;
  /** Keep at most this many features (largest |weight|), then retrain on them. */
  maxFeatures: number;
  iterations: number;
  learningRate: number;
}

/** Defaults chosen by cross-validation by file (see train-urgent.ts and the report in the model's meta). */
export const DEFAULT_TRAIN: Readonly<TrainOptions> = Object.freeze({
  l2: 0.0003, minCount: 2, maxFeatures: 3000, iterations: 400, learningRate: 0.1,
});

/** Weights are rounded to this many decimals so that the JSON diff stays readable and stable. */
const DECIMALS = 4;

interface Dense { idx: Int32Array; val: Float64Array; y: number }

function fit(data: Dense[], nFeat: number, o: TrainOptions): { bias: number; w: Float64Array } {
  const w = new Float64Array(nFeat);
  const m = new Float64Array(nFeat + 1);
  const v = new Float64Array(nFeat + 1);
  const g = new Float64Array(nFeat + 1);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  let bias = 0;
  for (let it = 1; it <= o.iterations; it++) {
    g.fill(0);
    for (const d of data) {
      let z = bias;
      for (let k = 0; k < d.idx.length; k++) z += w[d.idx[k]] * d.val[k];
      const err = 1 / (1 + Math.exp(-z)) - d.y;
      for (let k = 0; k < d.idx.length; k++) g[d.idx[k]] += err * d.val[k];
      g[nFeat] += err;
    }
    // Adam on the mean gradient plus the L2 term.
    for (let j = 0; j <= nFeat; j++) {
      const grad = g[j] / data.length + (j < nFeat ? o.l2 * w[j] : 0);
      m[j] = b1 * m[j] + (1 - b1) * grad;
      v[j] = b2 * v[j] + (1 - b2) * grad * grad;
      const step = (o.learningRate * (m[j] / (1 - b1 ** it))) / (Math.sqrt(v[j] / (1 - b2 ** it)) + eps);
      if (j < nFeat) w[j] -= step; else bias -= step;
    }
  }
  return { bias, w };
}

function encode(examples: readonly Example[], names: string[]): Dense[] {
  const index = new Map(names.map((n, i) => [n, i]));
  return examples.map((e) => {
    const pairs = [...e.features].filter(([n]) => index.has(n)).map(([n, x]) => [index.get(n) as number, x] as const)
      .sort((a, b) => a[0] - b[0]);
    return { idx: Int32Array.from(pairs.map((p) => p[0])), val: Float64Array.from(pairs.map((p) => p[1])), y: e.urgent ? 1 : 0 };
  });
}

const round = (x: number): number => Math.round(x * 10 ** DECIMALS) / 10 ** DECIMALS;

/** Trains a logistic model: `trainModel(examples, DEFAULT_TRAIN)`; deterministic for a given input. */
export function trainModel(examples: readonly Example[], options: Partial<TrainOptions> = {}, meta: Record<string, unknown> = {}): UrgentModel {
  const o = { ...DEFAULT_TRAIN, ...options };
  const df = new Map<string, number>();
  for (const e of examples) for (const n of e.features.keys()) df.set(n, (df.get(n) ?? 0) + 1);
  let names = [...df].filter(([n, c]) => c >= o.minCount || n.startsWith('r:') || n.startsWith('c:')).map(([n]) => n).sort();
  let { bias, w } = fit(encode(examples, names), names.length, o);
  if (names.length > o.maxFeatures) {
    const keep = names.map((n, i) => [n, Math.abs(w[i])] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, o.maxFeatures).map(([n]) => n).sort();
    names = keep;
    ({ bias, w } = fit(encode(examples, names), names.length, o));
  }
  const weights: Record<string, number> = {};
  names.forEach((n, i) => { const r = round(w[i]); if (r !== 0) weights[n] = r; });
  return { version: MODEL_VERSION, bias: round(bias), weights, meta: { ...meta, options: o } };
}
