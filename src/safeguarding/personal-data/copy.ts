/** Our own words about personal data (marked as ours where they are shown). */

/** Kind reminder shown when a message carried personal data; never repeats what was found. */
export const PERSONAL_DATA_REMINDER =
  'A reminder: please don\u2019t share names or other case details here. I didn\u2019t keep them, and I can only answer general practice questions.';
