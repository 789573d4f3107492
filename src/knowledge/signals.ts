/**
 * Question-level signals that word matching cannot see: personal details pasted into a question (the words
 * around them are names and places, not topic), and requests for a numbered item the guidance must name.
 */
import { toTerm, tokenize } from './tokenize.js';

/** Personal details staff paste into a question: a date of birth, an NHS or phone number, a postcode, a street
 * address, "dob", "age 4". When one is present, words the index has never seen are most likely names. */
const PERSONAL_DETAIL = new RegExp([
  String.raw`\b(dob|d\.o\.b|nhs\s*(no|number)|date of birth|tel|mob|mobile no)\b`,
  String.raw`\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b`, // a date
  String.raw`\b[a-z]{1,2}\d{1,2}[a-z]?\s*\d[a-z]{2}\b`, // a full postcode
  String.raw`\b[a-z]{1,2}\d{1,2}\b(?=\s*[-,.]|\s*$)`, // a postcode district closing an address ("se15 -")
  String.raw`\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b`, // a UK phone number
  String.raw`\b\d{3}\s?\d{3}\s?\d{4}\b`, // an NHS number
  String.raw`\bage[ds]?\s+\d{1,2}\b`,
  String.raw`\b\d{1,4}[a-z]?\s+[a-z]+\s+(road|rd|street|st|avenue|ave|lane|ln|close|way|drive|dr|court|crescent|gardens|place|grove|terrace)\b`,
].join('|'), 'i');

/** True when the question carries personal details (see PERSONAL_DETAIL). */
export function hasPersonalDetail(question: string): boolean {
  return PERSONAL_DETAIL.test(question);
}

/** Surface words typed with a capital inside a sentence ("working with Jayden Okafor"): likely names. */
export function capitalisedWords(question: string): Set<string> {
  const out = new Set<string>();
  // Preceded by a word in the same sentence: the first word of a message or sentence is capitalised anyway.
  for (const m of question.matchAll(/(?<=[^.?!\s]\s+)[A-Z][a-z]+(?:-[A-Z][a-z]+)*\b/g)) {
    for (const w of tokenize(m[0])) out.add(w);
  }
  return out;
}

/** A numbered item ("standard 8", "regulation 12", "level 3", "step 2"): the answer must name that number,
 * else the question asks for detail the passage does not hold. */
const NUMBERED_ITEM = /\b(standards?|regulations?|regs?|sections?|levels?|grades?|bands?|tiers?|stages?|steps?|columns?|parts?|paragraphs?|paras?|schedules?|articles?|appendix)\s*(\d{1,3})\b/gi;

/** Numbered items in the question, each as the one-term phrase [number] that the best passage must hold
 * (the label may be abbreviated, "reg 12", so only the number is required). */
export function numberedItems(question: string): string[][] {
  const out: string[][] = [];
  for (const m of question.matchAll(NUMBERED_ITEM)) out.push([toTerm(m[2])]);
  return out;
}
