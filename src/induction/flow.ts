/**
 * Induction use cases: start or resume, choose an organisation, and the card buttons (next, back,
 * answer, pause, restart). Every change is one read-modify-write with eTags; a button from a card
 * that no longer matches the stored position changes nothing and shows the real current step.
 */
import type { Deps } from '../kernel/deps.js';
import type { TurnInput, TurnOutput } from '../kernel/types.js';
import { certificateCard, checkCard, resultCard, stepCard } from './cards.js';
import { makeCheck, mark } from './checks.js';
import { answer, back, findSlot, next, pause, resolve, restart, slots, start, stepNumbers, type Progress } from './journey.js';
import { journeysFor, type Journey, type Journeys } from './journeys.js';
import { organisationCard, restartCard, statusCard } from './panels.js';
import { changeProgress, readProgress, readRecord, readRememberedOrg, rememberOrg, shareKey, type ShareRecord } from './store.js';

/** Longest id a card may carry; anything longer is tampering. */
const MAX_ID_LENGTH = 120;

export const say = (text: string): TurnOutput => ({ messages: [{ text }] });
const TAMPERED = say("Sorry, I couldn't use that button: it may come from an older card. Nothing has changed. Type **induction** to carry on from where you are.");
const PERSONAL_ONLY = say('The induction runs in a personal chat with me, so your progress stays yours. Open a chat with Practice Guide and type **induction**.');
const NOT_SET_UP = say("Induction isn't set up for this deployment yet. Please tell whoever looks after the Practice Guide.");
const NOT_STARTED = say("You haven't started an induction yet. Type **induction** to begin.");
/** Said when the user's organisation has guidance in the guide but no induction journey (knowledge/induction.yaml). */
export const noJourney = (name: string): string =>
  `${name} has no induction journey in the Practice Guide yet. You can still ask me about its guidance at any time. To take another organisation's induction instead, choose it below.`;

/** Journeys of the current knowledge base, or undefined when induction.yaml is missing or invalid (logged). */
export function journeys(deps: Deps): Journeys | undefined {
  try {
    return journeysFor(deps.kb, deps.config.knowledgeDir);
  } catch (err) {
    deps.logger.error({ event: 'induction.journeys_invalid', code: (err as { code?: string }).code, err: (err as Error).message });
    return undefined;
  }
}

function log(deps: Deps, input: TurnInput, op: string, outcome: string): void {
  deps.logger.info({ event: 'induction', op, user: deps.hash(input.userId), outcome });
}

/** The card for wherever the progress is now: a step, a check, or the certificate. */
export function currentCard(deps: Deps, input: TurnInput, journey: Journey, p: Progress, notice = ''): Record<string, unknown> {
  const { index, moved } = resolve(p, journey);
  const note = [notice, moved ? 'The guidance has changed since you were last here, so you are at the nearest step.' : ''].filter(Boolean).join(' ');
  const slot = slots(journey)[index];
  if (!slot) return certificateCard(deps, journey, p);
  if (slot.kind === 'step') return stepCard(deps, journey, index, note);
  const check = makeCheck(deps.kb, journey, slot.moduleId, slot.check, deps.hash(input.userId));
  if (!check) throw new Error(`induction: cannot build check ${slot.moduleId}/${slot.check}`);
  return checkCard(deps, journey, index, check, note);
}

async function chooseJourney(deps: Deps, input: TurnInput, all: Journeys): Promise<Journey | undefined> {
  const def = deps.config.defaultOrganisation;
  if (def && all.has(def)) return all.get(def);
  const remembered = await readRememberedOrg(deps, input.userId);
  return remembered ? all.get(remembered) : undefined;
}

/** `induction` or the Start button: resumes the journey, starts one, or asks for the organisation. */
export async function startOrResume(deps: Deps, input: TurnInput): Promise<TurnOutput> {
  if (input.scope !== 'personal') return PERSONAL_ONLY;
  const all = journeys(deps);
  if (!all) return NOT_SET_UP;
  const existing = await readProgress(deps, input.userId);
  const journey = existing ? all.get(existing.organisation) : await chooseJourney(deps, input, all);
  if (!journey) {
    log(deps, input, 'start', 'ask-organisation');
    // An organisation whose guidance was imported but has no journey yet is named plainly, not silently skipped.
    const own = existing?.organisation ?? (deps.config.defaultOrganisation || await readRememberedOrg(deps, input.userId));
    const name = own && !all.has(own) ? deps.kb.organisationById.get(own)?.name : undefined;
    return { messages: [...(name ? [{ text: noJourney(name) }] : []), { card: organisationCard(deps, all) }] };
  }
  return begin(deps, input, journey);
}

async function begin(deps: Deps, input: TurnInput, journey: Journey): Promise<TurnOutput> {
  const { p, resumed } = await changeProgress(deps, input.userId, (cur) => {
    if (cur && cur.organisation === journey.organisation) {
      if (!cur.pausedAt) return { result: { p: cur, resumed: true } };
      const { pausedAt: _p, ...rest } = cur;
      return { progress: rest, result: { p: rest, resumed: true } };
    }
    const fresh = start(journey, deps.now());
    return { progress: fresh, result: { p: fresh, resumed: false } };
  });
  log(deps, input, 'start', resumed ? 'resumed' : 'started');
  const notice = resumed && p.position.kind !== 'done' ? 'Welcome back: here is where you left off.' : '';
  return { messages: [{ card: currentCard(deps, input, journey, p, notice) }] };
}

/** The organisation buttons: remembers the choice and starts. */
export async function chooseOrganisation(deps: Deps, input: TurnInput, data: Record<string, unknown>): Promise<TurnOutput> {
  if (input.scope !== 'personal') return PERSONAL_ONLY;
  const all = journeys(deps);
  if (!all) return NOT_SET_UP;
  const journey = typeof data.organisation === 'string' ? all.get(data.organisation) : undefined;
  if (!journey) return TAMPERED;
  await rememberOrg(deps, input.userId, journey.organisation);
  const existing = await readProgress(deps, input.userId);
  if (existing && existing.organisation !== journey.organisation) {
    return say(`You already have an induction in progress for another organisation. Type **induction restart** to start again with ${journey.title}.`);
  }
  return begin(deps, input, journey);
}

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID_LENGTH;

type Moved = { kind: 'moved' | 'same' | 'stale'; progress: Progress } | { kind: 'gone' };

/** Next, Back and answer buttons: only act when the card matches the stored position. */
export async function positionOp(deps: Deps, input: TurnInput, op: 'next' | 'back' | 'answer', data: Record<string, unknown>): Promise<TurnOutput> {
  if (input.scope !== 'personal') return PERSONAL_ONLY;
  if (!isId(data.moduleId) || !isId(data.step)) return (log(deps, input, op, 'tampered'), TAMPERED);
  const all = journeys(deps);
  if (!all) return NOT_SET_UP;
  const stored = await readProgress(deps, input.userId);
  const journey = stored && all.get(stored.organisation);
  if (!stored || !journey) return NOT_STARTED;
  const idx = findSlot(journey, data.moduleId, data.step);
  const slot = slots(journey)[idx];
  if (!slot || (op === 'answer') !== (slot.kind === 'check')) return (log(deps, input, op, 'tampered'), TAMPERED);
  let marked: { correct: boolean } | undefined;
  const check = slot.kind === 'check' ? makeCheck(deps.kb, journey, slot.moduleId, slot.check, deps.hash(input.userId)) : undefined;
  if (op === 'answer') {
    marked = check && isId(data.optionId) ? mark(check, data.optionId) : undefined;
    if (!marked) return (log(deps, input, op, 'tampered'), TAMPERED);
  }
  const now = deps.now();
  const outcome = await changeProgress<Moved>(deps, input.userId, (cur) => {
    if (!cur || cur.organisation !== journey.organisation) return { result: { kind: 'gone' } };
    if (resolve(cur, journey).index !== idx) return { result: { kind: 'stale', progress: cur } };
    const after = op === 'next' ? next(cur, journey, now) : op === 'back' ? back(cur, journey, now)
      : answer(cur, journey, data.optionId as string, marked!.correct, now);
    return after === cur ? { result: { kind: 'same', progress: cur } } : { progress: after, result: { kind: 'moved', progress: after } };
  });
  log(deps, input, op, outcome.kind);
  if (outcome.kind === 'gone') return NOT_STARTED;
  const p = outcome.progress;
  if (outcome.kind === 'stale') {
    const n = stepNumbers(journey, resolve(p, journey).index);
    const where = p.position.kind === 'done' ? 'You have already finished.' : `You are at step ${n.current} of ${n.total}.`;
    return { messages: [{ card: currentCard(deps, input, journey, p, `That card was from an earlier point, so I haven't moved you. ${where}`) }] };
  }
  const notice = outcome.kind === 'same' && op === 'back' ? 'This is the first step.' : '';
  const messages = [];
  if (op === 'answer' && check) messages.push({ card: resultCard(deps, check, data.optionId as string, marked!.correct, journey.organisation) });
  messages.push({ card: currentCard(deps, input, journey, p, notice) });
  return { messages };
}

/** Pause: keeps the position and says how to come back. */
export async function pauseOp(deps: Deps, input: TurnInput): Promise<TurnOutput> {
  if (input.scope !== 'personal') return PERSONAL_ONLY;
  const all = journeys(deps);
  if (!all) return NOT_SET_UP;
  const p = await changeProgress(deps, input.userId, (cur) => (cur ? { progress: pause(cur, deps.now()), result: cur } : { result: undefined }));
  log(deps, input, 'pause', p ? 'paused' : 'none');
  const journey = p && all.get(p.organisation);
  if (!p || !journey) return NOT_STARTED;
  const n = stepNumbers(journey, resolve(p, journey).index);
  return say(`Paused at step ${n.current} of ${n.total}. Your progress is saved: type **induction** when you're ready to carry on.`);
}

/** `induction status`. */
export async function statusOp(deps: Deps, input: TurnInput): Promise<TurnOutput> {
  if (input.scope !== 'personal') return PERSONAL_ONLY;
  const all = journeys(deps);
  if (!all) return NOT_SET_UP;
  const p = await readProgress(deps, input.userId);
  const journey = p && all.get(p.organisation);
  if (!p || !journey) return NOT_STARTED;
  const share = await readRecord<ShareRecord>(deps, shareKey(deps, input.userId));
  return { messages: [{ card: statusCard(journey, p, !!share?.on) }] };
}

/** `induction restart` (asks first) and the confirmation button. */
export async function restartOp(deps: Deps, input: TurnInput, confirmed: boolean): Promise<TurnOutput> {
  if (input.scope !== 'personal') return PERSONAL_ONLY;
  const all = journeys(deps);
  if (!all) return NOT_SET_UP;
  const p = await readProgress(deps, input.userId);
  if (!p) return startOrResume(deps, input);
  const journey = (await chooseJourney(deps, input, all)) ?? all.get(p.organisation);
  if (!journey) return startOrResume(deps, input);
  if (!confirmed) return { messages: [{ card: restartCard(journey, p) }] };
  const fresh = await changeProgress(deps, input.userId, () => {
    const r = restart(journey, deps.now());
    return { progress: r, result: r };
  });
  log(deps, input, 'restart', 'restarted');
  return { messages: [{ card: currentCard(deps, input, journey, fresh, 'Starting again from the first step.') }] };
}
