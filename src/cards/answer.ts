/**
 * The answer card: one entry quoted with its source, follow-ups and feedback buttons. An overview
 * or a model names its items; its card offers every item as a button to the item's own answer.
 */
import type { Deps } from '../kernel/deps.js';
import type { Entry, EntryKind } from '../knowledge/types.js';
import { entryButtons, type EntryButtons } from './buttons.js';
import { renderCard } from './render.js';
import { sourceView, type SourceView } from './source-view.js';
import { ELLIPSIS, passagesBlocks } from './quote.js';
import { inDocumentOrder } from '../knowledge/companions.js';

/** Follow-up buttons beyond an overview's own items: 5 leaves the card calm. */
export const MAX_RELATED = 5;
/** Kinds whose card lists the items they name. */
export const LIST_KINDS: ReadonlySet<EntryKind> = new Set<EntryKind>(['overview', 'model']);
/** Kinds that are never an item of a list: they frame or summarise one. */
const NOT_ITEM_KINDS: ReadonlySet<EntryKind> = new Set<EntryKind>(['overview', 'model', 'document-fact', 'vision', 'mission', 'purpose']);
/** An item is named by its list when at least this share of its title's own words occur in the list's title or quote. */
const NAMED_SHARE = 0.5;
/** Words that say nothing about which item a title is. */
const FILLER = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'for', 'in', 'on', 'at', 'with', 'from', 'by', 'is', 'are', 'be',
  'we', 'our', 'their', 'them', 'they', 'it', 'its', 'this', 'that', 'what', 'who', 'all', 'about', 'before', 'children', 'child']);

const stem = (w: string) => w.replace(/(?:ing|ed|es|s)$/u, '');
const words = (text: string) => (text.toLowerCase().normalize('NFKD').match(/[a-z]+/g) ?? []).filter((w) => w.length > 1 && !FILLER.has(w)).map(stem);

/** The part of a title after a short leading label ("ASPIRE: Reflective supervision" → "Reflective supervision"). */
function ownTitle(title: string): string {
  const m = /^([^:]{1,40}):\s+(.+)$/.exec(title);
  return m && m[1].trim().split(/\s+/).length <= 3 ? m[2] : title;
}

/** The items an overview or model names: related entries of the same document whose titles its title or quote names. */
export function listItems(deps: Pick<Deps, 'kb'>, entry: Entry): Entry[] {
  if (!LIST_KINDS.has(entry.kind)) return [];
  const named = new Set(words(`${entry.title} ${entry.quote}`));
  return entry.related
    .map((id) => deps.kb.entryById.get(id))
    .filter((e): e is Entry => e !== undefined && e.id !== entry.id && e.source === entry.source && !NOT_ITEM_KINDS.has(e.kind))
    .filter((e) => {
      const own = words(ownTitle(e.title));
      return own.length > 0 && own.filter((w) => named.has(w)).length / own.length >= NAMED_SHARE;
    });
}

export interface AnswerView {
  [key: string]: unknown;
  speak: string;
  /** A short line of ours above the answer ('' for none), e.g. a reminder not to share case details. */
  notice: string;
  title: string;
  source: SourceView;
  /** An overview's items, each a button to its own answer (no items: an empty list). */
  items: EntryButtons;
  /** "Each of the 8 in full", or '' when there are no items. */
  itemsHeading: string;
  related: EntryButtons;
  feedback: {
    helpful: Record<string, unknown>;
    notHelpful: Record<string, unknown>;
    comment: Record<string, unknown>;
  };
}

/**
 * The citation of an answer quoting companions beside its entry (see knowledge/companions.ts): every passage in the
 * document's order, with an ellipsis where the source has text between them.
 */
function answerSource(deps: Pick<Deps, 'kb' | 'config' | 'now'>, entry: Entry, companions: readonly Entry[]): { source: SourceView; quoted: string } {
  const source = sourceView(deps, entry);
  const same = companions.filter((e) => e.source === entry.source && e.id !== entry.id);
  if (same.length === 0) return { source, quoted: entry.quote };
  const passages = inDocumentOrder(deps.kb, [entry, ...same]);
  return {
    source: { ...source, quoteBlocks: passagesBlocks(passages, deps.kb.sourceById.get(entry.source)?.text) },
    quoted: passages.map((p) => p.quote).join(` ${ELLIPSIS} `),
  };
}

/** The view model of an answer card; `companions` are quoted with the entry, in the document's order. */
export function answerView(deps: Pick<Deps, 'kb' | 'config' | 'now'>, entry: Entry, notice = '', companions: readonly Entry[] = []): AnswerView {
  const { source, quoted } = answerSource(deps, entry, companions);
  const items = listItems(deps, entry);
  const itemIds = new Set(items.map((e) => e.id));
  const related = entry.related
    .map((id) => deps.kb.entryById.get(id))
    .filter((e): e is Entry => e !== undefined && e.id !== entry.id && !itemIds.has(e.id))
    .slice(0, MAX_RELATED);
  const itemButtons = entryButtons(items, { list: true });
  return {
    speak: `${entry.title}. ${source.publisher} says: ${quoted}${source.ageNote ? ` ${source.ageNote}.` : ''}` +
      (items.length ? ` Each of the ${items.length} has its own answer: ${itemButtons.titles.join('; ')}.` : ''),
    notice,
    title: entry.title,
    source,
    items: itemButtons,
    itemsHeading: items.length ? `Each of the ${items.length} in full` : '',
    related: entryButtons(related),
    feedback: {
      helpful: { action: 'feedback', entryId: entry.id, helpful: true },
      notHelpful: { action: 'feedback', entryId: entry.id, helpful: false },
      comment: { action: 'feedback', entryId: entry.id },
    },
  };
}

/** Renders the answer card for an entry: `answerCard(deps, entry)`, or with companions `answerCard(deps, entry, '', result.companions)`. */
export function answerCard(deps: Pick<Deps, 'kb' | 'config' | 'now'>, entry: Entry, notice = '', companions: readonly Entry[] = []): Record<string, unknown> {
  return renderCard('answer', answerView(deps, entry, notice, companions));
}
