/**
 * Plain view models of an entry and its source, shared by the message extension card and the tab's
 * JSON API. Honest citation: the public link's label says when the address may move or is a copy.
 */
import { sectionLabel } from '../cards/source-view.js';
import type { Entry, KnowledgeBase, SourceDocument } from '../knowledge/types.js';
export { thumbnailPath } from './thumbnails.js';

export interface SourceLink {
  id: string;
  title: string;
  publisher: string;
  dateLabel: string;
  /** The faithful local copy served by the bot: /guide/<source id>#<section anchor>. */
  guideUrl: string;
  /** Public address, when one is known. */
  publicUrl?: string;
  /** What the public link is, honestly: "Public page", "Third-party copy", "No official link". */
  label: string;
}

export interface EntryView {
  id: string;
  title: string;
  organisation: string;
  organisationName: string;
  kind: string;
  quote: string;
  section: string;
  source: SourceLink;
}

/** The label shown with a source's public link: `publicLinkLabel(source)` → "Third-party copy". */
export function publicLinkLabel(source: SourceDocument): string {
  switch (source.urlStatus) {
    case 'official': return 'Public page';
    case 'may-move': return source.urlNote ? `Public page (${source.urlNote.trim().replace(/[.\s]+$/u, '')})` : 'Public page (the address may move)';
    case 'third-party': return 'Third-party copy, not the publisher\'s own page';
    default: return 'Document only: no official public link';
  }
}

/** Builds the view of an entry; `base` is '' for same-origin links or the public base URL for cards. */
export function entryView(kb: KnowledgeBase, entry: Entry, base = ''): EntryView {
  const source = kb.sourceById.get(entry.source);
  const org = kb.organisationById.get(entry.organisation);
  const section = source?.sections.find((s) => s.anchor === entry.section);
  return {
    id: entry.id,
    title: entry.title,
    organisation: entry.organisation,
    organisationName: org?.name ?? entry.organisation,
    kind: entry.kind,
    quote: entry.quote,
    section: section ? sectionLabel(section.heading) : '',
    source: {
      id: entry.source,
      title: source?.title ?? entry.source,
      publisher: source?.publisher ?? org?.name ?? '',
      dateLabel: source?.dateLabel ?? '',
      guideUrl: `${base}/guide/${encodeURIComponent(entry.source)}${entry.section ? `#${encodeURIComponent(entry.section)}` : ''}`,
      ...(source?.url && source.urlStatus !== 'none' ? { publicUrl: source.url } : {}),
      label: source ? publicLinkLabel(source) : 'Document only: no official public link',
    },
  };
}

/** First line of a quote, shortened for a one-line preview. */
export function firstLine(quote: string, max = 140): string {
  const line = quote.split('\n').find((l) => l.trim()) ?? '';
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}
