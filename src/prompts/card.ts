/**
 * The "principle of the day" card: the entry's title, its verbatim quote, honest source links,
 * and one reflective question that we wrote, marked as ours. Built from plain data.
 */
import type { Deps } from '../conversation/deps.js';
import type { Entry, SourceDocument } from '../knowledge/types.js';
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

/** The label of the "original page" link, honest about what the address is. */
export function originalLinkLabel(source: SourceDocument): string {
  switch (source.urlStatus) {
    case 'third-party': return 'Open a third-party copy';
    case 'may-move': return 'Open the original page (may have moved)';
    default: return 'Open the original page';
  }
}

/** The plain view model of a prompt card for one entry. */
export function promptView(deps: Pick<Deps, 'kb' | 'config'>, entry: Entry): PromptView {
  const source = deps.kb.sourceById.get(entry.source);
  const org = deps.kb.organisationById.get(entry.organisation);
  const hasUrl = !!source?.url && source.urlStatus !== 'none';
  const base = deps.config.publicBaseUrl;
  const reflection = entry.reflection?.trim() || FALLBACK_REFLECTION;
  return {
    entryId: entry.id,
    title: entry.title,
    organisationName: org?.name ?? entry.organisation,
    quoteDisplay: entry.quote,
    sourceTitle: source?.title ?? entry.source,
    sourceDate: source?.dateLabel ?? 'date not stated',
    guideUrl: `${base}/guide/${encodeURIComponent(entry.source)}#${encodeURIComponent(entry.section)}`,
    originalUrl: hasUrl ? source!.url! : '',
    originalLabel: source && hasUrl ? originalLinkLabel(source) : '',
    originalNote: source?.urlNote ? `About the original link: ${source.urlNote}.` : '',
    reflection,
    speak: `Principle of the day: ${entry.title}. ${org?.shortName ?? entry.organisation} says: ${entry.quote} A question from the Practice Guide team: ${reflection}`,
  };
}

/** The message to post: the card plus a short text fallback for notifications. */
export function promptMessage(deps: Pick<Deps, 'kb' | 'config'>, entry: Entry): OutMessage {
  const view = promptView(deps, entry);
  return { text: `Principle of the day: ${view.title}`, card: renderCard('prompt', view) };
}
