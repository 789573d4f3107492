/**
 * The shape every reader produces: a document as headings, paragraphs and lists, plus the faithful text of its
 * local copy. Each block's `text` (and each list item) occurs verbatim in that text, so a quote cut from a block
 * always passes the loader's verbatim check.
 *
 * @example
 *   const text = renderText([{ type: 'heading', level: 1, text: 'Our vision' }, { type: 'p', text: 'We want…' }]);
 *   // "Our vision\n\nWe want…\n"
 */

export type Block =
  | { type: 'heading'; level: number; text: string }
  | { type: 'p'; text: string }
  | { type: 'ul'; items: string[] };

/** What a reader returns: the local copy's text and its blocks (every block's text is a substring of `text`). */
export interface ReadDocument {
  text: string;
  blocks: Block[];
  /** The format read: html, markdown, text, docx or pdf. */
  format: DocumentFormat;
  /** A title the document states (an HTML <title>, PDF metadata), when any. */
  title?: string;
}

export type DocumentFormat = 'html' | 'markdown' | 'text' | 'docx' | 'pdf';

/** Folds runs of white space (HTML layout, PDF line breaks) to one space and trims; keeps every other character. */
export function cleanInline(s: string): string {
  return s.replace(/[\t\n\r\f\v ]+/g, ' ').replace(/\u00AD/g, '').trim();
}

/** A line of the copy must not look like a list item or be empty once written: bullets stay in items only. */
const LEADING_BULLET = /^(?:[•▪◦·*]|-|–)\s+/u;

/**
 * Writes blocks as the local copy: one line per heading and paragraph, "- " before each list item, a blank line
 * between blocks. Returns the text and the blocks as written (a paragraph that began with a bullet character
 * loses it, so that the copy reads back the same way).
 */
export function renderBlocks(blocks: Block[]): { text: string; blocks: Block[] } {
  const out: string[] = [];
  const kept: Block[] = [];
  for (const b of blocks) {
    if (b.type === 'ul') {
      const items = b.items.map(cleanInline).map((i) => i.replace(LEADING_BULLET, '')).filter(Boolean);
      if (items.length === 0) continue;
      out.push(items.map((i) => `- ${i}`).join('\n'));
      kept.push({ type: 'ul', items });
    } else {
      const text = cleanInline(b.text).replace(LEADING_BULLET, '');
      if (!text) continue;
      out.push(text);
      kept.push({ ...b, text });
    }
  }
  return { text: out.length ? `${out.join('\n\n')}\n` : '', blocks: kept };
}

/** The text of a rendered copy (see renderBlocks). */
export function renderText(blocks: Block[]): string {
  return renderBlocks(blocks).text;
}

/** Number of characters of guidance in the blocks (headings left out). */
export function textLength(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) n += b.type === 'ul' ? b.items.join('').length : b.type === 'p' ? b.text.length : 0;
  return n;
}
