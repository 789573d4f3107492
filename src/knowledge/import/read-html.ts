/**
 * Reads a saved web page (or the HTML mammoth makes of a Word file) into blocks: headings h1-h6, paragraphs, and
 * list items. Page chrome (navigation, header, footer, forms, scripts) is left out; images are not guidance.
 *
 * @example htmlBlocks('<h2>Our vision</h2><p>Every child…</p>').blocks // [{heading}, {p}]
 */
import { Parser } from 'htmlparser2';
import { cleanInline, type Block } from './blocks.js';

/** Subtrees that are page chrome or code, never guidance. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button',
  'select', 'svg', 'iframe', 'canvas', 'object', 'head', 'map']);
/** Tags whose content is a block of its own (a paragraph unless it is a heading or list item). */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'blockquote', 'figcaption', 'figure', 'pre', 'td', 'th', 'tr',
  'table', 'dt', 'dd', 'dl', 'address', 'body', 'html', 'hr', 'caption', 'details', 'summary', 'center']);
const HEADING = /^h([1-6])$/;

/** Parses HTML into blocks and the page's <title>. */
export function htmlBlocks(html: string): { blocks: Block[]; title?: string } {
  const blocks: Block[] = [];
  const lists: string[][] = [];
  let buffer = '';
  let heading = 0;
  let skipDepth = 0;
  let inTitle = false;
  let title = '';

  const flush = (): void => {
    const text = cleanInline(buffer);
    buffer = '';
    if (!text) return;
    if (heading) blocks.push({ type: 'heading', level: heading, text });
    else if (lists.length) lists[lists.length - 1].push(text);
    else blocks.push({ type: 'p', text });
  };
  const closeList = (): void => {
    flush();
    const items = lists.pop();
    if (!items?.length) return;
    // A nested list's items join its parent list, in reading order.
    if (lists.length) lists[lists.length - 1].push(...items);
    else blocks.push({ type: 'ul', items });
  };

  const parser = new Parser({
    onopentag(name) {
      if (name === 'title') { inTitle = true; return; }
      if (skipDepth || SKIP.has(name)) { skipDepth++; return; }
      const h = HEADING.exec(name);
      if (h) { flush(); heading = Number(h[1]); return; }
      if (name === 'ul' || name === 'ol') { flush(); lists.push([]); return; }
      if (name === 'li' || BLOCK.has(name)) { flush(); return; }
      if (name === 'br') buffer += ' ';
    },
    ontext(text) {
      if (inTitle) { title += text; return; }
      if (!skipDepth) buffer += text;
    },
    onclosetag(name) {
      if (name === 'title') { inTitle = false; return; }
      if (skipDepth) {
        // Void elements never reach here as open subtrees; every skipped open tag has its close.
        skipDepth--;
        return;
      }
      if (HEADING.test(name)) { flush(); heading = 0; return; }
      if (name === 'ul' || name === 'ol') { closeList(); return; }
      if (name === 'li' || BLOCK.has(name)) flush();
    },
  }, { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true });
  parser.write(html);
  parser.end();
  flush();
  while (lists.length) closeList();
  const t = cleanInline(title);
  return { blocks, ...(t ? { title: t } : {}) };
}
