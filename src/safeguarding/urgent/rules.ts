/**
 * Rule evidence for urgent-risk detection. Pure. A scored model over concept lexicons rather
 * than a list of sentences, so that paraphrase still lands:
 *   score = harm (urgent-lexicon.ts) + context (victim, immediacy, specific case, worker in danger)
 *           − framing (policy/hypothetical, past and resolved, office talk and jokes)
 * The rules say urgent when a message holds real harm evidence AND the score clears URGENT_SCORE.
 * urgent.ts combines this with the learned model (urgent-model.ts); the evidence is also the
 * model's lexicon features (urgent-features.ts).
 */
import { CONCEPTS } from './lexicon.js';
import {
  VICTIM, IMMEDIACY, SPECIFIC, FIRST_PERSON, POLICY, PAST, WORKPLACE, RISK_TOPIC, SCENARIO_TIME, FRESH, FRESH_NOW,
  LIVE_CASE, LIVE_STATE, CRISIS, PRESENT_HARM, RECURRENCE, YOUNG_CHILD,
} from './patterns.js';
import { BENIGN, EXERCISE, SETTLED } from './calming.js';
import { compile, findAll, normalise, tokenize, type Pattern } from './text.js';
import { pastAnchors, RECENT } from './timeframe.js';
import { IDIOM_PATTERNS, maskIdioms } from './idioms.js';
import { voices, type Voices } from './voices.js';

/** Harm evidence needed at all: one clear concept (≥ 2) or two weak ones; a lone "help" or "police" is not harm. */
export const MIN_HARM = 2;
/** Harm is capped so that a list of injuries cannot outvote clear policy framing. */
export const HARM_CAP = 6;
/**
 * The decision line for harm + context − framing. 4.5 = one clear harm concept (2.5) plus two
 * context points (a victim and "just", or the worker named next to a threat). On the first
 * labelled set every non-urgent message scored ≤ 3.5 and every urgent one ≥ 4.5: the line sits
 * at the low end because a missed emergency costs far more than an unneeded urgent card.
 */
export const URGENT_SCORE = 4.5;
/** Each immediacy cue (now, tonight, at the door, on my visit) adds this, up to IMMEDIACY_CAP cues. */
export const IMMEDIACY_WEIGHT = 1;
export const IMMEDIACY_CAP = 2;
/** Specific-case cues are many and individually weak (his, school rang, my yp): each adds this, up to SPECIFIC_CAP cues. */
export const SPECIFIC_WEIGHT = 0.5;
export const SPECIFIC_CAP = 4;
/** Someone who can be harmed is named (child, baby, yp, an age, mum). */
export const VICTIM_WEIGHT = 1;
/** The worker is the one threatened (a threat or violence term within WORKER_WINDOW words of I/me/my). */
export const WORKER_WEIGHT = 1.5;
export const WORKER_WINDOW = 3;
/** A statement rather than a question leans towards a report of something happening. */
export const REPORT_WEIGHT = 0.5;
/** Policy or past-and-resolved framing (what's our policy, last year, in supervision): each cue outweighs a context cue and a half. */
export const POLICY_WEIGHT = 1.5;
/** Office objects, idioms and jokes ("printer's on fire lol") count against, but less than policy. */
export const WORKPLACE_WEIGHT = 1.5;
/** A single harm word right after one of these is negated ("no bruises", "not hurt"). */
const NEGATORS = new Set(['no', 'not', 'never', 'without', 'isnt', 'wasnt', 'arent', 'werent', 'nothing']);
/** A settled or review cue right after one of these does not calm ("not stable", "no longer feels safe", "non accidental", "previously convicted"; "to settle him" is a purpose). */
const CUE_NEGATORS = new Set(['not', 'never', 'longer', 'non', 'previous', 'previously', 'to']);
/** For an injury to a baby, a benign cue within this many words after "says" is the claim of the one who says it. */
const CLAIM_WINDOW = 3;
/** Typos within one edit of a lexicon word count, for words at least this long (shorter words collide). */
const FUZZY_MIN = 6;
const FUZZY_DENY = new Set(['thread', 'breed', 'mission', 'sensual', 'attach', 'threats']);
/** A question, or a conditional opener ('if a yp said…', 'suppose…'): a hypothetical, not a report. */
const QUESTION_START = /^ (what|whats|how|who|whos|when|where|why|is|are|do|does|can|could|should|would|which|any|if|suppose|supposing)\b/;
/** A question after a statement: "…, whats next for the plan", "…, can we reduce visits" (not "what do i do", which asks for help now). */
const QUESTION_INSIDE = /[,.;:-] (whats|what (is|are|does|goes|should we|do we|would)|how (do|does|should|would) (we|i)|when (does|do|should|can|will)|can (we|i|she|he|they)|should (we|i)|do (we|i) need|is (it|there)|any (advice|tips|guidance|resources)|where (do|does|can)|who (authorises|signs|approves|decides|do i|should)|what should (the|it|my|our)|which (principle|policy|procedure|form|template|guidance|part|bit|section|team|service))\b/;

/**
 * A statement ending in a plea for what to do now ("3 kids alone in the flat, mums phone is off. what do
 * i do?", "… who do i escalate to"): a report of a live case, not a policy question ("what do i do if a
 * child discloses?" starts as a question and is not one).
 */
const HELP_NOW_END = /[,.;:!?-] (so )?(what (do|should|can) (i|we) do( now| today| tonight| here)?|(who|where) (do|should) (i|we) (ring|call|phone|escalate|go|tell|contact|refer)( to| first| now)?( on a [a-z]+| now| today| tonight)?|what now|help) ?[?!.]* $/;

/**
 * A question followed by a statement of what is happening ("whats the LADO timescale? the childminder
 * just hit the 2yo in front of me"): the statement after the last question mark, at least
 * TAIL_MIN_WORDS long, not itself a question, and holding an immediacy cue, makes the message a report.
 */
const TAIL_MIN_WORDS = 4;
function liveTail(text: string): boolean {
  const at = text.lastIndexOf('?');
  if (at < 0) return false;
  const tail = normalise(text.slice(at + 1));
  const tokens = tokenize(tail);
  return tokens.length >= TAIL_MIN_WORDS && !QUESTION_START.test(tail) && count(tokens, CTX.immediacy, new Set(tokens)) > 0;
}

/**
 * A report first, a procedural question after ("teacher rang, 7 yo has a handprint bruise… dad collects at
 * end of day. can i get a s47 started today and who authorises?"): the statements before the first
 * question, not themselves a question, hold clear harm, and the message a present-moment cue, so the
 * question is about a live case and does not frame it away. `immediate`: the message holds an immediacy cue.
 */
function leadingReport(text: string, immediate: boolean): boolean {
  if (!immediate) return false;
  const parts = text.split(/(?<=[.!?])\s+|\n+/).filter((x) => x.trim());
  const first = parts.findIndex((p) => p.trim().endsWith('?'));
  if (first <= 0) return false;
  const lead = normalise(parts.slice(0, first).join(' '));
  if (QUESTION_START.test(lead)) return false;
  const tokens = tokenize(lead).map(correct);
  const present = new Set(tokens);
  return scoreHarm(maskIdioms(tokens, present).masked, present).strongest >= MIN_HARM;
}

const compileAll = (phrases: readonly string[]): Pattern[] => phrases.map(compile);
/**
 * Fresh cues that are recent but already over: they keep a message out of history (a past time anchor)
 * but do not undo a resolution ("went missing last night, is back, all sorted").
 */
const BEFORE_NOW: readonly string[] = ['last night'];
const HARM = CONCEPTS.map((c) => ({ ...c, patterns: compileAll(c.terms) }));
const CTX = {
  victim: compileAll(VICTIM), immediacy: compileAll(IMMEDIACY), specific: compileAll(SPECIFIC),
  policy: compileAll(POLICY), past: compileAll(PAST), workplace: compileAll(WORKPLACE), idioms: IDIOM_PATTERNS,
  settled: compileAll(SETTLED), benign: compileAll(BENIGN), fresh: compileAll(FRESH.filter((p) => !BEFORE_NOW.includes(p) && !RECURRENCE.includes(p))), recurrence: compileAll(RECURRENCE),
  young: compileAll(YOUNG_CHILD), freshNow: compileAll(FRESH_NOW),
  exercise: compileAll(EXERCISE), speakerNow: compileAll(FRESH_NOW.filter((p) => !SCENARIO_TIME.includes(p))),
  liveCase: compileAll(LIVE_CASE), liveState: compileAll(LIVE_STATE), crisis: compileAll(CRISIS), harmNow: compileAll(PRESENT_HARM),
};
/** Single-word lexicon stems long enough for typo matching. */
const FUZZY_STEMS = [...new Set(HARM.flatMap((c) => c.patterns.filter((p) => p.length === 1 && !p[0].startsWith('{'))
  .map((p) => p[0]).filter((w) => w.length >= FUZZY_MIN)))];

/**
 * Words the lexicons spell out themselves ("traffic" in "stuck in traffic", "storyline") are never
 * typo-corrected into a harm word one edit away ("trafficked").
 */
const KNOWN = new Set([...HARM.flatMap((c) => c.patterns), ...Object.values(CTX).flat()].flat());

/** Everything the rules found in one message: scores and counts, never the text. */
export interface RuleEvidence {
  /** Message tokens after spelling correction (for the model's n-grams; never logged). */
  tokens: string[];
  /** Harm as scored (only the strongest concept under policy/past framing), capped at HARM_CAP. */
  harm: number;
  /** Harm of all concepts, before framing, capped at HARM_CAP. */
  allHarm: number;
  strongest: number;
  concepts: string[];
  worker: boolean;
  immediacy: number;
  specific: number;
  victim: boolean;
  isReport: boolean;
  questionStart: boolean;
  policyCues: number;
  pastCues: number;
  /** Resolved-case, review or exercise cues (SETTLED, EXERCISE), not negated: "doing well", "in the SCR", "scenario". */
  settledCues: number;
  /** Of those, the benign explanations and all-clears (BENIGN): only the present moment undoes them. */
  benignCues: number;
  /** Of those, the review, learning, exercise and hypothetical cues (EXERCISE). */
  exerciseCues: number;
  /** The writer's own present (FRESH_NOW less SCENARIO_TIME, or "just"): only this undoes EXERCISE framing. */
  speakerNow: boolean;
  /** Now-or-again cues (FRESH) that undo settled framing: "tonight", "again", "just told". */
  freshCues: number;
  /** A child too young to move about or explain (YOUNG_CHILD) with an injury of any weight ("a mark", "bruising"). */
  youngInjury: boolean;
  /** Benign cues not within CLAIM_WINDOW words after "says": an explanation given as fact, not as a carer's claim. */
  benignUnclaimed: number;
  /** The FRESH cues that name the present moment (FRESH_NOW): only these undo a past time anchor. */
  freshNow: number;
  /** Kinds of past time anchor (timeframe.ts): "in 2023", "last term", "3 weeks ago". */
  pastTime: number;
  /** A state still going on ("hes not come back", "phone still off"): undoes a past time anchor, not a settled case. */
  liveState: boolean;
  /** Harm going on as the message is written ("dad is hitting her", PRESENT_HARM). */
  harmNow: boolean;
  /** A question asked about a live case ("asking because…"): it counts as a report. */
  liveCase: boolean;
  /** The writer's own crisis in the first person ("i want to die", "ive got the pills"). */
  crisis: boolean;
  office: number;
  idioms: number;
  situation: number;
  policy: number;
  /** harm + situation − policy: the rule score compared with URGENT_SCORE. */
  score: number;
  urgent: boolean;
  /** A risk-topic phrase (safeguarding, self harm, county lines…) appears. */
  topicWords: boolean;
  /** Who says what (voices.ts): a professional's conclusion or doubt, a carer's claim, quoted words, a plan holding. */
  voices: Voices;
}

/** True when a and b differ by one insertion, deletion, substitution or swap of neighbours. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Replaces a misspelt token with the lexicon stem one edit away, if there is one. */
function correct(token: string): string {
  if (token.length < FUZZY_MIN || FUZZY_DENY.has(token) || KNOWN.has(token)) return token;
  return FUZZY_STEMS.find((w) => w.slice(0, 2) === token.slice(0, 2) && oneEditApart(token, w)) ?? token;
}

const count = (tokens: string[], pats: readonly Pattern[], present?: ReadonlySet<string>): number =>
  pats.filter((p) => findAll(tokens, p, present).length > 0).length;
/** Which phrases of a list matched (their compiled form, never the message), for tuning. */
const which = (tokens: string[], pats: readonly Pattern[]): string[] => pats.filter((p) => findAll(tokens, p).length > 0).map((p) => p.join(' '));

/** Harm evidence: each concept once, at its weight; also whether a worker-danger term sits next to I/me. */
function scoreHarm(tokens: string[], present?: ReadonlySet<string>): { harm: number; strongest: number; worker: boolean; concepts: string[] } {
  let harm = 0;
  let strongest = 0;
  let worker = false;
  const concepts: string[] = [];
  for (const c of HARM) {
    const hits = c.patterns.flatMap((p) => findAll(tokens, p, present).filter(({ start }) => p.length > 1 || !NEGATORS.has(tokens[start - 1])));
    if (hits.length === 0) continue;
    harm += c.weight;
    strongest = Math.max(strongest, c.weight);
    concepts.push(c.name);
    if (c.worker && hits.some(({ start, end }) => tokens.slice(Math.max(0, start - WORKER_WINDOW), end + WORKER_WINDOW).some((t) => FIRST_PERSON.has(t)))) worker = true;
  }
  return { harm: Math.min(harm, HARM_CAP), strongest, worker, concepts };
}

/** Words that turn a sentence round: what follows outweighs what came before. */
const CONTRAST = new Set(['but', 'however', 'although', 'though', 'until']);

/**
 * A resolution overturned: a settled cue before the last "but" and clear harm after it, with no
 * settled cue after it ("no concerns at the last visit but today she has a black eye"; not "she went
 * missing but is back safe").
 */
function overturned(masked: string[], present: ReadonlySet<string>): boolean {
  let at = masked.length - 1;
  while (at >= 0 && !CONTRAST.has(masked[at])) at--;
  if (at < 0) return false;
  const [before, after] = [masked.slice(0, at), masked.slice(at + 1)];
  const settledIn = (part: string[]): boolean => [...CTX.settled, ...CTX.benign].some((p) => findAll(part, p, present).length > 0);
  return settledIn(before) && !settledIn(after) && scoreHarm(after, present).strongest >= MIN_HARM;
}

/**
 * The tokens from the first sentence that holds harm on: a resolution calms the harm it follows or
 * sits beside ("went missing last night, is back safe"), not the harm told after it ("supervision went
 * well. one thing i forgot: the baby had a swelling on her head"). A message without harm, or of one
 * sentence, is read whole.
 */
function fromFirstHarm(text: string, tokens: string[]): string[] {
  const parts = text.split(/(?<=[.!?])\s+|\n+/).filter((x) => x.trim());
  if (parts.length < 2) return tokens;
  for (let k = 0; k < parts.length; k++) {
    const own = tokenize(parts[k]).map(correct);
    const here = new Set(own);
    if (scoreHarm(maskIdioms(own, here).masked, here).harm > 0) return k === 0 ? tokens : tokenize(parts.slice(k).join(' ')).map(correct);
  }
  return tokens;
}

/** Scores a message with the lexicon rules: `ruleEvidence('my yp just told me mums partner hit her').urgent`. */
export function ruleEvidence(text: string): RuleEvidence {
  const t = normalise(text);
  const tokens = tokenize(text).map(correct);
  // Idiom masking only removes words, so the unmasked word set is a safe prefilter for both passes.
  const present = new Set(tokens);
  const { masked, idioms } = maskIdioms(tokens, present);
  const { harm: allHarm, strongest, worker, concepts } = scoreHarm(masked, present);
  const questionStart = QUESTION_START.test(t);
  const liveCase = count(tokens, CTX.liveCase, present) > 0;
  const immediacy = count(tokens, CTX.immediacy, present);
  const isReport = (!questionStart && !t.trimEnd().endsWith('?') && !QUESTION_INSIDE.test(t)) || liveCase || liveTail(text)
    || (!questionStart && HELP_NOW_END.test(t)) || (!questionStart && leadingReport(text, immediacy > 0));
  const specific = count(tokens, CTX.specific, present);
  const victim = count(tokens, CTX.victim, present) > 0;
  const situation = Math.min(immediacy, IMMEDIACY_CAP) * IMMEDIACY_WEIGHT + Math.min(specific, SPECIFIC_CAP) * SPECIFIC_WEIGHT
    + (victim ? VICTIM_WEIGHT : 0) + (worker ? WORKER_WEIGHT : 0) + (isReport ? REPORT_WEIGHT : 0);
  const office = count(tokens, CTX.workplace, present) + idioms;
  const policyCues = count(tokens, CTX.policy, present);
  const pastCues = count(tokens, CTX.past, present);
  const notNegated = (p: Pattern): boolean => findAll(tokens, p, present).some(({ start }) => !CUE_NEGATORS.has(tokens[start - 1]));
  const exerciseCues = CTX.exercise.filter(notNegated).length;
  // Only a message holding a resolution or an all-clear at all is split to find where its harm starts.
  const anyCue = [...CTX.settled, ...CTX.benign].some((p) => findAll(tokens, p, present).length > 0);
  const after = anyCue ? fromFirstHarm(text, tokens) : tokens;
  const settledHere = (p: Pattern): boolean => findAll(after, p, present).some(({ start }) => !CUE_NEGATORS.has(after[start - 1]));
  const benignAt = (ok: (start: number) => boolean): number =>
    CTX.benign.filter((p) => findAll(after, p, present).some(({ start }) => !CUE_NEGATORS.has(after[start - 1]) && ok(start))).length;
  // A cue right after "says" is a claim ("mum says she's fine" as she refuses 111), not an all-clear.
  const benignCues = benignAt((start) => after[start - 1] !== 'say');
  // For an injury to a baby, an explanation a few words after "says" is the carer's claim ("mum says they are from the dog").
  const benignUnclaimed = benignAt((start) => !after.slice(Math.max(0, start - CLAIM_WINDOW), start).includes('say'));
  const settledCues = CTX.settled.filter(settledHere).length + benignCues + exerciseCues;
  const speakerNow = (present.has('just') && RECENT.test(t)) || count(tokens, CTX.speakerNow, present) > 0;
  const freshNow = CTX.freshNow.filter(notNegated).length;
  const harmNow = count(masked, CTX.harmNow, present) > 0;
  // "Again" undoes calm only beside harm going on now or the present moment.
  const recurs = (harmNow || freshNow > 0) && count(tokens, CTX.recurrence, present) > 0;
  const freshCues = CTX.fresh.filter(notNegated).length + (overturned(masked, present) ? 1 : 0) + (recurs ? 1 : 0);
  const pastTime = pastAnchors(t);
  const liveState = count(tokens, CTX.liveState, present) > 0;
  const crisis = count(masked, CTX.crisis, present) > 0;
  const framing = policyCues + pastCues + settledCues;
  const policy = framing * POLICY_WEIGHT + office * WORKPLACE_WEIGHT;
  // In a question about policy or a past case the harm words name its topic, not events: count only the strongest.
  const harm = framing > 0 ? strongest : allHarm;
  const score = harm + situation - policy;
  const urgent = harm >= MIN_HARM && score >= URGENT_SCORE;
  const topicWords = RISK_TOPIC.some((re) => re.test(t));
  const youngInjury = count(tokens, CTX.young, present) > 0 && (concepts.includes('injury') || concepts.includes('injury-weak'));
  return { tokens, harm, allHarm, strongest, concepts, worker, immediacy, specific, victim, isReport, questionStart,
    policyCues, pastCues, settledCues, benignCues, exerciseCues, speakerNow, freshCues, youngInjury, benignUnclaimed, freshNow, pastTime, liveState, harmNow, liveCase, crisis, office, idioms, situation,
    policy, score, urgent, topicWords, voices: voices(tokens, text) };
}

/** Names of the concepts and framing phrases that matched (compiled lexicon forms, not message text), for tuning. */
export function explainRules(text: string): Record<string, string[]> {
  const tokens = tokenize(text).map(correct);
  const { masked } = maskIdioms(tokens);
  const out: Record<string, string[]> = { harm: scoreHarm(masked).concepts };
  for (const [k, pats] of Object.entries(CTX)) out[k] = which(tokens, pats);
  return out;
}
