/**
 * Buttons that open an entry's own answer. Teams cuts long button titles without an ellipsis, so a
 * button title is at most MAX_BUTTON_CHARS characters; when a title had to be shortened, the card
 * lists every full title in its body, numbered, and numbers the buttons to match.
 *
 *   entryButtons(entries, { list: true }) // { list: [{ number: 1, title: 'Practice principle: …' }], sets: [{ items: [{ title: '1. Child/Young Person centred', … }] }] }
 */
import type { Entry } from '../knowledge/types.js';
import { MAX_ACTIONS_PER_SET } from './validate.js';

/** Teams shows about 40 characters of a button on a phone before cutting it off. */
export const MAX_BUTTON_CHARS = 40;
/** A leading label ("Practice principle: ", "ASPIRE: ") of this many words or fewer may be dropped from a button. */
const MAX_LABEL_WORDS = 3;
/**
 * Teams (and the Playground's renderer) lays the buttons of one set side by side and squeezes their
 * titles to fit: six in a row on a 390-pixel phone show "1…", "2…". One button per row keeps each
 * title whole at any width.
 */
export const BUTTONS_PER_ROW = 1;
/** A shortened title shorter than this says too little; cut at a word instead. */
const MIN_SHORT_CHARS = 12;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The leading label of a title ("ASPIRE" in "ASPIRE: Reflective supervision"), or undefined. */
function labelOf(title: string): string | undefined {
  const m = /^([^:]{1,40}):\s+\S/.exec(title);
  return m && m[1].trim().split(/\s+/).length <= MAX_LABEL_WORDS ? m[1] : undefined;
}

/**
 * A button title of at most `max` characters: the title itself when short enough; for "Name: a, b, c"
 * (a name and the list it holds) the name; else the title without its short leading label
 * ("Practice principle: Fair" → "Fair"); else up to its first clause break (":", ";", " ("); else cut
 * at a word, with an ellipsis. `shortTitle('Protecting rights: proportionality, respect and humanity, …')`
 * → "Protecting rights".
 */
export function shortTitle(title: string, max = MAX_BUTTON_CHARS): string {
  const t = title.trim().replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const label = labelOf(t);
  const rest = label ? capitalise(t.slice(label.length + 1).trim()) : t;
  if (label && (rest.match(/,\s/g) ?? []).length >= 2 && label.length >= MIN_SHORT_CHARS && label.length <= max) return label;
  if (rest.length <= max) return rest;
  const clause = /^(.+?)(?::\s|;\s|\s\()/u.exec(rest)?.[1];
  if (clause && clause.length <= max && clause.length >= MIN_SHORT_CHARS) return clause;
  const cut = rest.slice(0, max - 1);
  const atWord = cut.includes(' ') && /\S/.test(rest.charAt(max - 1)) ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
  return `${atWord.replace(/[\s,;:–-]+$/u, '')}…`;
}

/** Titles without a short label that two or more of them share ("ASPIRE: …"): the card's heading says it once. */
function withoutSharedLabels(titles: string[]): string[] {
  const labels = titles.map(labelOf);
  const counts = new Map<string, number>();
  for (const l of labels) if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
  return titles.map((t, i) => {
    const l = labels[i];
    return l && (counts.get(l) ?? 0) >= 2 ? capitalise(t.slice(l.length + 1).trim()) : t;
  });
}

export interface EntryButton {
  [key: string]: unknown;
  title: string;
  data: { action: 'ask'; entryId: string };
}

export interface EntryButtons {
  [key: string]: unknown;
  /** Full titles, numbered, for the card body; empty when every button shows its full title. */
  list: { number: number; title: string }[];
  /** Buttons in sets (rows) of BUTTONS_PER_ROW, well within Teams' limit of MAX_ACTIONS_PER_SET per set. */
  sets: { items: EntryButton[] }[];
  /** Every full title, for `speak`. */
  titles: string[];
}

/**
 * Buttons for entries, each submitting {action:'ask', entryId}. `list: true` always names every
 * item in the body (an overview's items); otherwise the body list appears only when a title was cut.
 */
export function entryButtons(entries: readonly Entry[], options: { list?: boolean } = {}): EntryButtons {
  const titles = entries.map((e) => e.title);
  const base = withoutSharedLabels(titles);
  const short = base.map((t) => shortTitle(t));
  const numbered = Boolean(options.list) || short.some((s, i) => s !== base[i]);
  const items: EntryButton[] = entries.map((e, i) => {
    const prefix = `${i + 1}. `;
    const title = numbered ? prefix + shortTitle(base[i], MAX_BUTTON_CHARS - prefix.length) : short[i];
    return { title, data: { action: 'ask', entryId: e.id } };
  });
  const sets: { items: EntryButton[] }[] = [];
  for (let i = 0; i < items.length; i += BUTTONS_PER_ROW) sets.push({ items: items.slice(i, i + BUTTONS_PER_ROW) });
  return {
    list: numbered ? titles.map((title, i) => ({ number: i + 1, title })) : [],
    sets,
    titles,
  };
}
