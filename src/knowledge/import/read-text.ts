/**
 * Reads plain text, kept byte for byte as the local copy, into blocks by layout: bullet lines ("- ", "• ", "1. ")
 * are list items, short lines without closing punctuation are headings, everything else is a paragraph (one per
 * line, or per run of lines in hard-wrapped text). A lead-in ending in a colon followed by plain lines ("The aims
 * of the service can be summarised as the following:") makes those lines a list.
 *
 * @example textBlocks('Our vision\nEvery child should…').blocks // [{heading}, {p}]
 */
import type { Block } from './blocks.js';

/** A bullet: "- item", "• item", "* item", "1. item", "a) item"; the item is what follows. */
export const BULLET = /^\s*(?:[-•▪◦*–]|\d{1,2}[.)]|[a-z][.)])\s+/u;
/** Longest heading, in words: longer lines are sentences even without a full stop. */
export const HEADING_MAX_WORDS = 10;
/** Longest heading in characters. */
const HEADING_MAX_CHARS = 90;
/** A heading ending in a colon ("Evidence Informed:") is at most this many words; longer ones are lead-ins. */
const COLON_HEADING_MAX_WORDS = 4;
/** Share of lines 40-100 characters long above which a file with blank lines is taken as hard-wrapped prose. */
const WRAPPED_SHARE = 0.6;

const trimEnd = (s: string): string => s.replace(/\s+$/u, '');
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** True when a line reads as a heading: short, and not ending like a sentence or a list's lead-in. */
export function headingLike(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > HEADING_MAX_CHARS || words(t) > HEADING_MAX_WORDS) return false;
  if (/[.;,!?…"”’)]$/u.test(t)) return false;
  if (t.endsWith(':')) return words(t) <= COLON_HEADING_MAX_WORDS;
  return /^[\p{Lu}\p{N}“"‘']/u.test(t);
}

interface Line { raw: string; text: string; bullet: boolean; blank: boolean }

/** Line endings folded to \n and a byte-order mark dropped: the only changes made to a plain-text copy. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Parses plain text (already normalised, see normaliseText) into blocks whose texts are substrings of it. */
export function textBlocks(text: string): { blocks: Block[] } {
  const lines: Line[] = text.split('\n').map((raw) => {
    const bullet = BULLET.test(raw) && trimEnd(raw).replace(BULLET, '').trim() !== '';
    const t = trimEnd(bullet ? raw.replace(BULLET, '') : raw).trim();
    return { raw, text: t, bullet, blank: t === '' };
  });
  const body = lines.filter((l) => !l.blank && !l.bullet);
  const hasBlanks = lines.some((l) => l.blank);
  const wrapped = hasBlanks && body.length > 3 && body.filter((l) => l.text.length >= 40 && l.text.length <= 100).length >= WRAPPED_SHARE * body.length;
  const blocks: Block[] = [];
  const nextContent = (i: number): Line | undefined => lines.slice(i + 1).find((l) => !l.blank);
  let i = 0;
  while (i < lines.length) {
    const l = lines[i];
    if (l.blank) { i++; continue; }
    if (l.bullet) {
      const items: string[] = [];
      while (i < lines.length && (lines[i].bullet || (lines[i].blank && lines.slice(i).find((x) => !x.blank)?.bullet))) {
        if (lines[i].bullet) items.push(lines[i].text);
        i++;
      }
      blocks.push({ type: 'ul', items });
      continue;
    }
    const next = nextContent(i);
    if (headingLike(l.text) && next && !next.bullet) {
      blocks.push({ type: 'heading', level: 2, text: l.text });
      i++;
      continue;
    }
    if (headingLike(l.text) && !next) {
      blocks.push({ type: 'heading', level: 2, text: l.text });
      i++;
      continue;
    }
    if (l.text.endsWith(':') && next && !next.bullet && lines[i + 1] && !lines[i + 1].blank) {
      // A lead-in followed directly by plain lines: those lines are its items, up to a blank line or a heading.
      blocks.push({ type: 'p', text: l.text });
      const items: string[] = [];
      let j = i + 1;
      while (j < lines.length && !lines[j].blank && !lines[j].bullet && !headingLike(lines[j].text)) items.push(lines[j++].text);
      if (items.length) blocks.push({ type: 'ul', items });
      i = j;
      continue;
    }
    if (wrapped) {
      // Hard-wrapped prose: a paragraph runs to the next blank, bullet or heading line; its text keeps the breaks.
      let j = i + 1;
      while (j < lines.length && !lines[j].blank && !lines[j].bullet && !headingLike(lines[j].text)) j++;
      blocks.push({ type: 'p', text: j - i > 1 ? joinedSlice(lines, i, j) : l.text });
      i = j;
      continue;
    }
    blocks.push({ type: 'p', text: l.text });
    i++;
  }
  return { blocks };
}

/** The exact text of lines [from, to) as they stand in the copy, trimmed at both ends. */
function joinedSlice(lines: Line[], from: number, to: number): string {
  return lines.slice(from, to).map((l) => l.raw).join('\n').trim();
}
