/**
 * Insights for guidance owners: one record per question asked.
 * STUB: the safeguarding work (issue 9) implements storage, retention and reports; the shape stays.
 */
import type { Deps } from '../conversation/deps.js';

export type QuestionOutcome = 'answered' | 'did-you-mean' | 'no-answer' | 'urgent' | 'personal-data' | 'ask-organisation';

export interface QuestionRecord {
  /** Epoch ms. */
  at: number;
  organisation?: string;
  outcome: QuestionOutcome;
  entryId?: string;
  confidence: number;
  /** Salted hash of the user. */
  user: string;
  /** Only for unanswered questions, and only after redaction (Screening.redacted). */
  redactedQuestion?: string;
  personalDataFound: boolean;
}

/** Records a question for insights; never throws (a storage fault is logged, not shown to the user). */
export async function recordQuestion(_deps: Deps, _record: QuestionRecord): Promise<void> {
  /* stub */
}
