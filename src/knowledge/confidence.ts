/** The hand-weighted confidence of a ranked hit (coverage, strength, margin): one of the calibrated model's
 * signals (calibration.ts), and the order in which hits are shown. The outcome is the model's. */

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

/** How many BM25F leaders get a confidence computed (the hits shown are the first MAX_HITS of them). */
export const RERANK_DEPTH = 11;
/** A named organisation (or one just chosen) all but filters: other organisations' entries keep this share of their
 * score, so one rare word shared with another council's passage ("bracknell's overall vision") cannot outrank the
 * named council's own, while a question the named council's guidance does not touch still finds the nearest. */
export const NAMED_OTHER_ORG_FACTOR = 0.05;
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
