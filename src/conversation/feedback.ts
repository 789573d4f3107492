/** Feedback on an answer: one record per user per entry at feedback/<entryId>/<userHash>; a second click updates it. */
import { update } from '../storage/port.js';
import type { Deps } from '../kernel/deps.js';
import { redactComment } from '../safeguarding/screen.js';

/** Longest comment kept (the card's input allows 500); longer data is treated as tampered. */
export const MAX_COMMENT_CHARS = 1000;

export interface FeedbackRecord {
  [key: string]: unknown;
  entryId: string;
  helpful: boolean;
  /** Epoch ms of the latest click. */
  at: number;
  /** Salted hash of the user. */
  user: string;
  /** Redacted comment, when one was given. */
  comment?: string;
}

/** Storage key of one user's feedback on one entry. */
export function feedbackKey(deps: Pick<Deps, 'hash'>, entryId: string, userId: string): string {
  return `feedback/${entryId}/${deps.hash(userId)}`;
}

/** Saves (or updates) a rating; a comment is stored only after redaction. Returns what was stored. */
export async function saveFeedback(deps: Deps, userId: string, entryId: string, helpful: boolean, comment?: string): Promise<FeedbackRecord> {
  const user = deps.hash(userId);
  const cleaned = comment?.trim() ? redactComment(deps, comment.trim()) : undefined;
  const stored = await update<FeedbackRecord>(deps.storage, feedbackKey(deps, entryId, userId), (old) => {
    const next: FeedbackRecord = { entryId, helpful, at: deps.now(), user };
    const keep = cleaned ?? (typeof old?.comment === 'string' ? old.comment : undefined);
    if (keep) next.comment = keep;
    return next;
  });
  return stored!;
}

/** Every stored rating of an entry (one per user). */
export async function feedbackFor(deps: Deps, entryId: string): Promise<FeedbackRecord[]> {
  const keys = await deps.storage.list(`feedback/${entryId}/`);
  const items = await deps.storage.read(keys);
  return keys.map((k) => items[k] as unknown as FeedbackRecord).filter(Boolean);
}
