/**
 * Journey data: knowledge/induction.yaml lists, per organisation, the ordered modules of its
 * induction (each a few knowledge entries, then 1-2 checks). A practice lead edits the file;
 * `loadJourneys` validates it against the knowledge base and names file, organisation,
 * module and field in every error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { KnowledgeBase } from '../knowledge/types.js';

export const JOURNEY_FILE = 'induction.yaml';
/** A module asks at least one check so each module ends with a moment of recall, and at most two so it stays short. */
export const MIN_CHECKS = 1;
export const MAX_CHECKS = 2;
const ID = /^[a-z0-9][a-z0-9-]*$/;

export interface JourneyModule {
  id: string;
  title: string;
  /** Our own words (from the Practice Guide team, not from the source). */
  intro: string;
  /** Knowledge entry ids, in order. */
  steps: string[];
  /** How many multiple-choice checks close the module (1-2). */
  checks: number;
  /** Our own check question, e.g. "Which of these is one of Southwark's practice principles?" */
  checkQuestion?: string;
  /** Our own odd-one-out question for the second check, e.g. "Which of these is NOT one of Southwark's practice principles?" */
  oddOneOutQuestion?: string;
  /** Step entry ids a check may use as the module's answers (default: every step). */
  answers?: string[];
  /**
   * Our own reflective questions for steps, by entry id, in place of the entry's `reflection`:
   * written for new starters, who may have no caseload yet (the entries' own suit daily prompts).
   * Questions for ids that are not (or no longer) steps are left out.
   */
  reflections?: Record<string, string>;
}

export interface Journey {
  organisation: string;
  title: string;
  modules: JourneyModule[];
}

export type Journeys = Map<string, Journey>;

export class JourneyError extends Error {
  readonly code = 'journey_invalid';
  constructor(readonly file: string, readonly where: string, readonly field: string, problem: string) {
    super(`${file}: ${where}${field ? ` field "${field}"` : ''}: ${problem}`);
    this.name = 'JourneyError';
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(file: string, where: string, obj: Record<string, unknown>, field: string, optional = false): string | undefined {
  const v = obj[field];
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'string' || !v.trim()) throw new JourneyError(file, where, field, 'expected non-empty text');
  return v.trim();
}

function parseModule(file: string, org: string, raw: unknown, i: number, kb: KnowledgeBase, seen: Set<string>): JourneyModule {
  if (!isObject(raw)) throw new JourneyError(file, `organisation "${org}" module #${i + 1}`, '', 'expected a mapping with id, title, intro, steps, checks');
  const id = text(file, `organisation "${org}" module #${i + 1}`, raw, 'id')!;
  const where = `organisation "${org}" module "${id}"`;
  if (!ID.test(id)) throw new JourneyError(file, where, 'id', 'use lower-case letters, digits and hyphens');
  if (seen.has(id)) throw new JourneyError(file, where, 'id', 'duplicate module id');
  seen.add(id);
  const title = text(file, where, raw, 'title')!;
  const intro = text(file, where, raw, 'intro')!;
  const checkQuestion = text(file, where, raw, 'checkQuestion', true);
  const oddOneOutQuestion = text(file, where, raw, 'oddOneOutQuestion', true);
  if (!Array.isArray(raw.steps) || raw.steps.length === 0) throw new JourneyError(file, where, 'steps', 'expected a non-empty list of entry ids');
  const steps: string[] = [];
  for (const s of raw.steps) {
    if (typeof s !== 'string') throw new JourneyError(file, where, 'steps', `expected entry ids, got ${JSON.stringify(s)}`);
    const entry = kb.entryById.get(s);
    if (!entry) throw new JourneyError(file, where, 'steps', `unknown entry id "${s}"`);
    if (entry.organisation !== org) throw new JourneyError(file, where, 'steps', `entry "${s}" belongs to ${entry.organisation}, not ${org}`);
    if (steps.includes(s)) throw new JourneyError(file, where, 'steps', `entry "${s}" is listed twice`);
    steps.push(s);
  }
  const checks = raw.checks === undefined ? 1 : raw.checks;
  if (typeof checks !== 'number' || !Number.isInteger(checks) || checks < MIN_CHECKS || checks > MAX_CHECKS) {
    throw new JourneyError(file, where, 'checks', `expected a whole number from ${MIN_CHECKS} to ${MAX_CHECKS}`);
  }
  let answers: string[] | undefined;
  if (raw.answers !== undefined) {
    if (!Array.isArray(raw.answers) || raw.answers.length === 0) throw new JourneyError(file, where, 'answers', 'expected a non-empty list of step entry ids');
    for (const a of raw.answers) {
      if (typeof a !== 'string' || !steps.includes(a)) throw new JourneyError(file, where, 'answers', `"${String(a)}" is not one of this module's steps`);
    }
    answers = raw.answers as string[];
  }
  let reflections: Record<string, string> | undefined;
  if (raw.reflections !== undefined) {
    if (!isObject(raw.reflections)) throw new JourneyError(file, where, 'reflections', 'expected a mapping of step entry id to a question');
    reflections = {};
    for (const [step, question] of Object.entries(raw.reflections)) {
      if (typeof question !== 'string' || !question.trim()) throw new JourneyError(file, where, 'reflections', `expected a question for "${step}"`);
      // A question for a step that was taken out is kept aside, not an error: removing a step stays a one-line edit.
      if (steps.includes(step)) reflections[step] = question.trim();
    }
  }
  return {
    id, title, intro, steps, checks,
    ...(checkQuestion ? { checkQuestion } : {}), ...(oddOneOutQuestion ? { oddOneOutQuestion } : {}), ...(answers ? { answers } : {}),
    ...(reflections ? { reflections } : {}),
  };
}

/** Validates parsed journey data against the knowledge base: `parseJourneys(yamlObject, kb, 'induction.yaml')`. */
export function parseJourneys(data: unknown, kb: KnowledgeBase, file = JOURNEY_FILE): Journeys {
  if (!isObject(data) || !isObject(data.journeys)) throw new JourneyError(file, 'top level', 'journeys', 'expected a mapping of organisation id to journey');
  const out: Journeys = new Map();
  for (const [org, raw] of Object.entries(data.journeys)) {
    const where = `organisation "${org}"`;
    if (!kb.organisationById.has(org)) throw new JourneyError(file, where, '', 'unknown organisation id');
    if (!isObject(raw)) throw new JourneyError(file, where, '', 'expected a mapping with title and modules');
    const title = text(file, where, raw, 'title')!;
    if (!Array.isArray(raw.modules) || raw.modules.length === 0) throw new JourneyError(file, where, 'modules', 'expected a non-empty list');
    const seen = new Set<string>();
    const modules = raw.modules.map((m, i) => parseModule(file, org, m, i, kb, seen));
    const all = modules.flatMap((m) => m.steps);
    const dup = all.find((s, i) => all.indexOf(s) !== i);
    if (dup) throw new JourneyError(file, where, 'steps', `entry "${dup}" appears in more than one module`);
    out.set(org, { organisation: org, title, modules });
  }
  return out;
}

/** Reads and validates <dir>/induction.yaml: `loadJourneys(config.knowledgeDir, kb)`. Throws JourneyError. */
export function loadJourneys(dir: string, kb: KnowledgeBase): Journeys {
  const file = path.join(dir, JOURNEY_FILE);
  let data: unknown;
  try {
    data = parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new JourneyError(file, 'file', '', `cannot read or parse: ${(err as Error).message}`);
  }
  return parseJourneys(data, kb, file);
}

const cache = new WeakMap<KnowledgeBase, { dir: string; journeys: Journeys }>();

/** Journeys for this knowledge base, loaded once from dir and cached per knowledge base (a reload gives a new one). */
export function journeysFor(kb: KnowledgeBase, dir: string): Journeys {
  const hit = cache.get(kb);
  if (hit && hit.dir === dir) return hit.journeys;
  const journeys = loadJourneys(dir, kb);
  cache.set(kb, { dir, journeys });
  return journeys;
}
