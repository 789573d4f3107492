/**
 * Who says what: framing the calming lists read only as fixed phrases, read instead from the shape of a message, as
 * features for the learned model (features.ts `r:` names) so that training weighs them. Pure. General word classes,
 * never the wording of a labelled message.
 *   - a professional's conclusion (a doctor, nurse, health visitor, hospital or police ... accepted, satisfied,
 *     concluded, consistent with, ruled out), against a professional's doubt (not consistent, does not fit,
 *     queried, concerned) and a parent's or carer's claim alone ("mum says he fell");
 *   - a person's words quoted, in a past frame ("she once said ...", "years ago") or today;
 *   - a plan already in place and holding ("safety plan in place and working", "no new incident"), against a plan
 *     with something new.
 *
 *   voices(ruleEvidence('the gp was satisfied with the explanation').tokens, text).proConclusion === true
 */
import { stem } from './text.js';

const stems = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean).map(stem));

/** Professionals whose conclusion about an injury or a concern carries weight. */
const PROFESSIONAL = stems(`paediatrician paediatricians paed paeds pediatrician gp gps doctor doctors dr consultant consultants
  nurse nurses hv midwife clinician medic medics radiologist dentist hospital ae camhs police officer officers cp medical
  specialist registrar surgeon`);
/** Words of a conclusion or an acceptance. */
const CONCLUDE = stems(`accepted accepts accept satisfied happy concluded concludes conclusion consistent confirmed confirms
  agreed agrees reassured ruled cleared plausible explained fits matches normal`);
/** Words of doubt or concern: a professional's worry is not a conclusion. */
const DOUBT = stems(`inconsistent unexplained suspicious concerned concern concerns worried worry queried query querying
  questioned unsure doubt doubts unhappy nai`);
/** Negators before a conclusion word turn it into doubt ("not consistent", "wasnt happy", "doesnt fit"). */
const NEGATE = stems('not no never nor');
/** Parents, carers and partners: their account is a claim until someone else concludes. */
const CARER = stems(`mum mother dad father parent parents carer carers stepdad stepmum partner boyfriend girlfriend nan gran
  grandad grandma uncle aunt fc family`);
const CLAIM = stems('says say said claims claim claimed states stated insists insisted reckons reckon explained told');
/** A plan or arrangement already made. */
const PLAN = stems('plan plans agreement arrangement arrangements');
/** Words saying it holds. */
const HOLDING = stems(`place working worked holding held followed following sticking stuck stable track monitored monitoring
  reviewed agreed`);
/** Words saying nothing has happened since. */
const QUIET = stems('incident incidents episode episodes concern concerns');
/** Past framing around quoted words. */
const PAST_WORDS = stems('once used previously back ago years months when then time history historic past before');
const NOW_WORDS = stems('today tonight now just currently morning afternoon');

/** A professional word counts for a conclusion within this many tokens before it (or after, for "accepted by the gp"). */
const WINDOW = 6;

export interface Voices {
  /** A professional near a conclusion word, not negated: "the paediatrician was satisfied", "accepted by the GP". */
  proConclusion: boolean;
  /** A professional near doubt, or a negated conclusion: "the doctor says it is not consistent", "GP concerned". */
  proDoubt: boolean;
  /** A parent's or carer's account ("mum says", "dad claims") and no professional conclusion. */
  carerClaim: boolean;
  /** Quoted words (in quotation marks) in a message with past framing and nothing of today. */
  quotedPast: boolean;
  /** Quoted words with today's framing. */
  quotedNow: boolean;
  /** A plan said to be in place or holding, with no word of today. */
  planHolding: boolean;
  /** "no (new/further) incident(s)", "nothing new": nothing has happened since. */
  nothingSince: boolean;
}

const near = (tokens: readonly string[], at: number, set: ReadonlySet<string>, before: number, after: number): boolean =>
  tokens.slice(Math.max(0, at - before), at + after + 1).some((t) => set.has(t));

/** Reads the voices of a message from its tokens (ruleEvidence(text).tokens) and its raw text (for quotation marks). */
export function voices(tokens: readonly string[], text: string): Voices {
  let proConclusion = false;
  let proDoubt = false;
  let carerClaim = false;
  tokens.forEach((t, k) => {
    if (CONCLUDE.has(t) && near(tokens, k, PROFESSIONAL, WINDOW, WINDOW)) {
      if (near(tokens, k, NEGATE, 2, 0)) proDoubt = true; else proConclusion = true;
    }
    if (DOUBT.has(t) && near(tokens, k, PROFESSIONAL, WINDOW, 2)) proDoubt = true;
    if (CLAIM.has(t) && near(tokens, k, CARER, 3, 0)) carerClaim = true;
  });
  const now = tokens.some((t) => NOW_WORDS.has(t));
  const quoted = /["\u201c\u201d]|(^|\s)'[^']{3,}'(?=[\s.,!?;:]|$)/.test(text);
  const past = tokens.some((t) => PAST_WORDS.has(t));
  let planHolding = false;
  let nothingSince = false;
  tokens.forEach((t, k) => {
    if (PLAN.has(t) && tokens.slice(k + 1, k + 6).some((x) => HOLDING.has(x))) planHolding = true;
    if (QUIET.has(t) && tokens.slice(Math.max(0, k - 3), k).some((x) => x === 'no' || x === 'nothing')) nothingSince = true;
  });
  return {
    proConclusion, proDoubt, carerClaim: carerClaim && !proConclusion,
    quotedPast: quoted && past && !now, quotedNow: quoted && now,
    planHolding: planHolding && !now, nothingSince,
  };
}
