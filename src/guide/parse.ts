/** Splits a local copy into its preamble and sections, with paragraphs and bullet lists preserved. Pure. */
import type { SourceDocument, SourceSection } from '../knowledge/types.js';

export type Block = { type: 'p'; text: string } | { type: 'ul'; items: string[] };

export interface ParsedSection {
  section: SourceSection;
  /** True when the section's first line is its heading (so it is shown as the heading, not repeated). */
  headingIsLine: boolean;
  blocks: Block[];
}

export interface ParsedDocument {
  /** Lines before the first section (page titles, captions). */
  preamble: Block[];
  sections: ParsedSection[];
}

/** A bullet line: "  • item" or "- item". */
const BULLET = /^\s*(?:•|-)\s+/u;

/** Trailing white space, including the no-break spaces some copies end lines with. */
function trimEnd(line: string): string {
  return line.replace(/\s+$/u, '');
}

/** Groups lines into paragraphs (one per line) and bullet lists (consecutive bullet lines). */
export function toBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  for (const raw of lines) {
    const line = trimEnd(raw).trim();
    if (line === '') continue;
    if (BULLET.test(raw)) {
      const item = line.replace(BULLET, '');
      const last = blocks[blocks.length - 1];
      if (last?.type === 'ul') last.items.push(item);
      else blocks.push({ type: 'ul', items: [item] });
    } else {
      blocks.push({ type: 'p', text: line });
    }
  }
  return blocks;
}

/**
 * Parses a source's local copy into sections by each section's startLine (validated by the loader).
 * @example parseDocument(kb.sourceById.get('kent-vision')!).sections[0].section.anchor // 'social-work-contract'
 */
export function parseDocument(source: SourceDocument): ParsedDocument {
  const lines = source.text.split('\n');
  const starts: number[] = [];
  let from = 0;
  for (const s of source.sections) {
    const want = trimEnd(s.startLine);
    let i = from;
    while (i < lines.length && trimEnd(lines[i]) !== want) i++;
    starts.push(i);
    if (i < lines.length) from = i + 1;
  }
  const firstStart = Math.min(lines.length, ...starts);
  const sections = source.sections.map((section, k) => {
    const start = starts[k];
    const end = starts.slice(k + 1).find((n) => n > start) ?? lines.length;
    const body = start < lines.length ? lines.slice(start, end) : [];
    const headingIsLine = body.length > 0 && trimEnd(body[0]).trim() === section.heading.trim();
    return { section, headingIsLine, blocks: toBlocks(headingIsLine ? body.slice(1) : body) };
  });
  return { preamble: toBlocks(lines.slice(0, firstStart)), sections };
}
