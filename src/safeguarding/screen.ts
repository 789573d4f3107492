/**
 * Safeguarding pieces every capability that reads user text needs (answering, the message extension,
 * the tab), in one place: screening (urgent risk and personal data) with the knowledge base's terms
 * known, the urgent card, the duty-contact pointer for risk topics, the personal-data reminder and
 * comment redaction (each from its capability folder's index.ts under src/safeguarding).
 */
import type { Config } from '../config.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import {
  casePatterns, detectPersonalData, PERSONAL_DATA_REMINDER, PLACEHOLDER_SOURCE, redact, withoutPlaceholders,
  type PersonalDataFinding, type PersonalDataOptions,
} from './personal-data/index.js';
import { assessUrgency, dutyPointer, urgentCard as safeguardingUrgentCard } from './urgent/index.js';
import type { Deps } from '../kernel/deps.js';

export interface Screening {
  /** Describes immediate risk now: show the urgent card first, then answer any question it holds. */
  urgent: boolean;
  /** A guidance question about risk ("what do we do when a child is at risk?"): answer it and add a pointer to duty contacts. */
  riskTopic: boolean;
  personalData: PersonalDataFinding[];
  /** The text with every finding replaced by a placeholder such as [name]; safe to store for insights. */
  redacted: string;
}

/** Screens text for urgent risk and personal data: `screen('my YP is missing')`. Pure; findings hold offsets only. */
export function screen(text: string, options: PersonalDataOptions = {}): Screening {
  const personalData = detectPersonalData(text, options);
  const redacted = redact(text, personalData);
  // Urgency is judged on the words around the details, not the details: names and phone numbers are
  // common in urgent training messages, so on their own they must not tip a question into an alert.
  const withoutDetails = personalData.length ? withoutPlaceholders(redacted) : text;
  const { urgent, riskTopic } = assessUrgency(withoutDetails);
  return { urgent, riskTopic, personalData, redacted };
}

export { PLACEHOLDER_SOURCE };

/** The kind reminder added when a message carried personal data (safeguarding's wording). */
export const PERSONAL_DATA_NOTICE = PERSONAL_DATA_REMINDER;

const knownTermsCache = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/** Lower-case words of the guide (titles, keywords, organisation names) that are never taken for people's names. */
export function knownTerms(kb: KnowledgeBase): ReadonlySet<string> {
  let terms = knownTermsCache.get(kb);
  if (!terms) {
    const words = new Set<string>();
    const add = (s: string) => s.toLowerCase().split(/[^a-z0-9']+/).filter(Boolean).forEach((w) => words.add(w));
    for (const e of kb.entries) [e.title, ...e.keywords].forEach(add);
    for (const o of kb.organisations) [o.name, o.shortName, ...o.aliases].forEach(add);
    terms = words;
    knownTermsCache.set(kb, terms);
  }
  return terms;
}

/** Screens a message with the knowledge base's terms known. */
export function screenText(deps: Pick<Deps, 'kb'> & { config?: Readonly<Config> }, text: string): Screening {
  return screen(text, { knownTerms: knownTerms(deps.kb), caseReferencePatterns: deps.config ? casePatterns(deps.config) : [] });
}

/** Removes personal data from free text (feedback comments) before it is stored. */
export function redactComment(deps: Pick<Deps, 'kb'> & { config?: Readonly<Config> }, text: string): string {
  return redact(text, { knownTerms: knownTerms(deps.kb), caseReferencePatterns: deps.config ? casePatterns(deps.config) : [] });
}

/** The one-line pointer to duty contacts added to answers about risk (safeguarding's wording). */
export function riskPointer(config: Readonly<Config>, organisation?: string): string {
  return dutyPointer(config, organisation);
}

/** Renders the urgent card (safeguarding's) for an organisation. */
export async function urgentCard(deps: Pick<Deps, 'config'>, organisation?: string): Promise<Record<string, unknown>> {
  return safeguardingUrgentCard(deps.config, organisation);
}

/**
 * Words that label a detail ("dob", "NHS no", "mum on") and the placeholder redaction put in its place.
 * They say nothing about the guidance question, and would only dilute the search.
 */
const LABELLED_PLACEHOLDER = new RegExp(String.raw`(?:\b(?:re|dob|d\.o\.b|born(?: on)?|nhs(?: no| number)?|ni(?: no| number)?|tel|phone|mobile|mob|e-?mail|address|postcode|ref(?:erence)?|case(?: ref)?|lives at|at|on|is|mum|dad|carer|called|named|child)\b[\s:.,#-]*)*` + PLACEHOLDER_SOURCE + String.raw`[\s:.,;-]*`, 'gi');

/** The redacted question as the engine should see it: placeholders and their labels removed (`re [name] dob [date of birth] - how…` → `how…`). */
export function searchableText(redacted: string): string {
  return redacted.replace(LABELLED_PLACEHOLDER, ' ').replace(/\s+/g, ' ').replace(/^[\s,;:.-]+/, '').trim();
}
