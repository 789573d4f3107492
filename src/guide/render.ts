/**
 * Renders the local copies of the source documents as accessible HTML pages (GET /guide, /guide/:id).
 * Pure: knowledge base in, HTML string out. The source text is shown word for word; the header is ours.
 */
import type { KnowledgeBase, SourceDocument } from '../knowledge/types.js';
import { type Block, parseDocument } from './parse.js';
import { GUIDE_CSS } from './style.js';

export interface GuideOptions {
  /** Public base address of the bot, e.g. "https://bot.example.org" (no trailing slash needed); "" for relative links. */
  baseUrl: string;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Address of a document's local copy in the guide, optionally at a section.
 * @example guideUrl({ baseUrl: 'https://bot.example.org' }, 'kent-vision', 'signs-of-safety') // …/guide/kent-vision#signs-of-safety
 */
export function guideUrl(options: GuideOptions, sourceId: string, anchor?: string): string {
  const base = options.baseUrl.replace(/\/+$/, '');
  return `${base}/guide/${encodeURIComponent(sourceId)}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}

/** Address of the guide's list of documents. */
export function guideIndexUrl(options: GuideOptions): string {
  return `${options.baseUrl.replace(/\/+$/, '')}/guide`;
}

/** Honest label for a document's public address, as shown beside the link. */
export function publicAddressLabel(source: SourceDocument): string {
  switch (source.urlStatus) {
    case 'official': return 'Public page';
    case 'may-move': return 'Public page (it may have moved)';
    case 'third-party': return 'Third-party copy (not an official address)';
    default: return 'Document, no official link';
  }
}

function renderBlocks(blocks: Block[], indent: string): string {
  return blocks.map((b) => (b.type === 'p'
    ? `${indent}<p>${escapeHtml(b.text)}</p>`
    : `${indent}<ul>\n${b.items.map((i) => `${indent}  <li>${escapeHtml(i)}</li>`).join('\n')}\n${indent}</ul>`)).join('\n');
}

/**
 * The app icon, served with the tab's assets (GET /tab/assets/app.png). A root-relative address keeps
 * it same-origin whatever PUBLIC_BASE_URL says, as the guide's Content-Security-Policy (img-src 'self') asks.
 */
export const FAVICON_PATH = '/tab/assets/app.png';

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" type="image/png" href="${FAVICON_PATH}">
<style>${GUIDE_CSS}</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to the text</a>
${body}
</body>
</html>
`;
}

function renderHeader(kb: KnowledgeBase, source: SourceDocument, options: GuideOptions): string {
  const org = kb.organisationById.get(source.organisation);
  const rows: [string, string][] = [
    ['Published by', escapeHtml(source.publisher)],
    ['Date', escapeHtml(source.dateLabel)],
  ];
  if (source.period) rows.push(['Period covered', escapeHtml(source.period)]);
  const address = source.url
    ? `<a href="${escapeHtml(source.url)}">${escapeHtml(source.url)}</a>`
    : 'No official public address is known.';
  rows.push([publicAddressLabel(source), address + (source.urlNote ? `<br><span class="note">${escapeHtml(source.urlNote)}</span>` : '')]);
  const dl = rows.map(([k, v]) => `    <dt>${k}</dt>\n    <dd>${v}</dd>`).join('\n');
  return `<header>
  <p class="crumb"><a href="${escapeHtml(guideIndexUrl(options))}">All guidance documents</a>${org ? ` · ${escapeHtml(org.name)}` : ''}</p>
  <h1>${escapeHtml(source.title)}</h1>
  <dl class="facts">
${dl}
  </dl>
  <p class="ours">This page shows the document's text word for word, as kept by the Practice Guide. The details above, and the headings in italics (which the document does not have), are from the Practice Guide team, not from the source.</p>
</header>`;
}

/**
 * A complete, accessible HTML page for one document's local copy, or undefined for an unknown id.
 * @example renderGuidePage(kb, 'kent-vision', { baseUrl: '' })?.includes('id="signs-of-safety"') // true
 */
export function renderGuidePage(kb: KnowledgeBase, sourceId: string, options: GuideOptions): string | undefined {
  const source = kb.sourceById.get(sourceId);
  if (!source) return undefined;
  const parsed = parseDocument(source);
  const nav = parsed.sections
    .map(({ section }) => `    <li><a href="#${escapeHtml(section.anchor)}">${escapeHtml(section.heading)}</a></li>`).join('\n');
  const sections = parsed.sections.map(({ section, blocks, headingIsLine }) => {
    const headingId = `${section.anchor}-heading`;
    const cls = headingIsLine ? '' : ' class="added"';
    return `  <section id="${escapeHtml(section.anchor)}" aria-labelledby="${escapeHtml(headingId)}">
    <h2 id="${escapeHtml(headingId)}"${cls}>${escapeHtml(section.heading)}</h2>
${renderBlocks(blocks, '    ')}
  </section>`;
  }).join('\n');
  const preamble = parsed.preamble.length > 0 ? `  <div class="preamble">\n${renderBlocks(parsed.preamble, '    ')}\n  </div>\n` : '';
  const body = `${renderHeader(kb, source, options)}
<nav aria-label="Sections of this document">
  <h2 class="nav-title">Sections</h2>
  <ol>
${nav}
  </ol>
</nav>
<main id="main" tabindex="-1">
${preamble}${sections}
</main>`;
  return page(`${source.title} (${source.publisher}) – Practice Guide`, body);
}

/**
 * The guide's index page: every document, grouped by organisation, with publisher and date.
 * @example renderGuideIndex(kb, { baseUrl: '' }).includes('/guide/kent-vision') // true
 */
export function renderGuideIndex(kb: KnowledgeBase, options: GuideOptions): string {
  const groups = kb.organisations.map((org) => {
    const docs = kb.sources.filter((s) => s.organisation === org.id);
    if (docs.length === 0) return '';
    const items = docs.map((s) => `      <li><a href="${escapeHtml(guideUrl(options, s.id))}">${escapeHtml(s.title)}</a>
        <br><span class="note">${escapeHtml(s.publisher)} · ${escapeHtml(s.dateLabel)}</span></li>`).join('\n');
    return `  <section aria-labelledby="org-${escapeHtml(org.id)}">
    <h2 id="org-${escapeHtml(org.id)}">${escapeHtml(org.name)}</h2>
    <ul>
${items}
    </ul>
  </section>`;
  }).filter(Boolean).join('\n');
  const body = `<header>
  <h1>Practice guidance documents</h1>
  <p class="ours">Word-for-word copies of the guidance the Practice Guide quotes, with who published each and when. This introduction is from the Practice Guide team, not from the sources.</p>
</header>
<main id="main" tabindex="-1">
${groups}
</main>`;
  return page('Practice guidance documents – Practice Guide', body);
}
