/**
 * How a verbatim quote is laid out on a card: one TextBlock per paragraph and per list item, so a
 * bullet list reads as a list (Teams joins the lines of a single TextBlock into one run of text).
 * Each block keeps its line word for word, bullet mark included; only the indentation before a
 * bullet and blank lines between paragraphs are left out. Cards put the blocks in one Container
 * whose id is "answer-quote", so flattening its `text` strings gives back the whole quote.
 *
 *   quoteBlocks('Our outcomes are that:\n\n  • children are free…') // [{ text: 'Our outcomes are that:', … }, { text: '• children are free…', item: true, … }]
 */

export interface QuoteBlock {
  [key: string]: unknown;
  /** The line as the source has it, without leading indentation. */
  text: string;
  /** True for a list item ("• …" or "- …"). */
  item: boolean;
  /** Adaptive Card spacing: list items sit close together, paragraphs apart. */
  spacing: 'None' | 'Small' | 'Default';
}

/** A bullet line, as the sources write them: "  • item" or "- item". */
const BULLET = /^\s*(?:•|-)\s+/u;

/** The blocks of a quote, in order; one block for a quote of one line. */
export function quoteBlocks(quote: string): QuoteBlock[] {
  const blocks: QuoteBlock[] = [];
  for (const raw of quote.split('\n')) {
    const text = raw.trim();
    if (!text) continue;
    const item = BULLET.test(raw);
    const previous = blocks[blocks.length - 1];
    const spacing = !previous ? 'None' : item ? 'Small' : 'Default';
    blocks.push({ text, item, spacing });
  }
  return blocks.length ? blocks : [{ text: quote, item: false, spacing: 'None' }];
}

/** Marks lines of the source left out between a list's lead-in and the item shown. */
export const ELLIPSIS = '…';

/**
 * The blocks of an entry's quote as its answer shows it: the lead-in of its list first when it has one ("Our
 * outcomes are that:"), then an ellipsis where the source has other lines between them, then the quote. Every
 * line stays verbatim; the ellipsis only marks what is left out.
 */
export function entryBlocks(quote: string, leadIn?: string, sourceText?: string): QuoteBlock[] {
  if (!leadIn) return quoteBlocks(quote);
  const body = quoteBlocks(quote).map((b, i) => (i === 0 ? { ...b, spacing: 'Small' as const } : b));
  const gap: QuoteBlock[] = follows(sourceText ?? '', leadIn, quote) ? [] : [{ text: ELLIPSIS, item: false, spacing: 'Small' }];
  return [...quoteBlocks(leadIn), ...gap, ...body];
}

/** One passage of an answer: its verbatim quote and its list's lead-in, if any. */
export interface Passage { quote: string; leadIn?: string }

/**
 * The blocks of an answer quoting several passages of one document, given in the document's order: each as
 * entryBlocks lays it out, a lead-in shown once for passages of one list, and an ellipsis wherever the source has
 * text between two passages. `passagesBlocks([contract, standards], text)` reads as the document does.
 */
export function passagesBlocks(passages: readonly Passage[], sourceText?: string): QuoteBlock[] {
  const out: QuoteBlock[] = [];
  let previous: string | undefined;
  for (const [i, p] of passages.entries()) {
    const leadIn = p.leadIn && p.leadIn !== passages[i - 1]?.leadIn ? p.leadIn : undefined;
    const opening = leadIn ?? p.quote;
    if (previous !== undefined && !follows(sourceText ?? '', previous, opening)) out.push({ text: ELLIPSIS, item: false, spacing: 'Small' });
    const blocks = leadIn ? entryBlocks(p.quote, leadIn, sourceText) : quoteBlocks(p.quote);
    out.push(...blocks.map((b, i) => (i === 0 && out.length > 0 ? { ...b, spacing: b.item ? 'Small' as const : 'Default' as const } : b)));
    previous = p.quote;
  }
  return out;
}

/** True when the quote comes straight after the lead-in in the source (white space and a bullet apart). */
function follows(text: string, leadIn: string, quote: string): boolean {
  const at = text.indexOf(leadIn);
  return at >= 0 && text.slice(at + leadIn.length).replace(/^\s*(?:(?:•|-)\s+)?/u, '').startsWith(quote.trim());
}

/** The quote as the blocks show it, lines joined by "\n": what a test compares with the entry's quote. */
export function blocksText(blocks: readonly QuoteBlock[]): string {
  return blocks.map((b) => b.text).join('\n');
}

/** The quote with blank lines and indentation removed: equal to blocksText(quoteBlocks(quote)). */
export function quoteLines(quote: string): string {
  return quote.split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
}
