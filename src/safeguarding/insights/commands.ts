/** The `insights` command and the CSV's file-consent route: this feature's rows of the kernel's tables, registered by src/app/tables.ts. */
import type { Command, Route, SubmitAction } from '../../kernel/deps.js';
import { byKind } from '../../kernel/handle.js';
import { runInsights } from './command.js';
import { handleFileConsent } from './file-consent.js';

export const commands: Command[] = [
  {
    name: 'insights', args: '[7d|30d]', description: 'For guidance owners: what staff asked this week, what went unanswered, and a CSV',
    example: 'insights 30d', scopes: ['personal'], listed: false,
    run: runInsights,
  },
];

/** The CSV's accept/decline arrives as a fileConsent invoke (handleFileConsent), not as a card submit. */
export const submitActions: SubmitAction[] = [];

/** The CSV offer's accept/decline (fileConsent/invoke). */
export const routes: Route[] = [{ name: 'fileConsent', select: byKind('fileConsent'), handle: handleFileConsent }];
