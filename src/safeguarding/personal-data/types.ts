/** Shapes shared by the personal-data detectors. Findings carry offsets only, never the text. */

export type PersonalDataKind =
  | 'name' | 'address' | 'date-of-birth' | 'nhs-number' | 'ni-number' | 'postcode' | 'phone' | 'email' | 'case-reference';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** Character offsets in the original text. Never log or echo the text itself. */
  start: number;
  end: number;
  confidence: number;
}

/** A detector's raw finding (same shape as a finding; detectors merge them). */
export type Span = PersonalDataFinding;

/** Options every detector entry point takes. */
export interface PersonalDataOptions {
  /** Extra case/client reference patterns from configuration. */
  caseReferencePatterns?: RegExp[];
  /** Extra lower-case words never taken for names (for example the knowledge base's own terms). */
  knownTerms?: ReadonlySet<string>;
}
