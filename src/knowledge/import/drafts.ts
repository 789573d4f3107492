/**
 * Draft entries of a document: passages with stable ids, related links (a list and its items), generated aids, and
 * `status: draft`. Pure.
 *
 * @example draftsOf(passages, { organisation: 'northwood', source: 'northwood-principles', orgName: 'Northwood', title: '…' }, new Set())
 */
import type { Entry } from '../types.js';
import { documentFrequencies, keywordsFor, questionsFor } from './aids.js';
import { slug } from './outline.js';
import type { Passage } from './passage.js';

/** Fields the importer writes and marks as generated (an owner's edit of one should remove it from the list). */
export const GENERATED: readonly string[] = ['title', 'kind', 'questions', 'keywords', 'related'];

export interface DraftContext {
  organisation: string;
  source: string;
  /** Short name of the organisation, for questions ("what does Northwood say about…"). */
  orgName: string;
  /** The document's title. */
  title: string;
}

/** Words of an entry id after the document's id: at most this many. */
const ID_WORDS = 5;

/** Makes a kebab-case id unique among `taken` (adds -2, -3, …) and records it. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Builds the draft entries of a document's passages; ids avoid every id in `taken` (which gains the new ones). */
export function draftsOf(passages: Passage[], ctx: DraftContext, taken: Set<string>): Entry[] {
  const df = documentFrequencies(passages);
  const ids = passages.map((p) => {
    const words = p.kind === 'overview' ? `${p.title.split(':')[0]} overview` : p.kind === 'document-fact' ? 'document' : p.title.split(':').pop()!;
    return uniqueId(`${ctx.source}-${slug(words, ID_WORDS) || p.kind}`, taken);
  });
  return passages.map((p, i) => {
    const items = passages.flatMap((q, k) => (q.overview === i ? [ids[k]] : []));
    const related = p.overview !== undefined ? [ids[p.overview]] : items;
    return {
      id: ids[i],
      organisation: ctx.organisation,
      source: ctx.source,
      section: p.section,
      kind: p.kind,
      title: p.title,
      quote: p.quote,
      related,
      questions: questionsFor(p, ctx.orgName, ctx.title),
      keywords: keywordsFor(p, df),
      status: 'draft',
      generated: [...GENERATED],
    };
  });
}
