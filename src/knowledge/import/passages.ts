/**
 * Cuts a document's outline into passages: one per paragraph and per list item, an overview per list (its lead-in
 * and every item, quoted as one passage), an overview naming the items of a heading whose sub-headings are its
 * items (a list of principles, each with its paragraph), and one document fact (the date line, else the title).
 * Quotes are slices of the copy, so verbatim by construction. Ids and aids are added in drafts.ts.
 *
 * @example passagesOf(outline(read, 'Our principles'), read.text)
 */
import { itemLabel, itemTerm, kindOf, listTitle, paragraphTitle } from './aids.js';
import type { Located, Outline, OutlineSection } from './outline.js';
import type { Passage } from './passage.js';
import { acronymOf } from './list-aids.js';

export type { Passage } from './passage.js';

/** A line saying when the document was written or updated ("Page last updated: 24 April 2024"). */
export const DATE_LINE = /\b(updated|published|issued|reviewed|revised|dated?|version)\b.*\b(19|20)\d{2}\b|^\s*(January|February|March|April|May|June|July|August|September|October|November|December)\s+(19|20)\d{2}\s*$/i;
/** Longest date line, in characters (a longer line is a sentence that happens to hold a year). */
const DATE_LINE_MAX = 80;
/** A paragraph of at most this many words before a list is its lead-in ("In return we will provide you with"). */
const LEAD_IN_MAX_WORDS = 30;

type Para = Extract<Located, { type: 'p' }>;
const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const isDateLine = (s: string): boolean => s.length < DATE_LINE_MAX && DATE_LINE.test(s);

/** A sub-section whose whole content is one paragraph under a short heading: an item of its parent's list. */
function isItemSection(s: OutlineSection): boolean {
  return s.content.length === 1 && s.content[0].type === 'p' && wordCount(s.heading) <= 6;
}

/** Cuts the passages of a document (see the file comment). `text` is the local copy. */
export function passagesOf(outline: Outline, text: string): Passage[] {
  const out: Passage[] = [];
  const { sections } = outline;
  const childrenOf = (i: number): number[] => sections.flatMap((s, k) => (s.parent === i ? [k] : []));
  const itemParents = new Set(sections.flatMap((_, i) => {
    const kids = childrenOf(i);
    return kids.length >= 2 && kids.every((k) => isItemSection(sections[k])) ? [i] : [];
  }));
  // The document's own title says nothing about the kind of the passages under it.
  const headingOf = (s: OutlineSection): string => (s.synthetic || s.startLine === outline.titleLine ? '' : s.heading);

  sections.forEach((s, i) => {
    const parent = s.parent !== undefined ? sections[s.parent] : undefined;
    const inItems = s.parent !== undefined && itemParents.has(s.parent);
    const paragraphs = s.content.filter((c): c is Para => c.type === 'p');
    // The paragraph introducing a heading's items becomes its overview (its last paragraph, or else the heading line).
    const intro = itemParents.has(i) ? paragraphs[paragraphs.length - 1] : undefined;
    const names = itemParents.has(i) ? childrenOf(i).map((k) => sections[k].heading) : [];
    const overviewTitle = `${s.heading}: ${names.join(', ')}`;
    const itemKind = itemParents.has(i) ? kindOf(`${s.heading} ${names[0]}`, 'item') : undefined;
    if (itemParents.has(i) && !intro) out.push({ kind: 'overview', title: overviewTitle, quote: s.startLine.trim(), section: s.anchor, context: s.heading, items: names, itemKind });
    s.content.forEach((block, c) => {
      const next = s.content[c + 1];
      if (block === intro) {
        out.push({ kind: 'overview', title: overviewTitle, quote: block.text, section: s.anchor, context: s.heading, items: names, itemKind });
      } else if (block.type === 'p') {
        if (next?.type === 'ul' && wordCount(block.text) <= LEAD_IN_MAX_WORDS) return; // a lead-in: quoted with its list
        if (isDateLine(block.text)) return; // the document fact quotes it
        const kind = inItems ? kindOf(`${parent!.heading} ${s.heading}`, 'item') : kindOf(`${block.text.split(/\s+/).slice(0, 8).join(' ')}`, 'passage', headingOf(s));
        const title = inItems || (s.content.length === 1 && !s.synthetic) ? s.heading : paragraphTitle(headingOf(s), block.text);
        out.push({ kind, title, quote: block.text, section: s.anchor, context: headingOf(s) });
      } else {
        const prev = s.content[c - 1];
        const leadIn = prev?.type === 'p' && wordCount(prev.text) <= LEAD_IN_MAX_WORDS ? prev : undefined;
        const context = [leadIn?.text ?? '', headingOf(s)].join(' ').trim();
        const name = listTitle(headingOf(s), leadIn?.text);
        const terms = block.items.map((it) => itemTerm(it.text));
        const kind = kindOf(leadIn?.text ?? '', 'item', headingOf(s));
        const at = out.length;
        out.push({ kind: 'overview', title: name, quote: text.slice(leadIn ? leadIn.start : block.start, block.end), section: s.anchor, context, items: terms, itemKind: kind });
        const label = itemLabel(kind, headingOf(s), name);
        const acronym = acronymOf(context, terms);
        block.items.forEach((it, k) => out.push({ kind, title: `${label}: ${terms[k]}`, quote: it.text, section: s.anchor, context, listName: name, overview: at, position: k + 1, ...(acronym ? { acronym } : {}) }));
      }
    });
  });
  linkItems(out, sections, itemParents);
  const fact = documentFact(outline, text);
  if (fact) out.push(fact);
  return dedupe(out);
}

/** Items of a heading's list point at its overview (lists already do, by index). */
function linkItems(out: Passage[], sections: OutlineSection[], itemParents: Set<number>): void {
  for (const i of itemParents) {
    const overview = out.findIndex((p) => p.kind === 'overview' && p.section === sections[i].anchor && p.items && p.title.startsWith(`${sections[i].heading}:`));
    if (overview < 0) continue;
    const anchors = new Set(sections.flatMap((s) => (s.parent === i ? [s.anchor] : [])));
    let position = 0;
    for (const p of out) if (anchors.has(p.section) && p.overview === undefined) { p.overview = overview; p.listName = sections[i].heading; p.position = ++position; }
  }
}

/** The document's date line, else its title line: what "how up to date is this?" is answered from. */
function documentFact(outline: Outline, text: string): Passage | undefined {
  const date = text.split('\n').map((l) => l.trim()).find(isDateLine);
  const quote = date ?? outline.titleLine;
  if (!quote) return undefined;
  const at = text.indexOf(quote);
  const section = [...outline.sections].reverse().find((s) => text.indexOf(s.startLine) <= at) ?? outline.sections[0];
  if (!section) return undefined;
  return { kind: 'document-fact', title: date ? 'When this document was last updated' : 'About this document', quote, section: section.anchor, context: 'document date published updated' };
}

/** Two passages with one quote and kind (a heading line quoted twice) keep the first; overview indexes follow. */
function dedupe(passages: Passage[]): Passage[] {
  const seen = new Set<string>();
  const keep = passages.map((p) => { const k = `${p.kind}\u0000${p.quote}`; const ok = !seen.has(k); seen.add(k); return ok; });
  const index = new Map<number, number>();
  let n = 0;
  keep.forEach((k, i) => { if (k) index.set(i, n++); });
  return passages.filter((_, i) => keep[i]).map((p) => (p.overview === undefined ? p : { ...p, overview: index.get(p.overview) }));
}
