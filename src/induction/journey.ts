/**
 * The pure journey state machine. Progress names its position by ids (module id + entry id, or
 * module id + check number), never by index, so a knowledge change that removes or reorders
 * steps leaves it valid: `resolve` finds the same step, or the nearest one not yet done.
 */
import type { Journey } from './journeys.js';

export const PROGRESS_VERSION = 1;

export type Position =
  | { kind: 'step'; moduleId: string; entryId: string }
  | { kind: 'check'; moduleId: string; check: number }
  | { kind: 'done' };

export type Slot = Exclude<Position, { kind: 'done' }>;

/** One answered check: ids and the outcome only, never text. */
export interface Answer {
  moduleId: string;
  check: number;
  optionId: string;
  correct: boolean;
  at: number;
}

export interface Progress {
  version: number;
  organisation: string;
  position: Position;
  /** Entry ids the starter has moved past with Next. */
  seen: string[];
  answers: Answer[];
  startedAt: number;
  updatedAt: number;
  pausedAt?: number;
  finishedAt?: number;
}

/** The journey as one ordered list: each module's steps, then its checks. */
export function slots(journey: Journey): Slot[] {
  return journey.modules.flatMap((m) => [
    ...m.steps.map((entryId): Slot => ({ kind: 'step', moduleId: m.id, entryId })),
    ...Array.from({ length: m.checks }, (_, check): Slot => ({ kind: 'check', moduleId: m.id, check })),
  ]);
}

/** The id a card carries for a position: the entry id for a step, "check-<n>" for a check, "done" at the end. */
export function slotId(pos: Position): string {
  return pos.kind === 'step' ? pos.entryId : pos.kind === 'check' ? `check-${pos.check}` : 'done';
}

/** Index of the slot with this module and slot id, or -1. */
export function findSlot(journey: Journey, moduleId: string, id: string): number {
  return slots(journey).findIndex((s) => s.moduleId === moduleId && slotId(s) === id);
}

function isDone(p: Progress, s: Slot): boolean {
  return s.kind === 'step' ? p.seen.includes(s.entryId) : p.answers.some((a) => a.moduleId === s.moduleId && a.check === s.check);
}

/**
 * Where the starter is in the current journey: the index of their slot (slots.length when finished),
 * and whether it had to move because the journey changed under them.
 */
export function resolve(p: Progress, journey: Journey): { index: number; moved: boolean } {
  const all = slots(journey);
  const pos = p.position;
  if (pos.kind === 'done') return { index: all.length, moved: false };
  const exact = all.findIndex((s) => s.moduleId === pos.moduleId && slotId(s) === slotId(pos));
  if (exact >= 0) return { index: exact, moved: false };
  // The step moved to another module: follow it.
  if (pos.kind === 'step') {
    const moved = all.findIndex((s) => s.kind === 'step' && s.entryId === pos.entryId);
    if (moved >= 0) return { index: moved, moved: true };
  }
  // Otherwise the nearest slot not done yet: in the same module first, then anywhere.
  const open = all.map((s, i) => ({ s, i })).filter(({ s }) => !isDone(p, s));
  const sameModule = open.find(({ s }) => s.moduleId === pos.moduleId);
  const nearest = sameModule ?? open[0];
  return { index: nearest ? nearest.i : all.length, moved: true };
}

function at(journey: Journey, index: number): Position {
  const all = slots(journey);
  return index >= all.length ? { kind: 'done' } : all[index];
}

/** A new journey for an organisation, at its first step. */
export function start(journey: Journey, now: number): Progress {
  return {
    version: PROGRESS_VERSION,
    organisation: journey.organisation,
    position: at(journey, 0),
    seen: [],
    answers: [],
    startedAt: now,
    updatedAt: now,
  };
}

function moveTo(p: Progress, journey: Journey, index: number, now: number): Progress {
  const position = at(journey, index);
  const finished = position.kind === 'done' && p.finishedAt === undefined ? { finishedAt: now } : {};
  const { pausedAt: _unpaused, ...rest } = p;
  return { ...rest, position, updatedAt: now, ...finished };
}

/** Moves past the current step. At a check (which needs an answer) or at the end, nothing changes. */
export function next(p: Progress, journey: Journey, now: number): Progress {
  const { index } = resolve(p, journey);
  const cur = slots(journey)[index];
  if (!cur || cur.kind !== 'step') return p;
  const seen = p.seen.includes(cur.entryId) ? p.seen : [...p.seen, cur.entryId];
  const all = slots(journey);
  // A check answered before (the starter went Back) is not asked twice.
  let to = index + 1;
  while (to < all.length && all[to].kind === 'check' && isDone(p, all[to])) to++;
  return moveTo({ ...p, seen }, journey, to, now);
}

/** Goes back to the previous step (checks already answered are skipped). At the first step, nothing changes. */
export function back(p: Progress, journey: Journey, now: number): Progress {
  const all = slots(journey);
  const { index } = resolve(p, journey);
  for (let i = Math.min(index, all.length) - 1; i >= 0; i--) {
    if (all[i].kind === 'step') return moveTo(p, journey, i, now);
  }
  return p;
}

/** Records the answer to the current check and moves on. Anywhere else, nothing changes. */
export function answer(p: Progress, journey: Journey, optionId: string, correct: boolean, now: number): Progress {
  const { index } = resolve(p, journey);
  const cur = slots(journey)[index];
  if (!cur || cur.kind !== 'check') return p;
  const answers = p.answers.filter((a) => !(a.moduleId === cur.moduleId && a.check === cur.check));
  answers.push({ moduleId: cur.moduleId, check: cur.check, optionId, correct, at: now });
  return moveTo({ ...p, answers }, journey, index + 1, now);
}

/** Marks the journey paused where it is. */
export function pause(p: Progress, now: number): Progress {
  return { ...p, pausedAt: now, updatedAt: now };
}

/** Starts over from the first step (answers and seen steps cleared). */
export function restart(journey: Journey, now: number): Progress {
  return start(journey, now);
}

/** Step counts for cards: `current` is the 1-based step shown (or the steps done at a check), out of `total`. */
export function stepNumbers(journey: Journey, index: number): { current: number; total: number; percent: number } {
  const all = slots(journey);
  const total = all.filter((s) => s.kind === 'step').length;
  const upTo = all.slice(0, Math.min(index + 1, all.length)).filter((s) => s.kind === 'step').length;
  const current = index >= all.length ? total : upTo;
  return { current, total, percent: total ? Math.round((current / total) * 100) : 100 };
}

/** True when v looks like stored progress of this version. */
export function isProgress(v: unknown): v is Progress {
  const p = v as Progress | undefined;
  return !!p && p.version === PROGRESS_VERSION && typeof p.organisation === 'string' && !!p.position
    && Array.isArray(p.seen) && Array.isArray(p.answers) && typeof p.startedAt === 'number';
}
