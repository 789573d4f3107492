/** The `insights` command of this feature, merged into the commands table in src/conversation/commands.ts. */
import type { Command, SubmitAction } from '../../conversation/deps.js';
import { runInsights } from './command.js';

export const commands: Command[] = [
  {
    name: 'insights', args: '[7d|30d]', description: 'For guidance owners: what staff asked this week, what went unanswered, and a CSV',
    example: 'insights 30d', scopes: ['personal'], listed: false,
    run: runInsights,
  },
];

/** The CSV's accept/decline arrives as a fileConsent invoke (handleFileConsent), not as a card submit. */
export const submitActions: SubmitAction[] = [];
