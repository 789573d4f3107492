/**
 * Pattern detectors for structured personal data (everything except names). Pure.
 * Each returns spans; personal-data.ts merges them. Never log the matched text.
 */
import type { PersonalDataKind, Span } from './types.js';

export type { Span };

/** Detectors run in this order; an earlier span wins an overlap (NHS before phone, address before postcode). */
type Detector = (text: string) => Span[];

function matchAll(text: string, re: RegExp, kind: PersonalDataKind, confidence: number, group = 0): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(re)) {
    const whole = m[0];
    const part = m[group] ?? whole;
    const offset = group ? whole.indexOf(part) : 0;
    const start = (m.index ?? 0) + offset;
    out.push({ kind, start, end: start + part.length, confidence });
  }
  return out;
}

export const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}/gi;
/** NHS number written 3-3-4 (spaces, hyphens or dots): counts whatever its checksum. */
export const NHS_GROUPED = /\b\d{3}[ .-]\d{3}[ .-]\d{4}\b/g;
/** "NHS no 1234567890", "NHS number: 123 456 7890". */
export const NHS_LABELLED = /\bnhs\s*(?:no\.?|num(?:ber)?|#)?\s*[:.]?\s*(\d(?:[ -]?\d){9})\b/gi;
export const TEN_DIGITS = /\b\d{10}\b/g;
/** National Insurance number: two letters, six digits, A-D (any letters: staff may type the reserved QQ examples). */
export const NI_NUMBER = /\b[A-Z]{2}[ .-]?\d{2}[ .-]?\d{2}[ .-]?\d{2}[ .-]?[A-D]\b/gi;
/** UK postcode, any case, with or without the space. */
export const POSTCODE = /\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?) ?\d[ABD-HJLNP-UW-Z]{2})\b/gi;
/**
 * UK phone: +44 / 0044 (optionally "(0)") or 0, then 9-10 more digits, any single space,
 * hyphen, dot or bracket between digits ("07700-900-123", "07 700 900 123", "(020) 7946 0958").
 */
export const PHONE = /(?:(?:\+|\b00)44[ .-]?(?:\(0\)[ .-]?)?|\(?\b0)\d(?:\)?[ .-]?\)?\d){8,9}\b/g;
/** ISO dates, as systems print them: 2016-10-30 (treated as possible dates of birth). */
export const ISO_DATE = /\b(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])\b/g;
/** Numeric full dates: 03/04/2015, 3-4-15, 03.04.2015 (treated as possible dates of birth). */
export const NUMERIC_DATE = /\b(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:19|20)?\d{2}\b/g;
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** A written date with a day and a year after a birth cue: "born 3 March 2015", "dob: March 3rd, 2015". */
export const LABELLED_DATE = new RegExp(
  String.raw`\b(?:d\.?o\.?b\.?|date of birth|born(?: on)?|birthday(?: is)?|b'?day)\s*[:\-]?\s*((?:(?:\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:${MONTHS})\b\.?|(?:${MONTHS})\.? \d{1,2}(?:st|nd|rd|th)?\b)(?:,? (?:19|20)?\d{2}\b)?)|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b)`,
  'gi',
);
/** Any written full date (day month year) is redacted too: only a birth date makes sense in a question with a day in it. */
export const WRITTEN_DATE = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:${MONTHS}),? (?:19|20)\d{2}\b`, 'gi');
const STREET_WORDS = 'road|rd|street|st|close|cl|avenue|ave|lane|ln|way|drive|dr|court|ct|crescent|cres|place|pl|gardens|gdns|grove|terrace|hill|park|square|sq|mews|rise|walk|row|green|parade|view|vale|estate|gate|wharf|heights|meadow|meadows|boulevard|circus|crest|fields|yard';
/** A postcode district straight after the street ("14 elm road se15"): part of the address; a full postcode is left to POSTCODE. */
const OUTWARD_TAIL = String.raw`(?:,? [a-z]{1,2}\d[a-z\d]?\b(?! ?\d[a-z]{2}\b))?`;
/** House number (or flat) + one to three words + a street word: "12 Oak Road", "flat 3, 7 st johns close". */
export const ADDRESS = new RegExp(
  String.raw`\b(?:(?:flat|apartment|apt|unit) \d{1,4}[a-z]?,? )?\d{1,4}[a-z]?,? (?!(?:mins?|minutes?|hours?|hrs?|miles?|days?|weeks?|months?|years?|yrs?|times?|people|children|kids|principles?|steps?)\b)(?:[a-z'\u2019-]+ ){1,3}(?:${STREET_WORDS})\b\.?${OUTWARD_TAIL}`,
  'gi',
);
export const FLAT = /\b(?:flat|apartment|apt) \d{1,4}[a-z]?\b/gi;
/** Digits a reference holds at least (fewer is a year part, a room or a version: "Y-12", "covid-19"). */
export const MIN_REFERENCE_DIGITS = 4;
/**
 * Case-system reference shapes, with no label needed, taken whole: letters and digits joined by
 * "-" or "/" ("CP-2024-00123", "CIN/2023/7781", "LAC-12345", "2024/CP/00123") or run together
 * ("LCS123456", "M4471902", "ZW24C00312"), as Mosaic, LCS, Liquidlogic, Eclipse, CareFirst and court
 * numbers are written. Any letters-and-digits token holding MIN_REFERENCE_DIGITS digits counts.
 */
export const CASE_SHAPE = /\b(?:[A-Z]{1,6}[-/])+(?:[A-Z]{0,6}\d+[A-Z]?)(?:[-/][A-Z]{0,6}\d+[A-Z]?)*\b|\b\d{2,4}[-/][A-Z]{1,6}[-/]\d+\b|\b(?=[A-Z0-9]*[A-Z])[A-Z0-9]*\d[A-Z0-9]*\b/gi;
/** A reference label (or "#") then an id with at least four digits, the id taken whole: "case ref 4417-22", "client no. AB/12345", "ref LAC 88213", "#77120". */
export const CASE_REFERENCE = /(?:\b(?:case|client|child|person|family|file|court|record|mosaic|lcs|liquidlogic|eclipse|carefirst|swift|ref(?:erence)?|id)\s*(?:no\.?|num(?:ber)?|id|ref(?:erence)?)?\s*[:#.]?|#)\s*([A-Z]{0,6}[-/ ]?\d[\dA-Z]*(?:[-/][\dA-Z]+)*)\b/gi;
/** Any standalone run of six or more digits: ids and numbers that no guidance question needs. */
export const LONG_NUMBER = /\b\d{6,}\b/g;

/** NHS modulus-11 check digit: true for a valid 10-digit NHS number. */
export function nhsChecksumValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

const digits = (text: string, sp: Span): number => text.slice(sp.start, sp.end).replace(/\D/g, '').length;

function tenDigitNhs(text: string): Span[] {
  return matchAll(text, TEN_DIGITS, 'nhs-number', 0.9).filter((s) => !text.slice(s.start, s.end).startsWith('0') && nhsChecksumValid(text.slice(s.start, s.end)));
}

/** The built-in detectors, in priority order. */
export function structuredDetectors(extraCaseRefs: RegExp[] = []): Detector[] {
  return [
    (t) => matchAll(t, EMAIL, 'email', 1),
    (t) => matchAll(t, NHS_LABELLED, 'nhs-number', 1, 1),
    (t) => matchAll(t, NHS_GROUPED, 'nhs-number', 0.8),
    tenDigitNhs,
    (t) => matchAll(t, NI_NUMBER, 'ni-number', 0.95),
    (t) => matchAll(t, LABELLED_DATE, 'date-of-birth', 1, 1),
    (t) => matchAll(t, ISO_DATE, 'date-of-birth', 0.8),
    (t) => matchAll(t, NUMERIC_DATE, 'date-of-birth', 0.8),
    (t) => matchAll(t, WRITTEN_DATE, 'date-of-birth', 0.7),
    (t) => matchAll(t, PHONE, 'phone', 0.9),
    (t) => matchAll(t, ADDRESS, 'address', 0.85),
    (t) => matchAll(t, FLAT, 'address', 0.7),
    (t) => matchAll(t, POSTCODE, 'postcode', 0.9),
    ...extraCaseRefs.map((re) => (t: string) => matchAll(t, new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`), 'case-reference', 0.9)),
    (t) => matchAll(t, CASE_SHAPE, 'case-reference', 0.85).filter((sp) => digits(t, sp) >= MIN_REFERENCE_DIGITS),
    (t) => matchAll(t, CASE_REFERENCE, 'case-reference', 0.8, 1).filter((sp) => digits(t, sp) >= MIN_REFERENCE_DIGITS),
    (t) => matchAll(t, LONG_NUMBER, 'case-reference', 0.6),
  ];
}
