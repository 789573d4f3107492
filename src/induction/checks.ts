/**
 * Multiple-choice checks generated from the knowledge. Deterministic per seed (user + module +
 * check), so the server rebuilds the same question to mark an answer: cards carry option ids only.
 */
import { createHash } from 'node:crypto';
import { mulberry32 } from '../util/random.js';
import type { Entry, EntryKind, KnowledgeBase } from '../knowledge/types.js';
import type { Journey, JourneyModule } from './journeys.js';

/** Four options: enough that guessing rarely passes, few enough to read on a phone. */
export const OPTION_COUNT = 4;
/** Below two options there is no question to ask. */
export const MIN_OPTIONS = 2;
const OPTION_IDS = ['a', 'b', 'c', 'd', 'e', 'f'];

/** Kinds that read alike, so a distractor looks like a plausible answer. */
const KIND_GROUPS: EntryKind[][] = [
  ['vision', 'mission', 'purpose', 'overview', 'aim', 'statement'],
  ['principle', 'model-element', 'priority', 'commitment', 'right', 'outcome', 'offer', 'model'],
];
/** Never offered as options: facts about documents, and overviews that list everything. */
const NOT_DISTRACTORS: EntryKind[] = ['document-fact', 'inspection', 'regulation', 'overview'];

export interface CheckOption {
  id: string;
  title: string;
  entryId: string;
}

export interface Check {
  moduleId: string;
  check: number;
  /** Our own question text. */
  question: string;
  options: CheckOption[];
  correctId: string;
  /** The entry that is the right answer (its quote is shown after a wrong answer). */
  answerEntryId: string;
}

/** A small seeded PRNG (mulberry32) from a text seed. */
export function seededRandom(seed: string): () => number {
  return mulberry32(createHash('sha256').update(seed).digest().readUInt32LE(0));
}

/** Fisher-Yates with the given random source; returns a new array. */
export function shuffle<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
/** A title's leading label ("Practice principle: Fair") is dropped when it is this many words or fewer: it would give the answer away. */
const MAX_PREFIX_WORDS = 3;

/** The option text for an entry: its title without a short leading label, or undefined when it names an organisation. */
export function optionLabel(kb: KnowledgeBase, entry: Entry): string | undefined {
  const m = /^([^:]{1,40}):\s+(.+)$/.exec(entry.title);
  const label = m && m[1].trim().split(/\s+/).length <= MAX_PREFIX_WORDS ? m[2] : entry.title;
  const names = kb.organisations.flatMap((o) => [o.shortName, o.name]).map(norm);
  const n = ` ${norm(label)} `;
  return names.some((name) => n.includes(` ${name} `)) ? undefined : label.charAt(0).toUpperCase() + label.slice(1);
}

/** Everyday words of the field that say nothing about which idea an option is. */
const COMMON_WORDS = new Set(['children', 'child', 'family', 'families', 'young', 'people', 'person', 'working', 'work', 'their', 'about',
  'which', 'where', 'there', 'support', 'social', 'service', 'services', 'practice', 'staff', 'team', 'teams', 'parents', 'carers']);

/** Content words of a label, crudely stemmed, for spotting outsiders that mean nearly the same as a right answer. */
function contentWords(label: string): string[] {
  return norm(label).split(' ').filter((w) => w.length >= 5 && !COMMON_WORDS.has(w)).map((w) => w.replace(/(s|ed|ing)$/, ''));
}

function group(kind: EntryKind): EntryKind[] {
  return KIND_GROUPS.find((g) => g.includes(kind)) ?? [kind];
}

type Labelled = { entry: Entry; label: string };

function labelled(kb: KnowledgeBase, entries: Entry[]): Labelled[] {
  return entries.flatMap((entry) => {
    const label = optionLabel(kb, entry);
    return label ? [{ entry, label }] : [];
  });
}

/** Other organisations' entries, same kind first, then similar kinds, then any; none whose label overlaps `avoid`. */
function outsiders(kb: KnowledgeBase, like: Entry, avoid: Set<string>, rand: () => number): Labelled[] {
  const others = labelled(kb, kb.entries.filter((e) => e.organisation !== like.organisation && !NOT_DISTRACTORS.includes(e.kind)));
  const tiers = [
    others.filter((o) => o.entry.kind === like.kind),
    others.filter((o) => o.entry.kind !== like.kind && group(like.kind).includes(o.entry.kind)),
    others.filter((o) => !group(like.kind).includes(o.entry.kind)),
  ];
  const words = new Set([...avoid].flatMap(contentWords));
  const out: Labelled[] = [];
  for (const tier of tiers) {
    for (const o of shuffle(tier, rand)) {
      const t = norm(o.label);
      if ([...avoid].some((a) => a === t || a.includes(t) || t.includes(a))) continue;
      if (contentWords(o.label).some((w) => words.has(w))) continue;
      avoid.add(t);
      out.push(o);
    }
  }
  return out;
}

function moduleOf(journey: Journey, moduleId: string): JourneyModule | undefined {
  return journey.modules.find((m) => m.id === moduleId);
}

/** Entries a check may use as the module's own answers: `answers` from the journey, else its steps, labelled. */
function candidates(kb: KnowledgeBase, mod: JourneyModule): Labelled[] {
  const ids = mod.answers ?? mod.steps;
  return labelled(kb, ids.map((id) => kb.entryById.get(id)).filter((e): e is Entry => !!e && !NOT_DISTRACTORS.includes(e.kind)));
}

/**
 * Builds check number `check` of a module: `makeCheck(kb, journey, 'principles', 0, seed)`.
 * Check 0 asks which option belongs to the module (distractors from other organisations);
 * check 1 asks which one does not (the odd one out comes from another organisation).
 */
export function makeCheck(kb: KnowledgeBase, journey: Journey, moduleId: string, check: number, seed: string): Check | undefined {
  const mod = moduleOf(journey, moduleId);
  if (!mod || !Number.isInteger(check) || check < 0 || check >= mod.checks) return undefined;
  const rand = seededRandom(`${seed}|${journey.organisation}|${moduleId}|${check}`);
  const own = shuffle(candidates(kb, mod), seededRandom(`${seed}|${journey.organisation}|${moduleId}`));
  if (own.length === 0) return undefined;
  const org = kb.organisationById.get(journey.organisation)?.shortName ?? journey.organisation;
  // Labels of this organisation never appear as outsiders: they might be right too.
  const avoid = new Set(labelled(kb, kb.entries.filter((e) => e.organisation === journey.organisation)).map((o) => norm(o.label)));
  let correct: Labelled;
  let wrong: Labelled[];
  let question: string;
  if (check % 2 === 0) {
    correct = own[Math.floor(check / 2) % own.length];
    wrong = outsiders(kb, correct.entry, avoid, rand);
    question = mod.checkQuestion ?? `Which of these is part of ${org}'s "${mod.title}"?`;
  } else {
    const outs = outsiders(kb, own[0].entry, avoid, rand);
    if (outs.length === 0) return undefined;
    correct = outs[0];
    wrong = own;
    question = mod.oddOneOutQuestion ?? `Which of these is NOT part of ${org}'s "${mod.title}"?`;
  }
  const chosen = shuffle([correct, ...wrong.slice(0, OPTION_COUNT - 1)], rand);
  if (chosen.length < MIN_OPTIONS) return undefined;
  const options = chosen.map((o, i) => ({ id: OPTION_IDS[i], title: o.label, entryId: o.entry.id }));
  const correctId = options.find((o) => o.entryId === correct.entry.id)!.id;
  return { moduleId, check, question, options, correctId, answerEntryId: correct.entry.id };
}

/** Marks an answer on the server: undefined when the option id is not one of the check's options. */
export function mark(check: Check, optionId: string): { correct: boolean } | undefined {
  if (!check.options.some((o) => o.id === optionId)) return undefined;
  return { correct: optionId === check.correctId };
}
