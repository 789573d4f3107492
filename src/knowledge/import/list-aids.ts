/**
 * Generated aids of lists: how staff name a list's items together ("the 6 priorities", "which regulations do we work
 * to"), a lead-in cut to a title ("The aims of the service can be summarised as the following" → "The aims of the
 * service"), and the letters of a list whose initials spell a word of its lead-in ("ASPIRE": "first letter").
 *
 * @example listQuestions('regulation', 6) // ['what are the 6 regulations', 'list the regulations', 'which regulations …']
 */
import type { EntryKind } from '../types.js';

/** How staff name several items of a kind ("the principles"). */
const PLURALS: Partial<Record<EntryKind, string>> = {
  principle: 'principles', priority: 'priorities', outcome: 'outcomes', right: 'rights', regulation: 'regulations', aim: 'aims',
  offer: 'offers', commitment: 'commitments', 'model-element': 'parts', statement: 'points',
};

/** How staff ask for a whole list of a kind in their own words, not the document's. */
const LIST_ASKS: Partial<Record<EntryKind, string[]>> = {
  regulation: ['which regulations and standards do we work to', 'what legislation do we follow'],
  principle: ['what principles guide our practice', 'what values underpin how we work'],
  priority: ['what should we focus on', 'what are the key areas of focus'],
  aim: ['what is the service trying to achieve', 'what are the goals'],
  outcome: ['what outcomes do we want for children', 'what results are we aiming for'],
  commitment: ['what are we committed to', 'what do we promise'],
  offer: ['what support do staff get', 'what do we offer staff'],
  'model-element': ['what are the parts of the model', 'what are the elements'],
};

/** Questions asking for a list of `count` items of a kind: by number, by name, and in staff's words. */
export function listQuestions(itemKind: EntryKind | undefined, count: number): string[] {
  const plural = itemKind ? PLURALS[itemKind] : undefined;
  if (!plural) return [];
  return [`what are the ${count} ${plural}`, `list the ${plural}`, ...(LIST_ASKS[itemKind!] ?? [])];
}

/** How a lead-in ends when it only announces what follows ("… can be summarised as the following", "… are that"). */
const ANNOUNCING_END = /\s+(can be summarised as the following|as follows|the following|which includes?|includes?|including|there must be|are that|is that|are|is|of the|of|the|with|that)$/iu;
/** A lead-in cut to this many words or fewer is left as it is. */
const LEAD_MIN_WORDS = 2;

/** A lead-in without its closing punctuation and the words that only announce the list. */
export function trimLeadIn(leadIn: string): string {
  let lead = leadIn.replace(/[:.]\s*$/u, '');
  for (let prev = ''; prev !== lead && lead.split(/\s+/).length > LEAD_MIN_WORDS;) {
    prev = lead;
    lead = lead.replace(ANNOUNCING_END, '');
  }
  return lead;
}

/** A word in capitals in a list's lead-in or heading that its items' initials spell, in order ("ASPIRE"). */
export function acronymOf(context: string, terms: string[]): string | undefined {
  const initials = terms.map((t) => /[A-Za-z]/.exec(t)?.[0] ?? '').join('').toUpperCase();
  return context.match(/\b[A-Z]{3,}\b/g)?.find((w) => w === initials);
}

/** Places in a list as staff say them; later places have none. */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** The keyword naming an item's letter of its list's acronym ("first letter"); the letter alone ("S") is not a
 * keyword, as single letters are also chat ("wot r the …"). */
export function letterKeyword(position: number): string | undefined {
  const ordinal = ORDINALS[position - 1];
  return ordinal ? `${ordinal} letter` : undefined;
}
