/** Confidence (0..1, higher is better) and the outcome of a search, from coverage, strength and margin. */

/** Weight of coverage: the share of the question's meaning (idf-weighted word groups) the entry matches.
 * Dominant, because a passage that leaves half the question unanswered is the "stretching" we must avoid. */
export const COVERAGE_WEIGHT = 0.6;
/** Weight of strength: the BM25F score per unit of question weight (matches in titles and alternative
 * questions count more than passing words in a quote). */
export const STRENGTH_WEIGHT = 0.25;
/** Weight of margin: how far the entry is ahead of the next one. */
export const MARGIN_WEIGHT = 0.15;
/** Score per unit of question importance at which strength saturates: a question whose every word sits in
 * an entry's quote scores about 1; in its title or alternative questions about 1.5. */
export const STRENGTH_FULL = 1.3;

/** Below this top confidence we answer honestly that the guidance does not cover it. Sits where roughly half
 * of a typical question is unmatched: covered paraphrases sit well above it, off-topic questions that only
 * share a word or two ("child", "visit") well below. */
export const NO_ANSWER_BELOW = 0.42;
/** When the runner-up scores at least this share of the best, we offer both ("did you mean") rather than
 * pretending one is clearly right. */
export const DID_YOU_MEAN_RATIO = 0.9;
/** An entry must match at least this share of the question's meaning to be given as an answer: below it, the
 * question is mostly about something the passage does not mention (a pool car, a payslip). */
export const MIN_COVERAGE = 0.42;
/** How many BM25F leaders get a confidence computed (the hits shown are the first MAX_HITS of them). */
export const RERANK_DEPTH = 11;
/** A named organisation is a strong preference: other organisations' entries keep this share of their score. */
export const NAMED_OTHER_ORG_FACTOR = 0.3;
/** The deployment's organisation is a gentle preference: others keep this share (it breaks near-ties only). */
export const CONTEXT_OTHER_ORG_FACTOR = 0.85;

/** Final confidence of a ranked hit: its quality plus its score margin over the next hit, scaled by the organisation factor. */
export function confidenceOf(quality: number, score: number, nextScore: number, orgFactor: number): number {
  if (quality <= 0 || score <= 0) return 0;
  const margin = Math.min(1, Math.max(0, (score - nextScore) / score));
  const c = quality + MARGIN_WEIGHT * margin * orgFactor;
  return Math.round(Math.min(1, Math.max(0, c)) * 1000) / 1000;
}

/** Ranking quality before margins: coverage and strength (the margin needs the ranking first). */
export function qualityOf(coverage: number, score: number, totalImportance: number): number {
  if (score <= 0 || totalImportance <= 0) return 0;
  const strength = Math.min(1, score / totalImportance / STRENGTH_FULL);
  return COVERAGE_WEIGHT * Math.min(1, coverage) + STRENGTH_WEIGHT * strength;
}
