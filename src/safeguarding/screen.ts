/**
 * Screens a message before anything else reads it. Pure. Combines urgent-risk detection
 * (urgent.ts) and personal-data detection (personal-data.ts); the findings hold offsets only.
 */
import { assessUrgency } from './urgent.js';
import { detectPersonalData, redact, withoutPlaceholders } from './personal-data.js';

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
  /** Extra lower-case words never taken for names (for example the knowledge base's terms). */
  knownTerms?: ReadonlySet<string>;
}

/** Screens text for urgent risk and personal data: `screen('my YP is missing')`. */
export function screen(text: string, options: ScreenOptions = {}): Screening {
  const personalData = detectPersonalData(text, options);
  const redacted = redact(text, personalData);
  // Urgency is judged on the words around the details, not the details: names and phone numbers are
  // common in urgent training messages, so on their own they must not tip a question into an alert.
  const withoutDetails = personalData.length ? withoutPlaceholders(redacted) : text;
  const { urgent, riskTopic } = assessUrgency(withoutDetails);
  return { urgent, riskTopic, personalData, redacted };
}
