/**
 * Reads the answer quote of a card the way the project's scoring tool does: the first element with
 * id "answer-quote", every `text` string inside it. Cards lay a quote out as one TextBlock per
 * paragraph and list item (src/cards/quote.ts), so the lines are joined with "\n" and compared with
 * quoteLines(entry.quote): the quote without blank lines or indentation.
 */
export { quoteLines } from '../../src/cards/quote.js';

type Json = Record<string, unknown>;

function firstWithId(node: unknown, id: string): Json | undefined {
  if (Array.isArray(node)) {
    for (const n of node) {
      const hit = firstWithId(n, id);
      if (hit) return hit;
    }
  } else if (node && typeof node === 'object') {
    if ((node as Json).id === id) return node as Json;
    for (const v of Object.values(node)) {
      const hit = firstWithId(v, id);
      if (hit) return hit;
    }
  }
  return undefined;
}

function texts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => texts(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Json;
    if (typeof o.text === 'string') out.push(o.text);
    for (const [k, v] of Object.entries(o)) if (k !== 'text') texts(v, out);
  }
  return out;
}

/** The quote text of a card's answer-quote element (its lines joined by "\n"), or undefined when there is none. */
export function answerQuoteText(card: unknown): string | undefined {
  const el = firstWithId(card, 'answer-quote');
  return el ? texts(el).join('\n') : undefined;
}
