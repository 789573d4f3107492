/**
 * The privacy card (what is stored, for how long, who can see it) and the `forget me` confirmation
 * card; the commands that show them live in src/privacy/commands.ts.
 */
import type { Config } from '../config.js';
import { renderCard } from './render.js';

export interface PrivacyView {
  [key: string]: unknown;
  speak: string;
  intro: string;
  stored: { what: string; detail: string }[];
  neverStored: string;
  whoSees: string;
  forget: string;
  footnote: string;
}

/** View model for adaptive-cards/privacy.json; `about` may reuse `stored` and `neverStored`. */
export function privacyView(config: Pick<Config, 'insightsRetentionDays'>): PrivacyView {
  const days = config.insightsRetentionDays;
  const neverStored = 'the text of your messages, names or case details you type. If a message carries a name, date of birth, address, phone, NHS or NI number, I remove it before anything is kept.';
  return {
    speak: `What the Practice Guide keeps. Never the text of your messages, except questions I could not answer clearly, with names and details removed, deleted after ${days} days. Type forget me to delete your records.`,
    intro: 'I keep as little as I can, and never your name: wherever I need to know it is you, I keep a scrambled code (a salted hash) instead.',
    stored: [
      { what: 'Questions (insights)', detail: `For each question: the time, the organisation, whether it was answered, which entry and how confident I was. For a question I could not answer, or answered only with 'did you mean', the question itself with names and details removed. Deleted after ${days} days.` },
      // Feedback has no retention limit in the code (only insights records are purged, after INSIGHTS_RETENTION_DAYS): say so.
      { what: 'Feedback', detail: 'Whether an answer helped, and any comment with names and details removed. Rating the same answer again replaces it. Kept until you type forget me: it is not deleted after a set time.' },
      { what: 'Your choices', detail: 'The organisation you chose, your induction progress and whether you share it. Kept until you change them or type forget me.' },
      { what: 'Daily prompts', detail: 'Which chat or team asked for them and when. Kept until they are turned off or the app is removed there.' },
    ],
    neverStored,
    whoSees: 'The guidance owners named by your organisation see totals, questions I could not answer clearly (with details removed) and ratings, never who asked. The people who run this service can read the stored records to keep it working.',
    forget: 'type **forget me** and I will delete your questions, feedback, choices and induction progress.',
    footnote: 'From the Practice Guide team, not from the guidance.',
  };
}

/** The rendered privacy card. */
export function privacyCard(config: Pick<Config, 'insightsRetentionDays'>): Record<string, unknown> {
  return renderCard('privacy', privacyView(config));
}

/** The confirmation card `forget me` shows first (buttons submit action "forgetMe"). */
export function forgetConfirmCard(): Record<string, unknown> {
  const body = 'This deletes the questions I recorded from you, your feedback ratings and comments, the organisation you chose and your induction progress. Totals already counted in reports stay, without you in them.';
  return renderCard('forget-confirm', {
    speak: `Delete what I keep about you? ${body} Choose yes or no.`,
    body,
    warning: 'This cannot be undone.',
  });
}
