/**
 * Learning from what staff asked: groups the (already redacted) questions the guide did not answer clearly, and
 * for each group proposes the entry it most likely belongs to, as a YAML snippet adding the questions to that
 * entry's `questions`, or says plainly that no entry fits (a gap in the guidance). Owners paste what they accept;
 * nothing here changes the knowledge base. Pure.
 *
 * @example suggestionText(suggestEntries(index, [{ text: 'what is sos', why: 'unanswered' }], fileOf))
 */
import { search, type SearchIndex } from './engine.js';
import { terms } from './tokenize.js';
import type { Entry } from './types.js';

export type AskedWhy = 'unanswered' | 'did-you-mean' | 'thumbs-down';

/** One question staff asked (redacted), why it is here, and for a thumbs-down the entry that did not help. */
export interface AskedQuestion { text: string; why: AskedWhy; entryId?: string }

export interface SuggestionGroup {
  /** Distinct questions of the group with how often each was asked. */
  questions: { text: string; count: number; why: AskedWhy[] }[];
  /** The entry the group most likely belongs to; absent for a gap. */
  entry?: Entry;
  /** The entries file holding that entry, relative to the knowledge folder's parent (knowledge/entries/…). */
  file?: string;
}

/** Least share of a question's meaning a passage must match to be proposed as its home; below it, it is a gap. */
export const FIT_COVERAGE = 0.5;
/** Questions sharing at least this share of their words (Jaccard) form one group when no entry fits them. */
export const GAP_SIMILARITY = 0.5;
/** A redaction placeholder ("[name]"): such a question is listed, never proposed as an authoring question. */
const PLACEHOLDER = /\[[A-Za-z -]+\]/;

const normalise = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').replace(/[?!.]+$/, '').trim();

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / Math.max(1, a.size + b.size - both);
}

/** The entry a question most likely belongs to (never the entry a thumbs-down was about), if any fits. */
function homeOf(index: SearchIndex, q: AskedQuestion): Entry | undefined {
  const result = search(index, q.text);
  const candidates = result.hits.length ? result.hits : result.nearest ?? [];
  return candidates.find((h) => h.entry.id !== q.entryId && (h.coverage ?? 0) >= FIT_COVERAGE)?.entry;
}

/** Groups the questions and proposes an entry per group (see the file comment), largest groups first. */
export function suggestEntries(index: SearchIndex, asked: AskedQuestion[], fileOf: (entryId: string) => string | undefined): SuggestionGroup[] {
  const byEntry = new Map<string, SuggestionGroup>();
  const gaps: { words: Set<string>; group: SuggestionGroup }[] = [];
  const add = (group: SuggestionGroup, q: AskedQuestion): void => {
    const text = normalise(q.text);
    const same = group.questions.find((x) => x.text === text);
    if (same) { same.count++; if (!same.why.includes(q.why)) same.why.push(q.why); } else group.questions.push({ text, count: 1, why: [q.why] });
  };
  for (const q of asked) {
    if (!q.text.trim()) continue;
    const entry = homeOf(index, q);
    if (entry) {
      const group = byEntry.get(entry.id) ?? { questions: [], entry, file: fileOf(entry.id) };
      byEntry.set(entry.id, group);
      add(group, q);
      continue;
    }
    const words = new Set(terms(q.text));
    const near = gaps.find((g) => jaccard(g.words, words) >= GAP_SIMILARITY);
    if (near) { add(near.group, q); for (const w of words) near.words.add(w); } else { const group = { questions: [] }; add(group, q); gaps.push({ words, group }); }
  }
  const size = (g: SuggestionGroup): number => g.questions.reduce((n, q) => n + q.count, 0);
  return [...byEntry.values(), ...gaps.map((g) => g.group)].sort((a, b) => size(b) - size(a));
}

/** The ready-to-paste snippet adding a group's questions to its entry (placeholders and known questions left out). */
export function snippetOf(group: SuggestionGroup): string | undefined {
  if (!group.entry) return undefined;
  const known = new Set(group.entry.questions.map(normalise));
  const fresh = group.questions.map((q) => q.text).filter((t) => !PLACEHOLDER.test(t) && !known.has(t));
  if (fresh.length === 0) return undefined;
  const quoted = (t: string): string => (/^[\w][\w ,'’/-]*$/u.test(t) ? t : JSON.stringify(t));
  return [`  - id: ${group.entry.id}`, '    questions:', '      # …its existing questions, then:', ...fresh.map((t) => `      - ${quoted(t)}`)].join('\n');
}

/** The owner's report: one block per group, with its questions, its proposal and the snippet to paste. */
export function suggestionText(groups: SuggestionGroup[]): string {
  if (groups.length === 0) return 'No unanswered, did-you-mean or unhelpful questions in this period: nothing to suggest.';
  const out: string[] = [];
  groups.forEach((g, i) => {
    const n = g.questions.reduce((s, q) => s + q.count, 0);
    out.push(`${i + 1}. ${n} question${n === 1 ? '' : 's'}:`);
    for (const q of g.questions) out.push(`     "${q.text}"${q.count > 1 ? ` ×${q.count}` : ''} (${q.why.join(', ')})`);
    const snippet = snippetOf(g);
    if (!g.entry) out.push('   No entry fits: a gap in the guidance. Ask whether the documents should say something about this.');
    else if (!snippet) out.push(`   Belongs to "${g.entry.id}" (${g.entry.title}); it already holds these questions, or they carry redacted details.`);
    else out.push(`   Most likely "${g.entry.id}" (${g.entry.title}). To teach the guide, add to ${g.file ?? 'its entries file'}:`, '', snippet, '');
  });
  out.push('', 'Nothing has been changed: paste what you accept, then run "npm run knowledge -- check".');
  return out.join('\n');
}
