/** Commands and card submit actions of this feature, merged into the commands table in src/conversation/commands.ts. */
import type { Command, SubmitAction } from '../conversation/deps.js';

export const commands: Command[] = [];
export const submitActions: SubmitAction[] = [];
