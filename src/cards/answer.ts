/** The answer card: one entry quoted with its source, related follow-ups and feedback buttons. */
import type { Deps } from '../conversation/deps.js';
import type { Entry } from '../knowledge/types.js';
import { renderCard } from './render.js';
import { sourceView, type SourceView } from './source-view.js';

/** Follow-up buttons share a set of at most 6 actions in Teams; 5 leaves the card calm. */
export const MAX_RELATED = 5;

export interface AnswerView {
  speak: string;
  /** A short line of ours above the answer ('' for none), e.g. a reminder not to share case details. */
  notice: string;
  title: string;
  source: SourceView;
  related: { title: string; data: { action: 'ask'; entryId: string } }[];
  feedback: {
    helpful: Record<string, unknown>;
    notHelpful: Record<string, unknown>;
    comment: Record<string, unknown>;
  };
}

/** The view model of an answer card. */
export function answerView(deps: Pick<Deps, 'kb' | 'config' | 'now'>, entry: Entry, notice = ''): AnswerView {
  const source = sourceView(deps, entry);
  const related = entry.related
    .map((id) => deps.kb.entryById.get(id))
    .filter((e): e is Entry => e !== undefined && e.id !== entry.id)
    .slice(0, MAX_RELATED)
    .map((e) => ({ title: e.title, data: { action: 'ask' as const, entryId: e.id } }));
  return {
    speak: `${entry.title}. ${source.publisher} says: ${entry.quote}${source.ageNote ? ` ${source.ageNote}.` : ''}`,
    notice,
    title: entry.title,
    source,
    related,
    feedback: {
      helpful: { action: 'feedback', entryId: entry.id, helpful: true },
      notHelpful: { action: 'feedback', entryId: entry.id, helpful: false },
      comment: { action: 'feedback', entryId: entry.id },
    },
  };
}

/** Renders the answer card for an entry: `answerCard(deps, entry)`. */
export function answerCard(deps: Pick<Deps, 'kb' | 'config' | 'now'>, entry: Entry, notice = ''): Record<string, unknown> {
  return renderCard('answer', answerView(deps, entry, notice) as unknown as Record<string, unknown>);
}
