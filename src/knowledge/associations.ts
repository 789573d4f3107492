/**
 * What the authored questions teach: which words staff use (in entries' `questions` and `keywords`) go with which
 * words the documents use (in the same entries' titles and quotes). A small translation table learned from the
 * hand-written knowledge base by `npm run train-answers` and committed (associations.json), so it also serves a
 * document imported without any hand-written aids: "kids" → "children", "views" → "voice".
 *
 * @example
 *   const table = learnAssociations(kb.entries);
 *   table.kid; // [['child', 0.83], …]
 */
import { readFileSync } from 'node:fs';
import { terms } from './tokenize.js';
import type { Entry } from './types.js';

/** Staff word → document words with P(document word | staff word), best first. */
export type AssociationTable = Record<string, [string, number][]>;

/** A pair must be seen in at least this many entries: one entry's wording is not a pattern. */
export const MIN_PAIR_ENTRIES = 3;
/** Least P(document word | staff word) kept. */
export const MIN_CONDITIONAL = 0.5;
/** The document word must be at least this many times likelier beside the staff word than overall (lift), so
 * words found in every passage ("child", "famili") are not learned as everyone's translation. */
export const MIN_LIFT = 3;
/** At most this many document words per staff word. */
export const MAX_PER_WORD = 3;

/** Learns the table from entries' aids (staff side) and titles and quotes (document side). */
export function learnAssociations(entries: readonly Entry[]): AssociationTable {
  const n = entries.length;
  const staffCount = new Map<string, number>();
  const docCount = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  for (const e of entries) {
    const staff = new Set(terms([...e.questions, ...e.keywords].join('\n')));
    const doc = new Set(terms(`${e.title}\n${e.quote}`));
    for (const t of doc) docCount.set(t, (docCount.get(t) ?? 0) + 1);
    for (const w of staff) {
      staffCount.set(w, (staffCount.get(w) ?? 0) + 1);
      const row = pairs.get(w) ?? pairs.set(w, new Map()).get(w)!;
      for (const t of doc) if (t !== w) row.set(t, (row.get(t) ?? 0) + 1);
    }
  }
  const table: AssociationTable = {};
  for (const w of [...pairs.keys()].sort()) {
    const cw = staffCount.get(w)!;
    const kept = [...pairs.get(w)!]
      .filter(([t, c]) => c >= MIN_PAIR_ENTRIES && c / cw >= MIN_CONDITIONAL && (c / cw) / (docCount.get(t)! / n) >= MIN_LIFT)
      .map(([t, c]) => [t, Math.round((c / cw) * 1000) / 1000] as [string, number])
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_PER_WORD);
    if (kept.length) table[w] = kept;
  }
  return table;
}

/** The committed table (empty when the file is missing). */
export function loadAssociations(): AssociationTable {
  try {
    return JSON.parse(readFileSync(new URL('./associations.json', import.meta.url), 'utf8')) as AssociationTable;
  } catch {
    return {};
  }
}

/** The table narrowed to document words the index holds. */
export function associationsFor(table: AssociationTable, vocabulary: ReadonlySet<string>): Map<string, [string, number][]> {
  const out = new Map<string, [string, number][]>();
  for (const [w, row] of Object.entries(table)) {
    const kept = row.filter(([t]) => vocabulary.has(t));
    if (kept.length) out.set(w, kept);
  }
  return out;
}
