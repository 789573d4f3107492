/**
 * The domain thesaurus (knowledge/thesaurus.yaml): abbreviations, everyday phrases and out-of-scope signals,
 * compiled into phrase tables keyed by analysed terms so queries match them in one pass.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { analyse } from './tokenize.js';

/** Weight of document words added by an everyday phrase, relative to the staff's own words (1). Below 1 so a
 * passage matching the question's literal words still wins; high enough that a paraphrase alone can find it. */
export const EXPANSION_WEIGHT = 0.55;

export type RuleKind = 'abbreviation' | 'phrase';

/** One compiled rule: a key (analysed terms, stop words included) and the terms it adds. */
export interface ThesaurusRule {
  kind: RuleKind;
  key: string[];
  expansions: string[];
}

/** The compiled thesaurus: rules and out-of-scope phrases indexed by their first term, longest first. */
export interface Thesaurus {
  rules: Map<string, ThesaurusRule[]>;
  outOfScope: Map<string, string[][]>;
  /** Surface words of the rule keys: spelling slips are corrected toward them too ("tecnique"). */
  surfaces: Set<string>;
  size: number;
}

/** Thrown when thesaurus.yaml is malformed; the message names the file and field. */
export class ThesaurusError extends Error {
  readonly code = 'thesaurus_invalid';
  constructor(readonly file: string, readonly field: string, detail: string) {
    super(`${file}: field "${field}": ${detail}`);
    this.name = 'ThesaurusError';
  }
}

const TOP_LEVEL = new Set(['abbreviations', 'phrases', 'out_of_scope']);

/** The thesaurus shipped in the repository's knowledge/ folder. */
export const DEFAULT_THESAURUS_FILE = fileURLToPath(new URL('../../knowledge/thesaurus.yaml', import.meta.url));

function keyTerms(text: string): string[] {
  return analyse(text).map((t) => t.term);
}

function addSorted<T>(map: Map<string, T[]>, first: string, item: T, len: (x: T) => number): void {
  const list = map.get(first) ?? [];
  list.push(item);
  list.sort((a, b) => len(b) - len(a));
  map.set(first, list);
}

/** Validates and compiles parsed YAML; `file` is only used in error messages. */
export function compileThesaurus(doc: unknown, file: string): Thesaurus {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new ThesaurusError(file, '(root)', 'must be a mapping with abbreviations, phrases and out_of_scope');
  const root = doc as Record<string, unknown>;
  for (const k of Object.keys(root)) if (!TOP_LEVEL.has(k)) throw new ThesaurusError(file, k, `unknown section (expected one of ${[...TOP_LEVEL].join(', ')})`);
  const rules = new Map<string, ThesaurusRule[]>();
  const surfaces = new Set<string>();
  const seen = new Map<string, ThesaurusRule>();
  let size = 0;
  for (const kind of ['abbreviations', 'phrases'] as const) {
    const section = root[kind] ?? {};
    if (typeof section !== 'object' || section === null || Array.isArray(section)) throw new ThesaurusError(file, kind, 'must be a mapping of "words staff type": "document words"');
    for (const [rawKey, value] of Object.entries(section as Record<string, unknown>)) {
      const field = `${kind}.${rawKey}`;
      const targets = typeof value === 'string' ? [value] : value;
      if (!Array.isArray(targets) || targets.length === 0 || targets.some((t) => typeof t !== 'string' || t.trim() === '')) {
        throw new ThesaurusError(file, field, 'must be a non-empty string or a list of non-empty strings');
      }
      const key = keyTerms(rawKey);
      if (key.length === 0) throw new ThesaurusError(file, field, 'the key has no words');
      const expansions = [...new Set((targets as string[]).flatMap((t) => analyse(t).filter((x) => !x.stop).map((x) => x.term)))];
      if (expansions.length === 0) throw new ThesaurusError(file, field, 'the value has only stop words');
      for (const t of analyse(rawKey)) if (!t.stop) surfaces.add(t.surface);
      const ruleKind: RuleKind = kind === 'abbreviations' ? 'abbreviation' : 'phrase';
      // Keys that read the same once stemmed ("agree", "agreeing") are one rule: their expansions are merged.
      const earlier = seen.get(key.join(' '));
      if (earlier) {
        if (earlier.kind !== ruleKind) throw new ThesaurusError(file, field, 'reads the same once stemmed as a key of the other section');
        for (const t of expansions) if (!earlier.expansions.includes(t)) earlier.expansions.push(t);
        continue;
      }
      const rule: ThesaurusRule = { kind: ruleKind, key, expansions };
      seen.set(key.join(' '), rule);
      addSorted(rules, key[0], rule, (r) => r.key.length);
      size++;
    }
  }
  const outOfScope = new Map<string, string[][]>();
  const oos = root.out_of_scope ?? [];
  if (!Array.isArray(oos)) throw new ThesaurusError(file, 'out_of_scope', 'must be a list of words or phrases');
  oos.forEach((v, i) => {
    if (typeof v !== 'string' || v.trim() === '') throw new ThesaurusError(file, `out_of_scope[${i}]`, 'must be a non-empty string');
    const key = keyTerms(v);
    if (key.length === 0) throw new ThesaurusError(file, `out_of_scope[${i}]`, 'has no words');
    addSorted(outOfScope, key[0], key, (k) => k.length);
  });
  return { rules, outOfScope, surfaces, size };
}

const cache = new Map<string, Thesaurus>();

/** Loads and compiles a thesaurus file (default: knowledge/thesaurus.yaml in the repo); cached per path. */
export function loadThesaurus(file: string = DEFAULT_THESAURUS_FILE): Thesaurus {
  const hit = cache.get(file);
  if (hit) return hit;
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch (e) { throw new ThesaurusError(file, '(file)', `cannot be read: ${(e as Error).message}`); }
  let doc: unknown;
  try { doc = parse(text); } catch (e) { throw new ThesaurusError(file, '(yaml)', (e as Error).message); }
  const compiled = compileThesaurus(doc, file);
  cache.set(file, compiled);
  return compiled;
}

/** Loads thesaurus.yaml from a knowledge directory. */
export function loadThesaurusFromDir(dir: string): Thesaurus {
  return loadThesaurus(join(dir, 'thesaurus.yaml'));
}

/** Returns the length of the phrase in `phrases` matching `terms` at position i (longest first), or 0. */
export function matchPhrase(phrases: string[][] | undefined, terms: string[], i: number): number {
  if (!phrases) return 0;
  outer: for (const p of phrases) {
    if (i + p.length > terms.length) continue;
    for (let j = 1; j < p.length; j++) if (terms[i + j] !== p[j]) continue outer;
    return p.length;
  }
  return 0;
}

/** Returns the longest rule matching `terms` at position i, or undefined. */
export function matchRule(th: Thesaurus, terms: string[], i: number): ThesaurusRule | undefined {
  const list = th.rules.get(terms[i]);
  if (!list) return undefined;
  outer: for (const r of list) {
    if (i + r.key.length > terms.length) continue;
    for (let j = 1; j < r.key.length; j++) if (terms[i + j] !== r.key[j]) continue outer;
    return r;
  }
  return undefined;
}
