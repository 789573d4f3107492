/**
 * Calibrated confidence, learned rather than hand-set: a logistic model maps the ranking's signals for the best
 * passage (coverage, strength, margins, how much of the question the guide has never seen, how much rests on one
 * word, what kind of passage it is) to the probability that it answers the question, and small boosted trees
 * (boosted.ts) correct its log-odds where signals act together. Trained offline by `npm run train-answers` on
 * labelled question sets, cross-validated by set; the weights, trees and the two thresholds live in
 * answer-model.json beside this file.
 *
 * @example
 *   const p = probability(model, features); // 0..1
 *   decide(model, p, hasDistinctRunnerUp); // 'answer' | 'did-you-mean' | 'no-answer'
 */
import { readFileSync } from 'node:fs';
import { treesLogOdds, type Trees } from './boosted.js';

/** The signals, in the model's order. Each is roughly 0..1. */
export const FEATURE_NAMES = [
  'coverage', 'strength', 'margin', 'gap3', 'unknownShare', 'matchedShare', 'oneWordShare', 'literalCoverage',
  'orgNamed', 'documentFact', 'listAnswer', 'listQuestion', 'length', 'handConfidence', 'titleShare', 'aidShare',
  'phrase', 'scopeLean', 'kindNamed', 'leaderDoubt',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

/** A trained model: standardisation, weights, and the two thresholds on its probability. */
export interface AnswerModel {
  features: string[];
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
  /** Corrections to the logistic log-odds (absent in a model trained before them). */
  trees?: Trees;
  /** At or above: a clear answer. Trades right answers given (lower) against wrong answers given (higher). */
  answerAt: number;
  /** At or above (and below answerAt): "did you mean", when a different answer is close; below: the honest
   * no-answer. Trades hedges, which are not answers, against saying "no guidance" when the guide knew. */
  hedgeAt: number;
  /** How it was made (sets, cross-validated figures), for `--check` and the README. */
  trained?: Record<string, unknown>;
}

/** The committed model, read once. */
export function loadAnswerModel(): AnswerModel {
  const model = JSON.parse(readFileSync(new URL('./answer-model.json', import.meta.url), 'utf8')) as AnswerModel;
  if (model.features.join() !== FEATURE_NAMES.join()) {
    throw new Error(`answer-model.json: field "features" does not match the engine's signals; run npm run train-answers`);
  }
  return model;
}

/** The feature vector in model order. */
export function vector(f: Features): number[] {
  return FEATURE_NAMES.map((n) => f[n]);
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Probability (0..1) that the best passage answers the question. */
export function probability(model: AnswerModel, f: Features): number {
  const x = vector(f);
  return model.trees ? sigmoid(logOdds(model, x) + treesLogOdds(model.trees, x)) : logistic(model, x);
}

/** A fitted logistic model (fitLogistic) applied to a raw vector in its order: standardised, weighted, squashed. */
export function logistic(model: Pick<AnswerModel, 'mean' | 'std' | 'weights' | 'bias'>, x: number[]): number {
  return sigmoid(logOdds(model, x));
}

/** The log-odds of a fitted logistic model (before squashing). */
export function logOdds(model: Pick<AnswerModel, 'mean' | 'std' | 'weights' | 'bias'>, x: number[]): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += model.weights[i] * ((x[i] - model.mean[i]) / (model.std[i] || 1));
  return z;
}

/** The outcome for a probability: answer, hedge between different answers, or the honest no-answer. */
export function decide(model: AnswerModel, p: number, distinctRunnerUp: boolean): 'answer' | 'did-you-mean' | 'no-answer' {
  if (p >= model.answerAt) return 'answer';
  if (p >= model.hedgeAt && distinctRunnerUp) return 'did-you-mean';
  return 'no-answer';
}

/** Least spread a signal is scaled by (see fitLogistic). */
const MIN_SPREAD = 0.1;

/** Fits a logistic regression by full-batch gradient descent from zero (deterministic), with L2 shrinkage. */
export function fitLogistic(xs: number[][], ys: number[], { l2 = 0.01, steps = 3000, rate = 0.5 } = {}): Pick<AnswerModel, 'mean' | 'std' | 'weights' | 'bias'> {
  const dims = xs[0]?.length ?? 0;
  // Standardised, with the spread floored so that a rare yes/no signal (a page-facts entry, 2% of questions) does
  // not become a huge value whenever it is set.
  const mean = Array.from({ length: dims }, (_, j) => xs.reduce((s, x) => s + x[j], 0) / Math.max(1, xs.length));
  const std = Array.from({ length: dims }, (_, j) => Math.max(MIN_SPREAD, Math.sqrt(xs.reduce((s, x) => s + (x[j] - mean[j]) ** 2, 0) / Math.max(1, xs.length))));
  const z = xs.map((x) => x.map((v, j) => (v - mean[j]) / std[j]));
  const w = new Array<number>(dims).fill(0);
  let b = 0;
  for (let step = 0; step < steps; step++) {
    const gw = new Array<number>(dims).fill(0);
    let gb = 0;
    for (let i = 0; i < z.length; i++) {
      let s = b;
      for (let j = 0; j < dims; j++) s += w[j] * z[i][j];
      const err = sigmoid(s) - ys[i];
      gb += err;
      for (let j = 0; j < dims; j++) gw[j] += err * z[i][j];
    }
    for (let j = 0; j < dims; j++) w[j] -= rate * (gw[j] / z.length + l2 * w[j]);
    b -= rate * (gb / z.length);
  }
  const round = (v: number): number => Math.round(v * 1e6) / 1e6;
  return { mean: mean.map(round), std: std.map(round), weights: w.map(round), bias: round(b) };
}
