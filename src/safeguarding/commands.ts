/** Commands and card submit actions of this feature, merged into the commands table in src/conversation/commands.ts. */
import type { Command, SubmitAction } from '../conversation/deps.js';
import { runInsights } from './insights-command.js';
import { forgetConfirmCard, forgetMeSubmit, privacyCard } from './privacy.js';

export const commands: Command[] = [
  {
    name: 'insights', args: '[7d|30d]', description: 'For guidance owners: what staff asked this week, what went unanswered, and a CSV',
    example: 'insights 30d', scopes: ['personal'], listed: false,
    run: runInsights,
  },
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
