/**
 * Registration: each capability exports its rows (commands, card submit actions, turn routes) and
 * the composition root assembles them into the kernel's tables, core rows first. The kernel imports
 * no capability; it dispatches on `deps.tables`.
 */
import * as answering from '../conversation/commands.js';
import * as answeringRoutes from '../conversation/routes.js';
import * as answeringSubmits from '../conversation/submits.js';
import * as extension from '../extension/query.js';
import * as induction from '../induction/commands.js';
import type { Tables } from '../kernel/deps.js';
import { firstByName } from '../kernel/handle.js';
import { submitRoute } from '../kernel/submits.js';
import * as privacy from '../privacy/commands.js';
import * as prompts from '../prompts/commands.js';
import * as insights from '../safeguarding/insights/index.js';

/** Builds the tables: commands and submits first name wins (commands case-insensitively), routes first match wins. */
export function assembleTables(): Tables {
  return Object.freeze({
    routes: [...answeringRoutes.routes, submitRoute, ...induction.routes, ...extension.routes, ...insights.routes],
    commands: firstByName([...answering.commands, ...induction.commands, ...prompts.commands, ...insights.commands, ...privacy.commands], (n) => n.toLowerCase()),
    submits: firstByName([...answeringSubmits.submitActions, ...induction.submitActions, ...prompts.submitActions, ...insights.submitActions, ...privacy.submitActions]),
  });
}

/** The app's tables, assembled once: `matchCommand(text, scope, TABLES.commands)`. */
export const TABLES: Tables = assembleTables();
