/**
 * `privacy` (what is stored, for how long, who can see it) and `forget me` (delete one user's
 * records after a confirmation button; forget.ts finds every record holding the user's hash):
 * this capability's rows of the commands and submits tables, registered by src/app/tables.ts.
 */
import { forgetConfirmCard, privacyCard } from '../cards/privacy.js';
import type { Command, SubmitAction } from '../kernel/deps.js';
import { forgetMeSubmit } from './forget.js';

/** `privacy` and `forget me` (which asks first). */
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

/** The `forget me` confirmation button. */
export const submitActions: SubmitAction[] = [
  { name: 'forgetMe', run: forgetMeSubmit },
];
