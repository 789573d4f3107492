/**
 * Personal-data detection and redaction. Pure. Findings carry offsets only: callers must
 * never log, store or echo the matched text; store `redact(text)` instead.
 */
import type { PersonalDataFinding, PersonalDataKind, PersonalDataOptions, Span } from './types.js';
import { structuredDetectors } from './patterns.js';
import { findNames } from './names.js';

/** Placeholder text per kind, used by redact(). */
export const PLACEHOLDERS: Readonly<Record<PersonalDataKind, string>> = Object.freeze({
  name: '[name]',
  address: '[address]',
  'date-of-birth': '[date of birth]',
  'nhs-number': '[NHS number]',
  'ni-number': '[NI number]',
  postcode: '[postcode]',
  phone: '[phone]',
  email: '[email]',
  'case-reference': '[reference]',
});

/** Source of a pattern matching any placeholder above (for callers that remove or skip them). */
export const PLACEHOLDER_SOURCE = String.raw`\[[A-Za-z -]+\]`;

/** Redacted text with its placeholders removed: `withoutPlaceholders('mum is [name] [phone]')` → 'mum is'. */
export function withoutPlaceholders(redacted: string): string {
  return redacted.replace(new RegExp(PLACEHOLDER_SOURCE, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Finds personal data: `detectPersonalData('dob 03/04/2015')` → [{ kind: 'date-of-birth', start: 4, end: 14, … }]. */
export function detectPersonalData(text: string, options: PersonalDataOptions = {}): PersonalDataFinding[] {
  const kept: Span[] = [];
  const detectors = [...structuredDetectors(options.caseReferencePatterns), (t: string) => findNames(t, options.knownTerms)];
  for (const detect of detectors) {
    for (const span of detect(text)) {
      if (span.end > span.start && !kept.some((k) => overlaps(k, span))) kept.push(span);
    }
  }
  return kept.sort((a, b) => a.start - b.start).map(({ kind, start, end, confidence }) => ({ kind, start, end, confidence }));
}

/** Replaces findings with placeholders: `redact(text, findings?)` → "what applies to [name] dob [date of birth]?". */
export function redact(text: string, findings: PersonalDataFinding[] | PersonalDataOptions = {}): string {
  const list = Array.isArray(findings) ? findings : detectPersonalData(text, findings);
  let out = '';
  let at = 0;
  for (const f of [...list].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + PLACEHOLDERS[f.kind];
    at = f.end;
  }
  return out + text.slice(at);
}

const compiled = new Map<string, RegExp>();

/** Compiles configured case-reference sources once (case-insensitive): `casePatterns(config)`. */
export function casePatterns(config: { caseReferencePatterns?: readonly string[] }): RegExp[] {
  return (config.caseReferencePatterns ?? []).map((source) => {
    let re = compiled.get(source);
    if (!re) {
      re = new RegExp(source, 'gi');
      compiled.set(source, re);
    }
    return re;
  });
}

