/**
 * Which entry a channel sees next, pure. Each cycle is every suitable entry of the
 * organisation once, in an order that spreads each kind evenly through the cycle (so a
 * principle, a priority, a right and a model element take turns rather than arriving in
 * blocks), shuffled per channel and per cycle from a seed. Nothing repeats until all have
 * been shown, and the first entry of a new cycle is never the last of the previous one, so the
 * same entry never appears two posting days running (unless an organisation has only one).
 */
import { createHash } from 'node:crypto';
import type { Entry, EntryKind } from '../knowledge/types.js';

/**
 * Kinds that make a good principle of the day: things staff can live and reflect on. Left out:
 * document-fact (dates and publishers), overview (a summary of a whole document), inspection
 * (a judgement about the organisation, not a practice) and regulation (statutory wording that
 * reads as a rule, not a prompt).
 */
export const PROMPT_KINDS: ReadonlySet<EntryKind> = new Set<EntryKind>([
  'principle', 'priority', 'right', 'model-element', 'model', 'outcome', 'commitment',
  'aim', 'offer', 'vision', 'mission', 'purpose', 'statement',
]);

export interface RotationState {
  /** Number of completed cycles; part of the shuffle seed. */
  cycle: number;
  /** Entry ids of the current cycle, in posting order. */
  order: string[];
  /** Index in order of the next entry. */
  next: number;
  /** The entry posted last (across cycles). */
  last?: string;
}

/** Entries of an organisation suitable for the daily prompt, in a stable order. */
export function promptEntries(entries: readonly Entry[], organisation: string): Entry[] {
  return entries
    .filter((e) => e.organisation === organisation && PROMPT_KINDS.has(e.kind) && e.quote.trim() !== '')
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Deterministic number in [0, 1) from a seed and a label. */
function unit(seed: string, label: string): number {
  return createHash('sha256').update(seed).update('\u0000').update(label).digest().readUInt32BE(0) / 2 ** 32;
}

/**
 * One cycle's order: within each kind shuffled, then each kind's items placed at evenly spaced
 * points (i + offset) / n along the cycle, with a random offset per kind, and merged by position.
 * The first item differs from `avoidFirst` whenever there are two or more.
 */
export function planCycle(entries: readonly Entry[], seed: string, avoidFirst?: string): string[] {
  const byKind = new Map<string, string[]>();
  for (const e of entries) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e.id]);
  const placed: { id: string; pos: number; tie: number }[] = [];
  for (const [kind, ids] of byKind) {
    const shuffled = [...ids].sort((a, b) => unit(seed, a) - unit(seed, b));
    const offset = unit(seed, `kind:${kind}`);
    shuffled.forEach((id, i) => placed.push({ id, pos: (i + offset) / shuffled.length, tie: unit(seed, `tie:${id}`) }));
  }
  const order = placed.sort((a, b) => a.pos - b.pos || a.tie - b.tie).map((p) => p.id);
  if (order.length > 1 && order[0] === avoidFirst) [order[0], order[1]] = [order[1], order[0]];
  return order;
}

/** A fresh rotation for a channel. */
export function newRotation(): RotationState {
  return { cycle: 0, order: [], next: 0 };
}

/**
 * Picks the next entry and returns it with the advanced state; undefined entry when the
 * organisation has no suitable entries. Entries removed from the knowledge base are skipped;
 * entries added join at the next cycle.
 */
export function nextEntry(state: RotationState, entries: readonly Entry[], seed: string): { entry?: Entry; state: RotationState } {
  const byId = new Map(entries.map((e) => [e.id, e]));
  let s: RotationState = { ...state, order: [...state.order] };
  for (let guard = 0; guard < 2; guard++) {
    while (s.next < s.order.length) {
      const entry = byId.get(s.order[s.next]);
      s.next++;
      if (entry && (entry.id !== s.last || byId.size === 1)) return { entry, state: { ...s, last: entry.id } };
    }
    if (entries.length === 0) return { state: s };
    const cycle = s.order.length > 0 ? s.cycle + 1 : s.cycle;
    s = { cycle, order: planCycle(entries, `${seed}:${cycle}`, s.last), next: 0, last: s.last };
  }
  return { state: s };
}
