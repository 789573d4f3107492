/**
 * The passages a clear answer quotes beside its best one. Staff often treat neighbouring passages as one answer:
 * "what is the Kent social work contract" is answered by the paragraph that names it and the next, which says what
 * it lays out; "keeping families strong?" by Southwark's mission that names it and the section that says what it
 * means. When the ranking places among its first three another passage of the same document that is in the answer's
 * section, next to it, or one of its follow-ups (`related`), the card quotes that passage too, in the document's
 * order, so the answer is read in its context. A passage that overlaps the answer (a list and its own item) or a
 * page's facts never joins.
 *
 *   companionsOf(kb, hits) // [] or the entries shown with hits[0].entry
 *   inDocumentOrder(kb, [best, ...companions]) // how the card lays them out
 */
import type { Entry, Hit, KnowledgeBase } from './types.js';

/** Companions come from the first this many hits (the best included). */
export const COMPANION_DEPTH = 3;

interface Order {
  /** Where each entry's quote starts in its source's text. */
  start: Map<string, number>;
  /** Ids of the passages just before and after each entry in its source (page facts left out). */
  neighbours: Map<string, Set<string>>;
}

const orders = new WeakMap<KnowledgeBase, Order>();

function orderOf(kb: KnowledgeBase): Order {
  const cached = orders.get(kb);
  if (cached) return cached;
  const start = new Map<string, number>();
  for (const e of kb.entries) start.set(e.id, kb.sourceById.get(e.source)?.text.indexOf(e.quote) ?? -1);
  const neighbours = new Map<string, Set<string>>();
  const bySource = new Map<string, Entry[]>();
  for (const e of kb.entries) {
    if (e.kind === 'document-fact' || (start.get(e.id) ?? -1) < 0) continue;
    const list = bySource.get(e.source);
    if (list) list.push(e); else bySource.set(e.source, [e]);
  }
  for (const list of bySource.values()) {
    list.sort((a, b) => start.get(a.id)! - start.get(b.id)!);
    list.forEach((e, i) => neighbours.set(e.id, new Set([list[i - 1]?.id, list[i + 1]?.id].filter((id): id is string => !!id))));
  }
  const order = { start, neighbours };
  orders.set(kb, order);
  return order;
}

/** True when the two quotes share any text of the source (a list and its item, or one passage inside another). */
function overlaps(order: Order, a: Entry, b: Entry): boolean {
  const sa = order.start.get(a.id) ?? -1;
  const sb = order.start.get(b.id) ?? -1;
  if (sa < 0 || sb < 0) return true;
  return sa < sb + b.quote.length && sb < sa + a.quote.length;
}

/** The entries a clear answer with these hits quotes beside hits[0]: same document; same section, next to it or related. */
export function companionsOf(kb: KnowledgeBase, hits: readonly Hit[]): Entry[] {
  const best = hits[0]?.entry;
  if (!best || best.kind === 'document-fact') return [];
  const order = orderOf(kb);
  const out: Entry[] = [];
  for (const { entry } of hits.slice(1, COMPANION_DEPTH)) {
    if (entry.source !== best.source || entry.kind === 'document-fact') continue;
    if ([best, ...out].some((e) => overlaps(order, e, entry))) continue;
    const joins = entry.section === best.section || order.neighbours.get(best.id)?.has(entry.id) || best.related.includes(entry.id);
    if (joins) out.push(entry);
  }
  return out;
}

/** The entries in the order their quotes come in their source. */
export function inDocumentOrder(kb: KnowledgeBase, entries: readonly Entry[]): Entry[] {
  const order = orderOf(kb);
  return [...entries].sort((a, b) => (order.start.get(a.id) ?? 0) - (order.start.get(b.id) ?? 0));
}
