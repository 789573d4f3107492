/**
 * The "principle of the day" card: the entry's title, its verbatim quote, honest source links,
 * and one reflective question that we wrote, marked as ours. Built from plain data.
 */
import type { Deps } from '../conversation/deps.js';
import type { Entry } from '../knowledge/types.js';
import { sourceView } from '../cards/source-view.js';
import type { OutMessage } from '../conversation/types.js';
import { renderCard } from '../cards/render.js';

/** Used when an entry has no reflection of its own; ours too, and marked so on the card. */
export const FALLBACK_REFLECTION = 'Where did you see this in your work this week, and what would make it easier to do?';

export interface PromptView extends Record<string, unknown> {
  entryId: string;
  title: string;
  organisationName: string;
  quoteDisplay: string;
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
  return {
    entryId: entry.id,
    title: src.title,
    organisationName: src.organisationName,
    quoteDisplay: src.quote,
    sourceTitle: src.document,
    sourceDate: src.dateLabel,
    guideUrl: src.guideUrl,
    originalUrl: src.publicUrl,
    originalLabel: src.publicLabel,
    originalNote: [src.linkNote, src.ageNote].filter(Boolean).join('. '),
    reflection,
    speak: `Principle of the day: ${entry.title}. ${shortName} says: ${entry.quote} A question from the Practice Guide team: ${reflection}`,
  };
}

/** The message to post: the card plus a short text fallback for notifications. */
export function promptMessage(deps: Pick<Deps, 'kb' | 'config' | 'now'>, entry: Entry): OutMessage {
  const view = promptView(deps, entry);
  return { text: `Principle of the day: ${view.title}`, card: renderCard('prompt', view) };
}
