/**
 * Repeat import: the entries a document already has against the drafts of its new version. A passage that did
 * not change keeps its entry (id, hand-written aids, review state); a changed passage keeps its entry's id and
 * aids, takes the new text and is marked `changed` with its previous quote; an entry whose passage is gone is
 * listed as removed; a new passage becomes a draft. Pure.
 *
 * @example mergeDrafts(oldEntries, drafts, newText).changed // entries to review again
 */
import type { Entry } from '../types.js';

export interface MergeResult {
  /** Every entry of the document after the import, in document order where known. */
  entries: Entry[];
  kept: string[];
  changed: string[];
  added: string[];
  removed: Entry[];
}

/** Least word overlap (Jaccard) for a new passage to count as a changed version of an old one. */
export const CHANGED_OVERLAP = 0.5;

const wordsOf = (s: string): Set<string> => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));

function overlap(a: string, b: string): number {
  const x = wordsOf(a);
  const y = wordsOf(b);
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / Math.max(1, x.size + y.size - both);
}

/** Sentences of a passage, as the coverage check counts them. */
export function sentences(text: string): string[] {
  return text.split('\n').map((l) => l.replace(/^\s*(?:[-•▪◦*–]|\d{1,2}[.)])\s+/u, '').trim()).filter(Boolean)
    .flatMap((l) => l.split(/(?<=[.;!?”])\s+(?=[A-Z“‘'])/u));
}

/** Copies the generated fields of a fresh draft onto an entry; hand-written fields (and its section) stay as they are. */
function refresh(old: Entry, draft: Entry): Entry {
  const next: Entry = { ...old };
  for (const f of old.generated ?? []) {
    if (f === 'questions' || f === 'keywords') next[f] = draft[f];
    else if (f === 'title') next.title = draft.title;
    else if (f === 'kind') next.kind = draft.kind;
  }
  return next;
}

/** Merges a document's old entries with the drafts of its new version (see the file comment). */
export function mergeDrafts(old: Entry[], drafts: Entry[], newText: string): MergeResult {
  const byQuote = new Map(drafts.map((d) => [d.quote, d]));
  const result = new Map<string, Entry>();
  const kept: string[] = [];
  const changed: string[] = [];
  const used = new Set<Entry>();
  const pending: Entry[] = [];
  for (const o of old) {
    const same = byQuote.get(o.quote);
    if (same && !used.has(same)) {
      used.add(same);
      result.set(same.id, refresh(o, same));
      kept.push(o.id);
    } else if (newText.includes(o.quote)) {
      // A hand-written entry quoting part of a passage: its text is still there, so it stands as it is.
      result.set(o.id, o);
      kept.push(o.id);
    } else pending.push(o);
  }
  // Changed passages: the closest unused draft of the same kind of passage, best pairs first.
  const pairs = pending.flatMap((o) => drafts.filter((d) => !used.has(d)).map((d) => ({ o, d, score: overlap(o.quote, d.quote) })))
    .filter((p) => p.score >= CHANGED_OVERLAP).sort((a, b) => b.score - a.score);
  const matched = new Set<Entry>();
  for (const { o, d } of pairs) {
    if (matched.has(o) || used.has(d)) continue;
    matched.add(o);
    used.add(d);
    result.set(d.id, { ...refresh(o, d), quote: d.quote, status: 'changed', previousQuote: o.previousQuote ?? o.quote });
    changed.push(o.id);
  }
  const removed = pending.filter((o) => !matched.has(o));
  // A new passage already quoted, sentence by sentence, by kept entries (hand-written ones cut finer) adds nothing.
  const quoted = [...result.values()].map((e) => e.quote);
  const added: string[] = [];
  for (const d of drafts) {
    if (used.has(d)) continue;
    if (sentences(d.quote).every((s) => quoted.some((q) => q.includes(s)))) continue;
    result.set(d.id, d);
    added.push(d.id);
  }
  // Ids: a kept or changed entry keeps its own id, wherever its draft stood.
  const idOf = new Map<string, string>();
  for (const d of drafts) { const e = result.get(d.id); if (e) idOf.set(d.id, e.id); }
  const gone = new Set(removed.map((r) => r.id));
  const draftIds = new Set(drafts.map((d) => d.id));
  const finalIds = new Set([...result.values()].map((e) => e.id));
  // Links to removed entries, or to drafts left out, go; links to other documents' entries stay.
  const keep = (r: string): boolean => !gone.has(r) && (finalIds.has(r) || !draftIds.has(r));
  const entries = [...result.values()].map((e) => ({
    ...e,
    related: [...new Set(e.related.map((r) => idOf.get(r) ?? r))].filter((r) => keep(r) && r !== e.id),
  }));
  const position = (e: Entry): number => { const p = newText.indexOf(e.quote); return p < 0 ? Number.MAX_SAFE_INTEGER : p; };
  entries.sort((a, b) => position(a) - position(b));
  return { entries, kept, changed, added, removed };
}
