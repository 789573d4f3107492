/**
 * Reads a PDF's text layer (unpdf, PDF.js) into blocks: lines are rebuilt from positioned text, lines set larger
 * than the body text are headings, bullet lines are list items, and lines close together join into paragraphs.
 * Page numbers and lines repeated on most pages (running headers and footers) are dropped.
 */
import { extractTextItems, getDocumentProxy } from 'unpdf';
import { cleanInline, type Block } from './blocks.js';
import { BULLET } from './read-text.js';

/** A line set at least this much larger than the body text is a heading. */
const HEADING_SCALE = 1.15;
/** Lines further apart than this many line heights start a new paragraph. */
const PARAGRAPH_GAP = 1.5;
/** A line on at least this share of pages (of three or more) is a running header or footer. */
const RUNNING_SHARE = 0.6;

interface Line { text: string; size: number; y: number; page: number }

/** Rebuilds the lines of each page from its positioned text items. */
function linesOf(pages: { str: string; y: number; fontSize: number; hasEOL: boolean }[][]): Line[] {
  const lines: Line[] = [];
  pages.forEach((items, page) => {
    let text = '';
    let size = 0;
    let y = Number.NaN;
    const end = (): void => {
      const t = cleanInline(text);
      if (t) lines.push({ text: t, size, y, page });
      text = ''; size = 0; y = Number.NaN;
    };
    for (const it of items) {
      if (!Number.isNaN(y) && Math.abs(it.y - y) > Math.max(2, it.fontSize * 0.5) && it.str.trim()) end();
      if (it.str.trim()) { if (Number.isNaN(y)) y = it.y; size = Math.max(size, it.fontSize); }
      text += it.str;
      if (it.hasEOL) end();
    }
    end();
  });
  return lines;
}

/** The body text's size: the size most characters are set in. */
function bodySize(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) weight.set(Math.round(l.size), (weight.get(Math.round(l.size)) ?? 0) + l.text.length);
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** Reads PDF bytes into blocks and its title (from the document's metadata). */
export async function pdfBlocks(bytes: Buffer): Promise<{ blocks: Block[]; title?: string }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { items } = await extractTextItems(pdf);
  const meta = await pdf.getMetadata().catch(() => undefined);
  const title = typeof (meta?.info as { Title?: unknown } | undefined)?.Title === 'string' ? cleanInline((meta!.info as { Title: string }).Title) : undefined;
  let lines = linesOf(items);
  const pages = items.length;
  if (pages >= 3) {
    const seen = new Map<string, Set<number>>();
    for (const l of lines) (seen.get(l.text) ?? seen.set(l.text, new Set()).get(l.text)!).add(l.page);
    lines = lines.filter((l) => seen.get(l.text)!.size < RUNNING_SHARE * pages);
  }
  lines = lines.filter((l) => !/^(page\s*)?\d+(\s*(of|\/)\s*\d+)?$/i.test(l.text));
  const body = bodySize(lines);
  const sizes = [...new Set(lines.filter((l) => l.size >= body * HEADING_SCALE).map((l) => Math.round(l.size)))].sort((a, b) => b - a);
  const blocks: Block[] = [];
  let prev: Line | undefined;
  for (const l of lines) {
    const last = blocks[blocks.length - 1];
    if (l.size >= body * HEADING_SCALE) {
      const level = Math.min(6, sizes.indexOf(Math.round(l.size)) + 1);
      if (last?.type === 'heading' && prev && prev.size === l.size && prev.page === l.page) last.text = `${last.text} ${l.text}`;
      else blocks.push({ type: 'heading', level, text: l.text });
    } else if (BULLET.test(l.text)) {
      const item = l.text.replace(BULLET, '');
      if (last?.type === 'ul') last.items.push(item); else blocks.push({ type: 'ul', items: [item] });
    } else {
      const near = prev && prev.page === l.page && Math.abs(prev.y - l.y) <= PARAGRAPH_GAP * Math.max(l.size, 1) * 1.2;
      if (near && last?.type === 'p') last.text = `${last.text} ${l.text}`;
      else if (near && last?.type === 'ul') last.items[last.items.length - 1] += ` ${l.text}`;
      else blocks.push({ type: 'p', text: l.text });
    }
    prev = l;
  }
  return { blocks, ...(title ? { title } : {}) };
}
