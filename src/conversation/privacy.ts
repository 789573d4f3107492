/**
 * `privacy` (what is stored, for how long, who can see it) and `forget me` (delete one user's
 * records after a confirmation button). Keys hold hashed ids only, so a user's records are
 * found by their hash: user/<h>/…, feedback/<entry>/<h>, team/<t>/…/<h>, and insights rows.
 */
import type { Config } from '../config.js';
import { renderCard } from '../cards/render.js';
import { INSIGHTS_PREFIX } from '../safeguarding/insights/index.js';
import type { Command, Deps, SubmitAction } from './deps.js';
import type { TurnInput, TurnOutput } from './types.js';

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
    speak: `What the Practice Guide keeps. Never the text of your messages, except unanswered questions with names and details removed, deleted after ${days} days. Type forget me to delete your records.`,
    intro: 'I keep as little as I can, and never your name: wherever I need to know it is you, I keep a scrambled code (a salted hash) instead.',
    stored: [
      { what: 'Questions (insights)', detail: `For each question: the time, the organisation, whether it was answered, which entry and how confident I was. For a question I could not answer, the question itself with names and details removed. Deleted after ${days} days.` },
      // Feedback has no retention limit in the code (only insights records are purged, after INSIGHTS_RETENTION_DAYS): say so.
      { what: 'Feedback', detail: 'Whether an answer helped, and any comment with names and details removed. Rating the same answer again replaces it. Kept until you type forget me: it is not deleted after a set time.' },
      { what: 'Your choices', detail: 'The organisation you chose, your induction progress and whether you share it. Kept until you change them or type forget me.' },
      { what: 'Daily prompts', detail: 'Which chat or team asked for them and when. Kept until they are turned off or the app is removed there.' },
    ],
    neverStored,
    whoSees: 'The guidance owners named by your organisation see totals, unanswered questions (with details removed) and ratings, never who asked. The people who run this service can read the stored records to keep it working.',
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

/** Every storage key that belongs to the user with this hash. */
export async function keysOfUser(deps: Pick<Deps, 'storage'>, userHash: string): Promise<string[]> {
  const keys = new Set(await deps.storage.list(`user/${userHash}/`));
  for (const k of await deps.storage.list('feedback/')) if (k.endsWith(`/${userHash}`)) keys.add(k);
  for (const k of await deps.storage.list('team/')) if (k.endsWith(`/${userHash}`)) keys.add(k);
  const insightKeys = await deps.storage.list(INSIGHTS_PREFIX);
  for (let i = 0; i < insightKeys.length; i += 100) {
    const items = await deps.storage.read(insightKeys.slice(i, i + 100));
    for (const [k, v] of Object.entries(items)) if (v.user === userHash) keys.add(k);
  }
  return [...keys];
}

/** Deletes every record of a user; returns how many keys went. */
export async function forgetUser(deps: Pick<Deps, 'storage' | 'hash' | 'logger'>, input: Pick<TurnInput, 'userId' | 'aadObjectId'>): Promise<number> {
  const hashes = new Set([deps.hash(input.userId), ...(input.aadObjectId ? [deps.hash(input.aadObjectId)] : [])]);
  let deleted = 0;
  for (const h of hashes) {
    const keys = await keysOfUser(deps, h);
    for (let i = 0; i < keys.length; i += 100) await deps.storage.delete(keys.slice(i, i + 100));
    deleted += keys.length;
  }
  deps.logger.info({ code: 'forget_me', user: deps.hash(input.userId), deleted }, 'user records deleted');
  return deleted;
}

/** Runs the confirmed (or cancelled) forget-me submit. */
export async function forgetMeSubmit(deps: Deps, input: TurnInput, data: Record<string, unknown>): Promise<TurnOutput> {
  if (data.confirm !== true) return { messages: [{ text: 'OK, I haven\u2019t deleted anything.' }] };
  const deleted = await forgetUser(deps, input);
  const text = deleted
    ? `Done: I deleted ${deleted} record${deleted === 1 ? '' : 's'} about you (questions, feedback, choices and induction progress). If you ask me something again, I\u2019ll start afresh.`
    : 'Done: I had no records about you to delete.';
  return { messages: [{ text }] };
}

/** The privacy commands, merged into the commands table (commands.ts). */
export const commands: Command[] = [
  {
    name: 'privacy', aliases: ['my data', 'data'], description: 'What I keep, for how long, and who can see it', example: 'privacy',
    scopes: ['personal', 'groupChat', 'channel'], listed: true,
    run: async (deps) => ({ messages: [{ card: privacyCard(deps.config) }] }),
  },
  {
    name: 'forget me', aliases: ['delete my data', 'forget my data'], description: 'Delete your questions, feedback and progress (asks first)', example: 'forget me',
    scopes: ['personal'], listed: true,
    run: async () => ({ messages: [{ card: forgetConfirmCard() }] }),
  },
];

export const submitActions: SubmitAction[] = [
  { name: 'forgetMe', run: forgetMeSubmit },
];
