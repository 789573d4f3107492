/** Small readers for TurnOutputs in conversation tests. */
import type { TurnOutput } from '../../src/kernel/types.js';
import { answerQuoteText } from '../support/quote.js';

import { nodes, type Json } from '../support/json.js';

export { nodes };

/** The cards of an output. */
export function cards(out: TurnOutput): Json[] {
  return out.messages.map((m) => m.card).filter((c): c is Json => Boolean(c));
}

/** All text of an output: message texts and every TextBlock/FactSet string, joined. */
export function allText(out: TurnOutput): string {
  return out.messages.map((m) => [m.text ?? '', JSON.stringify(m.card ?? {})].join(' ')).join(' ');
}

/** The heading (first Bolder TextBlock) of the first card. */
export function heading(out: TurnOutput): string | undefined {
  const card = cards(out)[0];
  return nodes(card?.body).find((n) => n.type === 'TextBlock' && n.style === 'heading')?.text as string | undefined;
}

/** The data of every Action.Submit of the first card. */
export function submitData(out: TurnOutput): Json[] {
  return nodes(cards(out)[0]).filter((n) => n.type === 'Action.Submit').map((n) => n.data as Json);
}

/** The text of the first card's answer-quote element (lines joined by "\n"), if any. */
export function quoteOf(out: TurnOutput): string | undefined {
  return answerQuoteText(cards(out)[0]);
}
