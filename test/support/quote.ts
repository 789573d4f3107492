/**
 * Reads the answer quote of a card the way the project's scoring tool does: the first element with
 * id "answer-quote", every `text` string inside it. Cards lay a quote out as one TextBlock per
 * paragraph and list item (src/cards/quote.ts), so the lines are joined with "\n" and compared with
 * quoteLines(entry.quote): the quote without blank lines or indentation.
 */
import { expect } from 'chai';
import { ELLIPSIS, quoteLines } from '../../src/cards/quote.js';

export { quoteLines };

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

/** True when a card text is the entry's own words (its quote, its list's lead-in, or the ellipsis between them). */
export function isQuoted(e: { quote: string; leadIn?: string }, text: string): boolean {
  return e.quote.includes(text) || (e.leadIn?.includes(text) ?? false) || text === ELLIPSIS;
}

/** What the answer-quote element shows for an entry: the whole quote, after its list's lead-in when it has one
 * (with an ellipsis when the source has other lines between them). */
export function expectShownQuote(text: string | undefined, e: { id: string; quote: string; leadIn?: string }): void {
  if (!e.leadIn) { expect(text, e.id).to.equal(quoteLines(e.quote)); return; }
  expect(text, e.id).to.satisfy((t: string) => t.startsWith(quoteLines(e.leadIn!)) && t.endsWith(quoteLines(e.quote)));
}
