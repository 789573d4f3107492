/**
 * How every card cites guidance: the verbatim quote, who published it and when, a link to the
 * local copy (always works) and to the public page with an honest label, and a note when the
 * source is old. Answers, induction, daily prompts and the message extension all use this, so
 * they cite the same way.
 */
import type { Deps } from '../kernel/deps.js';
import type { Entry, SourceDocument } from '../knowledge/types.js';
import { entryBlocks, type QuoteBlock } from './quote.js';

/** Guidance older than this is flagged on the card: policies are usually reviewed at least every three years. */
export const STALE_AFTER_YEARS = 3;

export interface SourceView {
  entryId: string;
  title: string;
  /** Exact source text. */
  quote: string;
  /** The quote laid out as paragraphs and list items, one TextBlock each, after its list's lead-in (see quote.ts). */
  quoteBlocks: QuoteBlock[];
  organisation: string;
  organisationName: string;
  /** Who published the document (may differ from the organisation, e.g. a safeguarding board). */
  publisher: string;
  document: string;
  /** Section heading, or "Whole document". */
  section: string;
  /** How the document states its date. */
  dateLabel: string;
  /** The local copy, deep-linked to the section. */
  guideUrl: string;
  /** Public address, '' when there is none. */
  publicUrl: string;
  /** Button title for publicUrl, honest about third-party copies and moved pages. */
  publicLabel: string;
  /** One line on what the public link is: "Official page", "Third-party copy", "Document, no official link". */
  linkNote: string;
  /** "This guidance dates from March 2019: check it is still current", or '' when recent. */
  ageNote: string;
  /** One line for text-only citations. */
  citation: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Latest moment a partial ISO date can mean ("2016" → end of 2016), so we never call a source older than it is. */
function latestMoment(date: string): { at: number; label: string } | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (!m[2]) return { at: Date.UTC(year + 1, 0, 1) - 1, label: String(year) };
  const month = Number(m[2]) - 1;
  const label = `${MONTHS[month] ?? ''} ${year}`.trim();
  if (!m[3]) return { at: Date.UTC(year, month + 1, 1) - 1, label };
  return { at: Date.UTC(year, month, Number(m[3]) + 1) - 1, label };
}

/** The approximate period an undated document's label gives ("about 2014 to 2016"), if any. */
function approximatePeriod(dateLabel: string): string | undefined {
  return /\babout ([^;,.()]+)/i.exec(dateLabel)?.[1]?.trim();
}

/**
 * The age note for a source date, or '' when it is within STALE_AFTER_YEARS of now. An undated
 * document (its dateLabel says "Undated") is never given a date it does not state:
 * `ageNote('2016', now, 'Undated; older content, about 2014 to 2016')` → "This guidance is undated, from about 2014 to 2016: check it is still current".
 */
export function ageNote(date: string, now: number, dateLabel = ''): string {
  const when = latestMoment(date);
  if (!when) return '';
  const limit = new Date(when.at);
  limit.setUTCFullYear(limit.getUTCFullYear() + STALE_AFTER_YEARS);
  if (now <= limit.getTime()) return '';
  if (/^\s*undated\b/i.test(dateLabel)) {
    const period = approximatePeriod(dateLabel);
    return `This guidance is undated${period ? `, from about ${period}` : ''}: check it is still current`;
  }
  return `This guidance dates from ${when.label}: check it is still current`;
}

/** A section heading as a card shows it: without the colon some headings end with ("Evidence Informed:"). */
export function sectionLabel(heading: string): string {
  return heading.trim().replace(/\s*:+$/u, '');
}

function publicLink(source: SourceDocument): Pick<SourceView, 'publicUrl' | 'publicLabel' | 'linkNote'> {
  const url = source.url && /^https?:\/\//.test(source.url) ? source.url : '';
  if (!url || source.urlStatus === 'none') return { publicUrl: '', publicLabel: '', linkNote: 'Document, no official link' };
  if (source.urlStatus === 'third-party') {
    return { publicUrl: url, publicLabel: 'Open a third-party copy', linkNote: 'No official page known; a third-party copy, not the publisher\'s own' };
  }
  if (source.urlStatus === 'may-move') {
    return { publicUrl: url, publicLabel: 'Original page (may have moved)', linkNote: `Official page${source.urlNote ? `: ${source.urlNote}` : '; it may have moved'}` };
  }
  return { publicUrl: url, publicLabel: 'Open the original page', linkNote: `Official page of ${source.publisher}` };
}

/** Builds the citation of an entry: `sourceView(deps, entry).quote` is the verbatim text. */
export function sourceView(deps: Pick<Deps, 'kb' | 'config' | 'now'>, entry: Entry): SourceView {
  const source = deps.kb.sourceById.get(entry.source);
  const org = deps.kb.organisationById.get(entry.organisation);
  const organisationName = org?.name ?? source?.publisher ?? entry.organisation;
  const section = source?.sections.find((s) => s.anchor === entry.section);
  const base = deps.config.publicBaseUrl.replace(/\/+$/, '');
  const guideUrl = source
    ? `${base}/guide/${encodeURIComponent(source.id)}${section ? `#${encodeURIComponent(section.anchor)}` : ''}`
    : `${base}/guide`;
  const link = source ? publicLink(source) : { publicUrl: '', publicLabel: '', linkNote: 'Document, no official link' };
  const publisher = source?.publisher ?? organisationName;
  const document = source?.title ?? 'Unknown document';
  const dateLabel = source?.dateLabel || source?.date || 'Date not stated';
  return {
    entryId: entry.id,
    title: entry.title,
    quote: entry.quote,
    quoteBlocks: entryBlocks(entry.quote, entry.leadIn, source?.text),
    organisation: entry.organisation,
    organisationName,
    publisher,
    document,
    section: section ? sectionLabel(section.heading) : 'Whole document',
    dateLabel,
    guideUrl,
    ...link,
    ageNote: source ? ageNote(source.date, deps.now(), source.dateLabel) : '',
    citation: `${publisher}, "${document}"${section ? `, section "${sectionLabel(section.heading)}"` : ''} (${dateLabel})`,
  };
}
