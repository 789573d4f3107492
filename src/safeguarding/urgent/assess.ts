/**
 * Urgent-risk detection. Pure (the model file is read once, at load). Two readers of a message:
 *   - rules (urgent-rules.ts): concept lexicons scored as harm + context − framing;
 *   - a learned model (urgent-model.ts): logistic regression over stemmed n-grams and the
 *     rules' own scores, trained offline on the labelled files (npm run train-urgent).
 * A message is urgent when the model is confident, or the rules fire on strong harm evidence, or
 * the writer states their own crisis in the first person, or harm is reported as going on now; clear
 * policy, past or hypothetical framing overrules the model unless harm is very strong; a settled case,
 * a benign explanation, a review or training calms them all; and with no harm evidence at all, lexical
 * or learned (evidence.ts), nothing fires. A long message is also read a few sentences at a time.
 * A non-urgent message about risk sets `riskTopic` (answer it, add a pointer to duty contacts).
 */
import { MIN_HARM, ruleEvidence, explainRules, type RuleEvidence } from './rules.js';
import { urgentFeatures } from './features.js';
import { loadModel, probability, type UrgentModel } from './model.js';
import { learnedHarm } from './evidence.js';
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
  /**
   * With no lexicon concept, the model may speak only at or above this probability, and only when the
   * message's content pushes towards urgent by itself (learned harm evidence ≥ 0, evidence.ts).
   */
  pLearned: number;
}

/**
 * Chosen by leave-one-source-out cross-validation over the fourteen labelled files (urgent-heldout-4 to -8
 * whole; urgent-train-4 to -7, written blind by others) and the knowledge questions (train-urgent.ts prints
 * the grid; figures in the model's meta.crossValidation): the lowest cost (3 × misses + false alarms), at
 * l2 0.0003. pUrgent sits low because a missed emergency costs more than an unneeded card, and the calming
 * contexts (SETTLED, BENIGN, EXERCISE, idioms) do most of the work against false alarms; the rules alone
 * decide only on harm ≥ 4 (two clear concepts); a policy/past question overrules the model unless harm
 * reaches 5; with no lexicon concept the model needs p ≥ 0.4 and content leaning towards urgent (learned
 * harm evidence).
 */
export const COMBINATION: Readonly<Combination> = Object.freeze({ pUrgent: 0.15, strongHarm: 4, veryStrongHarm: 5, pLearned: 0.4 });

/** Policy, hypothetical or past-case framing in a question, with nothing happening now (a statement may be a live report that mentions the past). */
export function clearFraming(ev: RuleEvidence): boolean {
  return ev.policyCues + ev.pastCues + ev.settledCues > 0 && !ev.isReport && ev.freshCues === 0;
}

/**
 * Harm evidence the model needs before it may speak: one lexicon concept of any weight (a weak one
 * such as "drink" or "mark" counts), or else learned harm evidence: the model's weights on the
 * message's content words, without people, family roles, places and time, pushing towards urgent
 * by themselves (evidence.ts), with the model confident (Combination.pLearned). A message full of
 * names and family words ("spoke to tyler and his mum about bedtime") has neither and is never
 * urgent, however its n-grams score.
 */
export const MODEL_MIN_HARM = 1;
/** Learned harm evidence counts above this log-odds: the content words lean towards urgent at all (none at all is no evidence). */
export const MIN_LEARNED_HARM = 0;

/**
 * A resolved case, a review or training ("doing much better", "in the SCR", "the scenario for
 * training day"), or harm anchored in the past ("in 2023", "last term", "3 weeks ago";
 * timeframe.ts), with nothing saying it is happening now (or, for a resolved case or review, again):
 * calm, whatever the harm words.
 */
export function settled(ev: RuleEvidence): boolean {
  return (ev.settledCues > 0 && ev.freshCues === 0) || (ev.exerciseCues > 0 && !ev.speakerNow)
    || (ev.benignCues > 0 && ev.freshNow === 0 && !ev.harmNow)
    || (ev.pastTime > 0 && ev.freshNow === 0 && !ev.liveState);
}

/**
 * The writer's own crisis ("i want to die", "ive got the pills in front of me"), not asked as a policy
 * question ("what do i say when a child says 'i want to die'?") nor framed as a review or a joke: urgent by itself, however the model scores its n-grams (staff rarely
 * write this way, so the model has few examples of it).
 */
export function writerInCrisis(ev: RuleEvidence): boolean {
  return ev.crisis && (ev.policyCues === 0 || ev.isReport) && (ev.exerciseCues === 0 || ownReview(ev)) && ev.office === 0;
}

/** A review told as the writer's own present ("the review named me. … tonight"): a statement in the present moment, not a scenario. */
const ownReview = (ev: RuleEvidence): boolean => ev.isReport && ev.freshNow > 0 && ev.worker;

/**
 * An injury to a child too young to move about or explain (a baby, weeks or months old, a toddler), told
 * as a report: urgent whatever the wording and whatever backstory sits beside it ("closed last month"),
 * unless explained away (BENIGN, not a carer's claim: "mum says they are from the dog"), discussed (EXERCISE), asked as policy, or settled with nothing fresh.
 */
export function youngChildInjured(ev: RuleEvidence): boolean {
  return ev.youngInjury && ev.benignUnclaimed === 0 && ev.exerciseCues === 0 && !clearFraming(ev) && ev.policyCues === 0
    && !(ev.settledCues > 0 && ev.freshCues === 0);
}

/**
 * Harm reported as going on while the message is written ("mum rang, dad is hitting her in front of the
 * kids"), with clear harm evidence: urgent by itself, whatever backstory ("case was closed last year")
 * the model reads as calm.
 */
export function harmGoingOn(ev: RuleEvidence): boolean {
  return ev.harmNow && ev.isReport && ev.allHarm >= MIN_HARM && ev.policyCues === 0;
}

/**
 * The verdict from rule evidence, model probability and learned harm evidence (evidence.ts):
 * `combine(ruleEvidence(t), 0.9)`. Without learned evidence a message needs a lexicon concept.
 */
export function combine(ev: RuleEvidence, p: number, c: Combination = COMBINATION, learned = -Infinity): boolean {
  // The writer's own crisis is not history because a date sits beside it ("last week of contract… thinking of taking my own life").
  if (writerInCrisis(ev) && ev.settledCues === (ownReview(ev) ? ev.exerciseCues : 0)) return true;
  if (youngChildInjured(ev)) return true;
  if (settled(ev)) return false;
  if (ev.allHarm < MODEL_MIN_HARM) return learned > MIN_LEARNED_HARM && p >= c.pLearned && !clearFraming(ev);
  const framed = clearFraming(ev) && ev.allHarm < c.veryStrongHarm;
  const byRules = ev.urgent && ev.allHarm >= c.strongHarm;
  return byRules || writerInCrisis(ev) || harmGoingOn(ev) || (p >= c.pUrgent && !framed);
}

let committed: UrgentModel | undefined;
/** The committed model, read once. */
function model(): UrgentModel {
  committed ??= loadModel();
  return committed;
}
model();

/** One reading of a text: rules, model probability and the verdict. */
function read(text: string, m: UrgentModel, c: Combination): { ev: RuleEvidence; p: number; urgent: boolean } {
  const ev = ruleEvidence(text);
  const features = urgentFeatures(text, ev);
  const p = probability(m, features);
  return { ev, p, urgent: combine(ev, p, c, ev.allHarm < MODEL_MIN_HARM ? learnedHarm(m, features) : -Infinity) };
}

/**
 * A long message is also read a few sentences at a time: an emergency told in the middle of a team
 * update ("new menu going well… one of the girls told a night worker a staff member touches her, he's
 * due in at 8am… can someone send the link") is drowned, as a whole, by the ordinary sentences and the
 * "going well" around it. From WINDOW_MIN_SENTENCES sentences, each run of WINDOW_SENTENCES is judged
 * on its own, with its own framing.
 */
export const WINDOW_MIN_SENTENCES = 4;
export const WINDOW_SENTENCES = 2;
/** The sentences of a message (split after . ! ? or a line break). */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).map((x) => x.trim()).filter(Boolean);
}

/** Scores a message for immediate risk: `assessUrgency('my yp just told me mums partner hit her').urgent`. */
export function assessUrgency(text: string, m: UrgentModel = model(), c: Combination = COMBINATION): UrgentAssessment {
  const whole = read(text, m, c);
  const { ev, p } = whole;
  let urgent = whole.urgent;
  const parts = urgent ? [] : sentences(text);
  // A message that opens as a review, a training scenario or an exercise frames every sentence after it: its parts are not read alone.
  if (parts.length >= WINDOW_MIN_SENTENCES && !ev.speakerNow && ruleEvidence(parts[0]).exerciseCues > 0) parts.length = 0;
  for (let i = 0; parts.length >= WINDOW_MIN_SENTENCES && !urgent && i + WINDOW_SENTENCES <= parts.length; i++) {
    urgent = read(parts.slice(i, i + WINDOW_SENTENCES).join(' '), m, c).urgent;
  }
  const riskTopic = !urgent && ((ev.harm >= MIN_HARM && ev.office === 0) || ev.topicWords);
  return { urgent, riskTopic, risk: ev.harm, situation: ev.situation, policy: ev.policy, probability: p, rules: ev.urgent };
}

/** Names of the concepts and framing phrases that matched (compiled lexicon forms, not message text), for tuning. */
export function explainUrgency(text: string): Record<string, string[]> {
  return explainRules(text);
}
