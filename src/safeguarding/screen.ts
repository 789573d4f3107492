/**
 * Screens a message before anything else reads it. Pure.
 * STUB: the safeguarding work (issue 9) replaces the body with real detection; the shape stays.
 */
export type PersonalDataKind =
  | 'name' | 'address' | 'date-of-birth' | 'nhs-number' | 'ni-number' | 'postcode' | 'phone' | 'email' | 'case-reference';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** Character offsets in the original text. Never log or echo the text itself. */
  start: number;
  end: number;
  confidence: number;
}

export interface Screening {
  /** Describes immediate risk now: show the urgent card first and do not answer from the guide. */
  urgent: boolean;
  /** A guidance question about risk ("what do we do when a child is at risk?"): answer it and add a pointer to duty contacts. */
  riskTopic: boolean;
  personalData: PersonalDataFinding[];
  /** The text with every finding replaced by a placeholder such as [name]; safe to store for insights. */
  redacted: string;
}

export interface ScreenOptions {
  /** Extra case/client reference patterns from configuration. */
  caseReferencePatterns?: RegExp[];
}

/** Screens text for urgent risk and personal data: `screen('my YP is missing')`. */
export function screen(text: string, _options: ScreenOptions = {}): Screening {
  return { urgent: false, riskTopic: false, personalData: [], redacted: text };
}
