/** The answering capability's rows of the routes table (typed messages, install and removal), registered by src/app/tables.ts. */
import type { Route } from '../kernel/deps.js';
import { byKind } from '../kernel/handle.js';
import { onInstalled, onUninstalled } from './lifecycle.js';
import { onMessage } from './message.js';

export const routes: Route[] = [
  { name: 'message', select: byKind('message'), handle: onMessage },
  { name: 'installed', select: byKind('installed'), handle: onInstalled },
  { name: 'uninstalled', select: byKind('uninstalled'), handle: onUninstalled },
];
