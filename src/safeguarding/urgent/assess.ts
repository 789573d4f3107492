/**
 * Urgent-risk detection. Pure (the model file is read once, at load). Two readers of a message:
 *   - rules (urgent-rules.ts): concept lexicons scored as harm + context − framing;
 *   - a learned model (urgent-model.ts): logistic regression over stemmed n-grams and the
 *     rules' own scores, trained offline on the labelled files (npm run train-urgent).
 * A message is urgent when the model is confident, or the rules fire on strong harm evidence;
 * clear policy, past or hypothetical framing overrules the model unless harm is very strong.
 * A non-urgent message about risk sets `riskTopic` (answer it, add a pointer to duty contacts).
 */
import { MIN_HARM, ruleEvidence, explainRules, type RuleEvidence } from './rules.js';
import { urgentFeatures } from './features.js';
import { loadModel, probability, type UrgentModel } from './model.js';
import { normalise } from './text.js';

export { normalise };

export interface UrgentAssessment {
  urgent: boolean;
  riskTopic: boolean;
  /** Scores, for tests and tuning (never the text). */
  risk: number;
  situation: number;
  policy: number;
  /** The model's probability that the message is urgent (0..1). */
  probability: number;
  /** Whether the lexicon rules alone said urgent. */
  rules: boolean;
}

/** How rules and model combine; each value chosen by cross-validation by file (train-urgent.ts). */
export interface Combination {
  /** Model probability at or above which a message is urgent. */
  pUrgent: number;
  /** The rules' verdict counts by itself only when all harm concepts add up to at least this. */
  strongHarm: number;
  /** Under clear policy/past framing the model is overruled unless all harm reaches this. */
  veryStrongHarm: number;
}

/**
 * Chosen by leave-one-source-out cross-validation over the five labelled files and the knowledge
 * questions (train-urgent.ts prints the grid; figures in the model's meta.crossValidation): the
 * highest pooled recall with pooled precision ≥ 95% and every file ≥ 93% (CV: 98.4% / 96.1%). pUrgent 0.3 sits low because a missed emergency
 * costs more than an unneeded card; the rules alone decide only on harm ≥ 4 (two clear concepts);
 * a policy/past question overrules the model unless harm reaches 5 (two clear concepts and more).
 */
export const COMBINATION: Readonly<Combination> = Object.freeze({ pUrgent: 0.3, strongHarm: 4, veryStrongHarm: 5 });

/** Policy, hypothetical or past-case framing in a question (a statement may be a live report that mentions the past). */
export function clearFraming(ev: RuleEvidence): boolean {
  return ev.policyCues + ev.pastCues > 0 && !ev.isReport;
}

/** The verdict from rule evidence and model probability: `combine(ruleEvidence(t), 0.9)`. */
export function combine(ev: RuleEvidence, p: number, c: Combination = COMBINATION): boolean {
  const framed = clearFraming(ev) && ev.allHarm < c.veryStrongHarm;
  const byRules = ev.urgent && ev.allHarm >= c.strongHarm;
  return byRules || (p >= c.pUrgent && !framed);
}

let committed: UrgentModel | undefined;
/** The committed model, read once. */
function model(): UrgentModel {
  committed ??= loadModel();
  return committed;
}
model();

/** Scores a message for immediate risk: `assessUrgency('my yp just told me mums partner hit her').urgent`. */
export function assessUrgency(text: string, m: UrgentModel = model()): UrgentAssessment {
  const ev = ruleEvidence(text);
  const p = probability(m, urgentFeatures(text, ev));
  const urgent = combine(ev, p);
  const riskTopic = !urgent && ((ev.harm >= MIN_HARM && ev.office === 0) || ev.topicWords);
  return { urgent, riskTopic, risk: ev.harm, situation: ev.situation, policy: ev.policy, probability: p, rules: ev.urgent };
}

/** Names of the concepts and framing phrases that matched (compiled lexicon forms, not message text), for tuning. */
export function explainUrgency(text: string): Record<string, string[]> {
  return explainRules(text);
}
