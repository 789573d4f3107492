/**
 * What the importer writes besides the quote, all marked as generated: a kind read from the headings, a short
 * title, keywords (the heading's words, an item's name, the passage's rarest words and word pairs) and a few
 * questions in staff's voice built from the heading and the item's name. An owner replaces them at review.
 *
 * @example kindOf('Our practice principles', 'item') // 'principle'
 */
import type { EntryKind } from '../types.js';
import { isStopWord } from '../stopwords.js';
import { tokenize } from '../tokenize.js';
import type { Passage } from './passage.js';
import { letterKeyword, listQuestions, trimLeadIn } from './list-aids.js';

/** What a heading's words say about the passages under it, first match wins. Items and passages differ for models. */
const KIND_RULES: readonly [RegExp, EntryKind, EntryKind][] = [
  [/\bprincipl/i, 'principle', 'principle'],
  [/\bpriorit/i, 'priority', 'priority'],
  [/\boutcomes?\b/i, 'outcome', 'outcome'],
  [/\brights?\b/i, 'right', 'right'],
  [/\b(regulations?|legislation|requirements|acts?|national minimum standards)\b/i, 'regulation', 'regulation'],
  [/\baims?\b/i, 'aim', 'aim'],
  [/\b(secure base|model|framework)\b/i, 'model-element', 'statement'],
  [/\b(provide you|in return|offer)\b/i, 'offer', 'offer'],
  [/\bmission\b/i, 'mission', 'mission'],
  [/\bvision\b/i, 'vision', 'vision'],
  [/\bpurpose\b/i, 'purpose', 'purpose'],
  [/\b(ofsted|inspection|inspectors?)\b/i, 'inspection', 'inspection'],
  [/\b(commit|committed|commitments?|promise)\b/i, 'commitment', 'commitment'],
  [/\bgoals?\b/i, 'aim', 'aim'],
  [/\b(values?)\b/i, 'principle', 'statement'],
];

/** The kind of an item of a list, or of a passage, from its own words (a lead-in, an opening) and else its heading. */
export function kindOf(words: string, role: 'item' | 'passage', heading = ''): EntryKind {
  for (const text of [words, heading]) {
    for (const [re, item, passage] of KIND_RULES) if (re.test(text)) return role === 'item' ? item : passage;
  }
  return 'statement';
}

/** How an item's title names its list: "Principle: …", "Team priorities: …". */
const ITEM_LABELS: Partial<Record<EntryKind, string>> = {
  principle: 'Principle', priority: 'Priority', outcome: 'Outcome', right: 'Right', regulation: 'Regulation', aim: 'Aim',
  offer: 'What we provide', commitment: 'Commitment', vision: 'Vision', mission: 'Mission', purpose: 'Purpose',
};
/** A heading of at most this many words can name the items of its list. */
const LABEL_HEADING_WORDS = 5;

/** A heading's words up to its first connective ("Secure base model for children's social care team" → "Secure base model"). */
function shortHeading(heading: string): string {
  const words = heading.split(/\s+/).filter(Boolean);
  const cut = words.findIndex((w, i) => i >= 2 && /^(for|of|in|to|with|and|that|which|at|on)$/i.test(w));
  return words.slice(0, cut < 0 ? LABEL_HEADING_WORDS : Math.min(cut, LABEL_HEADING_WORDS)).join(' ');
}

/** The label before an item's name in its title: what kind of item it is ("Principle"), else its heading, shortened. */
export function itemLabel(kind: EntryKind, heading: string, listName: string): string {
  return ITEM_LABELS[kind] ?? (shortHeading(heading || listName) || 'Item');
}

/** Most words of a generated title taken from a passage's opening. */
const TITLE_WORDS = 8;

/** Cuts text to its first `n` words, marking the cut with an ellipsis. */
function firstWords(text: string, n: number): string {
  const words = text.replace(/[“”"]/g, '').split(/\s+/).filter(Boolean);
  const cut = words.slice(0, n).join(' ').replace(/[,;:–-]+$/u, '');
  return words.length > n ? `${cut}…` : cut.replace(/[.]$/, '');
}

/** Longest lead-in, in words, used whole as a list's title. */
const LEAD_TITLE_WORDS = 12;

/** A list's title: its lead-in when short, without the words that only announce the list ("Our outcomes are that" →
 * "Our outcomes"), else its heading, else the lead-in's opening. */
export function listTitle(heading: string, leadIn?: string): string {
  const lead = leadIn === undefined ? undefined : trimLeadIn(leadIn);
  if (lead && lead.split(/\s+/).length <= LEAD_TITLE_WORDS) return lead;
  if (heading) return heading;
  return lead ? firstWords(lead, TITLE_WORDS) : 'List';
}

/** An item's short name: the words before a dash or colon ("availability - people are there for me"), else its opening. */
export function itemTerm(item: string): string {
  const m = /^(.{2,60}?)\s+[–—-]\s+|^([^:]{2,60}):\s/u.exec(item);
  const term = (m?.[1] ?? m?.[2])?.trim();
  return term ?? firstWords(item.replace(/;$/, ''), TITLE_WORDS);
}

/** A paragraph's title when its section has several: the heading (if any) and the paragraph's opening words. */
export function paragraphTitle(heading: string, text: string): string {
  return heading ? `${heading}: ${firstWords(text, TITLE_WORDS)}` : firstWords(text, TITLE_WORDS);
}

/** Content words of a text, lower case, stop words and short words left out. */
function contentWords(text: string): string[] {
  return tokenize(text).filter((w) => w.length >= 3 && !isStopWord(w) && !/^\d+$/.test(w));
}

/** How many keywords come from a passage's own words (rarest in the document first). */
const QUOTE_KEYWORDS = 8;
/** How many word pairs of the passage become keywords. */
const PAIR_KEYWORDS = 3;

/** Counts, for each word, how many passages of the document use it. */
export function documentFrequencies(passages: Passage[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const p of passages) for (const w of new Set(contentWords(p.quote))) df.set(w, (df.get(w) ?? 0) + 1);
  return df;
}

/** Generated keywords: the heading's words, the item's name, the passage's rarest words and word pairs. */
export function keywordsFor(p: Passage, df: Map<string, number>): string[] {
  if (p.kind === 'document-fact') return ['date', 'last updated', 'published', 'how old', 'up to date', 'publisher', 'version'];
  const out = new Set<string>();
  const name = p.title.split(':').pop()!.trim().toLowerCase().replace(/…$/, '');
  if (name && name.split(/\s+/).length <= 5) out.add(name);
  for (const w of contentWords(p.context)) out.add(w);
  const words = contentWords(p.quote);
  const rare = [...new Set(words)].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || words.indexOf(a) - words.indexOf(b));
  for (const w of rare.slice(0, QUOTE_KEYWORDS)) out.add(w);
  const tokens = tokenize(p.quote);
  let pairs = 0;
  for (let i = 0; i + 1 < tokens.length && pairs < PAIR_KEYWORDS; i++) {
    const [a, b] = [tokens[i], tokens[i + 1]];
    if (a.length >= 4 && b.length >= 4 && !isStopWord(a) && !isStopWord(b) && (df.get(a) ?? 0) <= 2) { out.add(`${a} ${b}`); pairs++; }
  }
  const letter = p.acronym && p.position ? letterKeyword(p.position) : undefined;
  if (letter) out.add(letter);
  if (out.size === 0) out.add(p.kind);
  return [...out];
}

/** Generated questions in staff's voice, from the title, the item's name and the organisation's short name. */
export function questionsFor(p: Passage, org: string, documentTitle: string): string[] {
  const topic = p.title.split(':').pop()!.trim().replace(/…$/, '').toLowerCase();
  const list = (p.listName ?? p.title.split(':')[0]).toLowerCase().replace(/^(our|the|their)\s+/, '');
  const o = org.toLowerCase();
  switch (p.kind) {
    case 'overview':
      return [`what are the ${list}`, `list the ${list}`, `${list} in ${o}`, `summary of the ${list}`, ...listQuestions(p.itemKind, p.items?.length ?? 0)];
    case 'document-fact':
      // About the page, not its subject: the title's words would pull every question about the topic here.
      return ['when was this page last updated', `how up to date is the ${o} guidance`, 'who published this document', 'what date is this document from'];
    default:
      return p.listName
        ? [`what does ${topic} mean`, `what does ${o} say about ${topic}`, `${topic} in the ${list}`]
        : [`what does ${o} say about ${topic}`, `what is ${topic}`, `${topic} in ${o}`];
  }
}
