/**
 * The "principle of the day" card: what kind of passage it is (a principle, a team priority, an
 * aim…), the entry's title, its verbatim quote, honest source links, and one reflective question
 * that we wrote, marked as ours. Built from plain data.
 */
import type { Deps } from '../kernel/deps.js';
import type { Entry, EntryKind } from '../knowledge/types.js';
import { sentence } from '../cards/copy.js';
import type { QuoteBlock } from '../cards/quote.js';
import { sourceView } from '../cards/source-view.js';
import type { OutMessage } from '../kernel/types.js';
import { renderCard } from '../cards/render.js';

/** Used when an entry has no reflection of its own; ours too, and marked so on the card. */
export const FALLBACK_REFLECTION = 'Where did you see this in your work this week, and what would make it easier to do?';

/** What the daily card calls each kind of passage, so a mission or an aim is never posted as a principle. */
export const KIND_NAMES: Readonly<Record<EntryKind, string>> = {
  principle: 'practice principle', priority: 'team priority', right: 'passage on protecting rights',
  'model-element': 'part of the practice model', model: 'practice model', outcome: 'outcome', commitment: 'commitment',
  aim: 'aim', offer: 'offer to staff', vision: 'vision', mission: 'mission', purpose: 'statement of purpose',
  statement: 'passage', regulation: 'regulation', inspection: 'inspection finding', 'document-fact': 'passage', overview: 'overview',
};

/** The card's heading for an entry: "Today's practice principle", "Today's aim". */
export function promptHeading(entry: Pick<Entry, 'kind'>): string {
  return `Today's ${KIND_NAMES[entry.kind] ?? 'passage'}`;
}

export interface PromptView extends Record<string, unknown> {
  entryId: string;
  /** "Today's team priority": says what kind of passage this is. */
  heading: string;
  title: string;
  organisationName: string;
  quoteDisplay: string;
  quoteBlocks: QuoteBlock[];
  sourceTitle: string;
  sourceDate: string;
  guideUrl: string;
  originalUrl: string;
  originalLabel: string;
  originalNote: string;
  reflection: string;
  speak: string;
}

/** The plain view model of a prompt card for one entry; quote and links come from sourceView, as in answers. */
export function promptView(deps: Pick<Deps, 'kb' | 'config' | 'now'>, entry: Entry): PromptView {
  const src = sourceView(deps, entry);
  const reflection = entry.reflection?.trim() || FALLBACK_REFLECTION;
  const shortName = deps.kb.organisationById.get(entry.organisation)?.shortName ?? src.organisationName;
  const heading = promptHeading(entry);
  return {
    entryId: entry.id,
    heading,
    title: src.title,
    organisationName: src.organisationName,
    quoteDisplay: src.quote,
    quoteBlocks: src.quoteBlocks,
    sourceTitle: src.document,
    sourceDate: src.dateLabel,
    guideUrl: src.guideUrl,
    originalUrl: src.publicUrl,
    originalLabel: src.publicLabel,
    originalNote: [src.linkNote, src.ageNote].filter(Boolean).map(sentence).join(' '),
    reflection,
    speak: `${heading}: ${entry.title}. ${shortName} says: ${entry.quote} A question from the Practice Guide team: ${reflection}`,
  };
}

/** The message to post: the card plus a short text fallback for notifications. */
export function promptMessage(deps: Pick<Deps, 'kb' | 'config' | 'now'>, entry: Entry): OutMessage {
  const view = promptView(deps, entry);
  return { text: `${view.heading}: ${view.title}`, card: renderCard('prompt', view) };
}
