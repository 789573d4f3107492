/**
 * Urgent-risk detection. Pure. A message is urgent when it describes a risk event (harm,
 * disclosure, self-harm, a missing child, a worker unsafe, violence happening) AND reads as
 * a real case happening now (immediacy, first person, a specific child) rather than a
 * question about policy. Policy questions about risk set `riskTopic` instead.
 */
import { RISK_EVENTS, IMMEDIACY, SPECIFIC_CASE, POLICY, RISK_TOPIC, type Cue } from './urgent-patterns.js';

export interface UrgentAssessment {
  urgent: boolean;
  riskTopic: boolean;
  /** Scores, for tests and tuning (never the text). */
  risk: number;
  situation: number;
  policy: number;
}

/** A risk event must weigh at least this much: one strong event (2) or two weak ones (1 + 1). */
export const RISK_THRESHOLD = 2;
/**
 * Situation cues (now, my yp, "just told me", a child's age) minus policy cues must reach this.
 * 1 means a single clear situational cue is enough, because a missed emergency costs far
 * more than an unneeded urgent card; a policy phrase ("what do we do when…") cancels one cue.
 */
export const SITUATION_THRESHOLD = 1;
/** Events so specific to a live situation that they need no extra cue unless phrased as policy (weight ≥ this). */
export const SELF_EVIDENT_WEIGHT = 3;
/** Several distinct harm events described together (two clear ones) read as a real case, not a question. */
export const SEVERAL_EVENTS = 4;
/**
 * A report full of situation cues (a specific child, now, a disclosure) needs only a weak risk
 * word: staff describing a live case rarely use the textbook vocabulary of harm.
 */
export const VIVID_SITUATION = 2.5;
/** How much one policy cue counts against situation cues: policy phrasing is strong evidence of a guidance question. */
export const POLICY_WEIGHT = 1.5;

/** A statement rather than a question counts a little towards a real situation ("yp has gone awol"). */
export const REPORT_WEIGHT = 0.5;
const QUESTION_START = /^ (what|whats|how|who|whos|when|where|why|is|are|do|does|can|could|should|would|which|any|guidance|policy|tell me|explain)\b/;

/** True when normalised text reads as a report, not a question. */
function isReport(t: string): boolean {
  return !QUESTION_START.test(t) && !t.trimEnd().endsWith('?');
}

/** Lower-cases, folds curly quotes, drops apostrophes ("mum's" → "mums") and collapses spaces. */
export function normalise(text: string): string {
  return ` ${text.toLowerCase().replace(/[\u2018\u2019\u02bc`']/g, '').replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim()} `;
}

function sumCues(text: string, cues: readonly Cue[]): { total: number; max: number } {
  let total = 0;
  let max = 0;
  for (const cue of cues) {
    if (cue.re.test(text)) {
      total += cue.weight;
      max = Math.max(max, cue.weight);
    }
  }
  return { total, max };
}

/** Scores a message for immediate risk: `assessUrgency('my yp just told me mums partner hit her')`. */
export function assessUrgency(text: string): UrgentAssessment {
  const t = normalise(text);
  const risk = sumCues(t, RISK_EVENTS);
  const situation = sumCues(t, IMMEDIACY).total + sumCues(t, SPECIFIC_CASE).total + (isReport(t) ? REPORT_WEIGHT : 0);
  const policy = sumCues(t, POLICY).total;
  const net = situation - policy * POLICY_WEIGHT;
  const riskEvent = risk.total >= RISK_THRESHOLD;
  const selfEvident = (risk.max >= SELF_EVIDENT_WEIGHT || risk.total >= SEVERAL_EVENTS) && policy === 0;
  const vividReport = risk.total > 0 && policy === 0 && situation >= VIVID_SITUATION;
  const urgent = (riskEvent && (selfEvident || net >= SITUATION_THRESHOLD)) || vividReport;
  const riskTopic = !urgent && (risk.total >= RISK_THRESHOLD || RISK_TOPIC.some((re) => re.test(t)));
  return { urgent, riskTopic, risk: risk.total, situation, policy };
}
