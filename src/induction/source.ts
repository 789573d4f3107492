/**
 * Citations for induction cards: steps and results use the shared sourceView (the same quote and
 * links as answers); the certificate needs the same honest links per whole document.
 */
import { sourceView, type SourceView } from '../cards/source-view.js';
import type { Deps } from '../kernel/deps.js';
import type { Entry, SourceDocument } from '../knowledge/types.js';

export type { SourceView };

/** The source view of an entry, exactly as answer cards show it. */
export function entrySourceView(deps: Deps, entry: Entry): SourceView {
  return sourceView(deps, entry);
}

/** Links for a whole source document: the local copy and the public address with its honest label. */
export function documentLinks(deps: Deps, source: SourceDocument): Pick<SourceView, 'guideUrl' | 'publicUrl' | 'publicLabel' | 'linkNote' | 'ageNote'> {
  const whole: Entry = {
    id: '', organisation: source.organisation, source: source.id, section: '', kind: 'document-fact',
    title: source.title, quote: '', related: [], questions: [], keywords: [],
  };
  const v = sourceView(deps, whole);
  return { guideUrl: v.guideUrl, publicUrl: v.publicUrl, publicLabel: v.publicLabel, linkNote: v.linkNote, ageNote: v.ageNote };
}
