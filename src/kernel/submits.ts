/**
 * Card submits, dispatched through the submits table (`deps.tables.submits`) by data.action. Data
 * comes from the user's client and may be old, missing or tampered: anything malformed gets a kind
 * reply and changes nothing; each action checks its own fields.
 */
import type { Deps, Route } from './deps.js';
import { byKind } from './handle.js';
import { REPLIES, say } from './replies.js';
import type { TurnInput, TurnOutput } from './types.js';

/** Action names are short words; anything longer did not come from our cards. */
const MAX_ACTION_CHARS = 40;

/** Handles TurnKind 'submit': routes by data.action, refusing anything malformed. */
export async function onSubmit(deps: Deps, input: TurnInput): Promise<TurnOutput> {
  const data = input.value;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return say(REPLIES.badSubmit);
  const action = (data as Record<string, unknown>).action;
  if (typeof action !== 'string' || action.length > MAX_ACTION_CHARS) return say(REPLIES.badSubmit);
  const handler = deps.tables.submits.find((a) => a.name === action);
  if (!handler) {
    deps.logger.info({ event: 'submit', outcome: 'unknown_action', user: deps.hash(input.userId) }, 'unknown submit action');
    return say(REPLIES.badSubmit);
  }
  deps.logger.info({ event: 'submit', action, user: deps.hash(input.userId) }, 'submit');
  return handler.run(deps, input, data as Record<string, unknown>);
}

/** The kernel's own route: card submits go to the submits table. */
export const submitRoute: Route = { name: 'submit', select: byKind('submit'), handle: onSubmit };
