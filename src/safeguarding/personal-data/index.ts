/**
 * Personal data: the one public entry point. Finds names, addresses, dates of birth, NHS and NI
 * numbers, postcodes, phones, emails and case references in free text (pure), and redacts them.
 * Findings hold offsets only: never log, store or echo the matched text; store `redact(text)`.
 *
 *   redact('re jayden okoro dob 03/04/2015, what applies?') → 're [name] dob [date of birth], what applies?'
 */
export type { PersonalDataFinding, PersonalDataKind, PersonalDataOptions } from './types.js';
export { casePatterns, detectPersonalData, PLACEHOLDERS, PLACEHOLDER_SOURCE, redact, withoutPlaceholders } from './detect.js';
export { PERSONAL_DATA_REMINDER } from './copy.js';
