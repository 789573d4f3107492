/**
 * Turns a document's blocks into sections (one per heading, with an anchor and the exact line it starts on) and
 * finds where every block stands in the local copy, so passages can be cut from it verbatim.
 *
 * @example outline(read).sections.map((s) => s.anchor) // ['our-vision', 'secure-base-model', …]
 */
import type { Block, ReadDocument } from './blocks.js';

/** A block with its place in the copy: [start, end) offsets; for a list, one span per item. */
export type Located =
  | { type: 'p'; text: string; start: number; end: number }
  | { type: 'ul'; items: { text: string; start: number; end: number }[]; start: number; end: number };

export interface OutlineSection {
  anchor: string;
  /** True for the section made up for guidance before any heading (its heading is the document's title). */
  synthetic?: boolean;
  /** As the document writes it (a trailing colon dropped). */
  heading: string;
  /** The exact line of the copy where the section starts (the heading's line, trailing white space dropped). */
  startLine: string;
  level: number;
  /** Index of the enclosing section in `sections`, if any. */
  parent?: number;
  content: Located[];
}

export interface Outline {
  sections: OutlineSection[];
  /** The document's title as it states it (a heading before any guidance), if it has one. */
  titleLine?: string;
}

/** Shortest run of short sub-headings each followed by one paragraph (plain text) taken as items of a list. */
export const ITEM_RUN_MIN = 3;
/** A sub-heading naming an item has at most this many words. */
const ITEM_HEADING_MAX_WORDS = 6;

/** Kebab-case slug of some words, at most `max` words: slug("Evidence Informed:") → "evidence-informed". */
export function slug(text: string, max = 6): string {
  const words = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’']/g, '')
    .split(/[^a-z0-9]+/).filter(Boolean);
  return words.slice(0, max).join('-');
}

/** Words in a heading or its introduction that announce a list ("Our practice principles", "the following:"). */
const LIST_CUE = /\b(principles|values|priorities|outcomes|aims|pillars|standards|commitments|themes|behaviours|rights|elements|steps|the following)\b/i;

/** The headings after block `i` that each carry one paragraph: [heading index, …], in order. */
function pairsAfter(blocks: Block[], j: number): number[] {
  const run: number[] = [];
  while (j + 1 < blocks.length && blocks[j].type === 'heading' && blocks[j + 1].type === 'p'
    && (blocks[j + 2] === undefined || blocks[j + 2].type === 'heading')
    && (blocks[j] as { text: string }).text.split(/\s+/).length <= ITEM_HEADING_MAX_WORDS) {
    run.push(j);
    j += 2;
  }
  return run;
}

/** Plain-text sub-headings have no levels: a run of short headings each followed by one paragraph, after a heading
 * (with an introduction) that announces a list, is taken as that heading's items (Southwark's eight principles).
 * The nearest such heading wins, so a page title mentioning "principles" does not swallow the list's own heading. */
function inferLevels(blocks: Block[]): Block[] {
  const out = blocks.map((b) => ({ ...b }));
  const claimed = new Set<number>();
  const parents = new Set<number>();
  for (let i = out.length - 1; i >= 0; i--) {
    const h = out[i];
    if (h.type !== 'heading' || claimed.has(i)) continue;
    let j = i + 1;
    while (j < out.length && out[j].type === 'p') j++;
    if (j === i + 1) continue;
    const intro = out.slice(i + 1, j).map((b) => (b as { text: string }).text).join(' ');
    if (!LIST_CUE.test(h.text) && !LIST_CUE.test(intro) && !intro.trim().endsWith(':')) continue;
    const all = pairsAfter(out, j);
    const stop = all.findIndex((k) => claimed.has(k) || parents.has(k));
    const run = stop < 0 ? all : all.slice(0, stop);
    if (run.length < ITEM_RUN_MIN) continue;
    parents.add(i);
    for (const k of run) { (out[k] as { level: number }).level = h.level + 1; claimed.add(k); }
  }
  return out;
}

/** Finds every block in the copy, in order, and groups them into sections. */
export function outline(doc: ReadDocument, title = 'Introduction'): Outline {
  const blocks = doc.format === 'text' ? inferLevels(doc.blocks) : doc.blocks;
  const text = doc.text;
  const lines = text.split('\n');
  let cursor = 0;
  const find = (s: string): { start: number; end: number } => {
    const start = text.indexOf(s, cursor);
    if (start < 0) throw new Error(`outline: "${s.slice(0, 40)}" is not in the copy`);
    cursor = start + s.length;
    return { start, end: cursor };
  };
  const lineAt = (offset: number): string => {
    const from = text.lastIndexOf('\n', offset - 1) + 1;
    const to = text.indexOf('\n', offset);
    return text.slice(from, to < 0 ? text.length : to).replace(/\s+$/u, '');
  };
  const sections: OutlineSection[] = [];
  const used = new Set<string>();
  const anchorOf = (heading: string): string => {
    const base = slug(heading) || 'section';
    let a = base;
    for (let n = 2; used.has(a); n++) a = `${base}-${n}`;
    used.add(a);
    return a;
  };
  let titleLine: string | undefined;
  const stack: number[] = [];
  for (const b of blocks) {
    if (b.type === 'heading') {
      const { start } = find(b.text);
      if (sections.every((x) => x.content.length === 0)) titleLine ??= b.text;
      while (stack.length && sections[stack[stack.length - 1]].level >= b.level) stack.pop();
      const heading = b.text.replace(/:\s*$/u, '');
      sections.push({ anchor: anchorOf(heading), heading, startLine: lineAt(start), level: b.level, parent: stack[stack.length - 1], content: [] });
      stack.push(sections.length - 1);
      continue;
    }
    if (sections.length === 0) {
      // Guidance before any heading: a section of its own, starting on the first line of the copy that has text.
      const first = lines.find((l) => l.trim() !== '')!.replace(/\s+$/u, '');
      sections.push({ anchor: anchorOf('introduction'), heading: title, synthetic: true, startLine: first, level: 1, content: [] });
      stack.push(0);
    }
    const current = sections[sections.length - 1];
    if (b.type === 'p') current.content.push({ type: 'p', text: b.text, ...find(b.text) });
    else {
      const items = b.items.map((t) => ({ text: t, ...find(t) }));
      current.content.push({ type: 'ul', items, start: items[0].start, end: items[items.length - 1].end });
    }
  }
  return { sections, ...(titleLine ? { titleLine } : {}) };
}
