/**
 * The leader model: a learned last word on which of the first few ranked passages answers. The hand-made ranking
 * (BM25F, coverage, phrases, intent) puts the right passage first for about nine questions in ten; when it does not,
 * the right one is usually second or third. A pairwise logistic model, trained by `npm run train-answers` on
 * labelled question sets (cross-validated by set), compares each runner-up with the leader on the same signals the
 * answer model reads (calibration.ts) and promotes one only when it is surer than LEADER_SWITCH that it is the better
 * answer; a list and its own items, or a page's facts, are left to what the question asks for (leaders.ts). How
 * close that comparison came is itself a signal to the answer model ("leaderDoubt"): a leader that a runner-up nearly
 * beat is a weaker answer.
 *
 * @example
 *   const { best, doubt } = chooseLeader(model, leaderCandidates(ix, ranking, question)); // best: index into the candidates
 */
import { readFileSync } from 'node:fs';
import { fitLogistic, logistic, type AnswerModel, type Features } from './calibration.js';

/** How many of the first ranked passages are compared (the leader and four runners-up). */
export const LEADER_DEPTH = 5;
/** A runner-up is promoted when the model gives it at least this probability of being the better answer. In the first
 * trial (hand-written knowledge base, each set left out in turn, 3,271 questions), 0.5 promoted 60 right and 48 wrong
 * passages, 0.6 41 and 21, 0.7 21 and 4: 0.6 gains most. */
export const LEADER_SWITCH = 0.6;
/** The answer model's signals compared between two passages (the question-level ones are equal for both, and the
 * out-of-scope lean is learned from the same sets, so it is left out). */
export const LEADER_SIGNALS = [
  'coverage', 'strength', 'margin', 'gap3', 'matchedShare', 'oneWordShare', 'literalCoverage', 'documentFact',
  'listAnswer', 'handConfidence', 'titleShare', 'aidShare', 'phrase', 'kindNamed',
] as const satisfies readonly (keyof Features)[];
/** The compared vector: the signals, then the passage's rank as a share of the leader's and its organisation factor. */
export const LEADER_FEATURES = [...LEADER_SIGNALS, 'rankShare', 'orgFactor'] as const;

/** A trained pairwise model (the answer model's shape; its thresholds unused). */
export type LeaderModel = Pick<AnswerModel, 'features' | 'mean' | 'std' | 'weights' | 'bias' | 'trained'>;

/** What the ranking knows of one passage, enough to compute its signals as if it led. */
export interface Candidate { d: number; x: number[] }

/** The committed model, or null when there is none (a fresh checkout before training). */
export function loadLeaderModel(): LeaderModel | null {
  const url = new URL('./leader-model.json', import.meta.url);
  let text: string;
  try { text = readFileSync(url, 'utf8'); } catch { return null; }
  const model = JSON.parse(text) as LeaderModel;
  if (model.features.join() !== LEADER_FEATURES.join()) {
    throw new Error('leader-model.json: field "features" does not match the engine\'s signals; run npm run train-answers');
  }
  return model;
}

/** The vector of a passage: its signals (as if it led), rank share and organisation factor. */
export function leaderVector(f: Features, rankShare: number, orgFactor: number): number[] {
  return [...LEADER_SIGNALS.map((n) => f[n]), rankShare, orgFactor];
}

const minus = (a: number[], b: number[]): number[] => a.map((v, j) => v - b[j]);

/** Probability that candidate `a` answers better than candidate `b`. */
export function beats(model: LeaderModel, a: number[], b: number[]): number {
  return logistic(model, minus(a, b));
}

/**
 * Which candidate leads (an index into `candidates`, 0 the ranking's own leader) and the doubt left: the highest
 * probability that another candidate is the better answer.
 */
export function chooseLeader(model: LeaderModel, candidates: Candidate[]): { best: number; doubt: number } {
  if (candidates.length < 2) return { best: 0, doubt: 0 };
  const lead = candidates[0].x;
  const ps = candidates.slice(1).map((c) => beats(model, c.x, lead));
  const top = Math.max(...ps);
  if (top < LEADER_SWITCH) return { best: 0, doubt: top };
  const best = ps.indexOf(top) + 1;
  // The promoted passage's own doubt: how likely any other candidate, the old leader included, is better.
  const doubt = Math.max(...candidates.filter((_, i) => i !== best).map((c) => beats(model, c.x, candidates[best].x)));
  return { best, doubt };
}

/** Labelled candidates of one question, for training: `y` is 1 for a passage that answers it. */
export interface LabelledQuestion { candidates: (Candidate & { y: number })[] }

/** Fits the pairwise model: every pair of the leader and a runner-up that differ in rightness, both ways round. */
export function fitLeaderModel(questions: LabelledQuestion[]): LeaderModel {
  const xs: number[][] = [];
  const ys: number[] = [];
  for (const { candidates: [lead, ...rest] } of questions) {
    for (const c of rest) {
      if (c.y === lead.y) continue;
      xs.push(minus(c.x, lead.x)); ys.push(c.y);
      xs.push(minus(lead.x, c.x)); ys.push(lead.y);
    }
  }
  return { features: [...LEADER_FEATURES], ...fitLogistic(xs, ys, { l2: 0.01, steps: 500 }) };
}
