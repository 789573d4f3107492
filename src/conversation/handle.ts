/**
 * The core's one entry point: `handleTurn(deps, input)` routes a TurnInput through a table of
 * `{ select, handle }` routes and never throws. An unexpected error becomes a short kind reply
 * (no stack trace) and a logged error code.
 */
import { onMembersAdded } from '../induction/welcome.js';
import { handleExtensionQuery } from '../extension/query.js';
import { handleFileConsent } from '../safeguarding/insights/index.js';
import type { Deps } from './deps.js';
import { onInstalled, onUninstalled } from './lifecycle.js';
import { onMessage } from './message.js';
import { REPLIES } from './replies.js';
import { onSubmit } from './submits.js';
import { EMPTY_OUTPUT, type TurnInput, type TurnKind, type TurnOutput } from './types.js';

export interface Route {
  name: string;
  select(input: TurnInput): boolean;
  handle(deps: Deps, input: TurnInput): Promise<TurnOutput>;
}

/**
 * composeExtension/selectItem: the "Find guidance" results carry their whole card inline, so Teams has
 * nothing to ask for; answer the invoke politely rather than leave it unanswered.
 */
async function onSelectItem(): Promise<TurnOutput> {
  return { messages: [], invokeResponse: { status: 200, body: {} } };
}

const kind = (k: TurnKind) => (input: TurnInput) => input.kind === k;

/** The routes, first match wins. */
export const ROUTES: Route[] = [
  { name: 'message', select: kind('message'), handle: onMessage },
  { name: 'submit', select: kind('submit'), handle: onSubmit },
  { name: 'installed', select: kind('installed'), handle: onInstalled },
  { name: 'uninstalled', select: kind('uninstalled'), handle: onUninstalled },
  { name: 'membersAdded', select: kind('membersAdded'), handle: onMembersAdded },
  { name: 'query', select: kind('query'), handle: handleExtensionQuery },
  { name: 'selectItem', select: kind('selectItem'), handle: onSelectItem },
  { name: 'fileConsent', select: kind('fileConsent'), handle: handleFileConsent },
];

/** Handles one turn: `await handleTurn(deps, makeTurn({ text: 'help' }))`. Never throws. */
export async function handleTurn(deps: Deps, input: TurnInput): Promise<TurnOutput> {
  const route = ROUTES.find((r) => r.select(input));
  if (!route) return EMPTY_OUTPUT;
  try {
    return await route.handle(deps, input);
  } catch (err) {
    const e = err as { code?: unknown; name?: unknown };
    deps.logger.error({
      code: 'turn_failed', route: route.name, cause: typeof e?.code === 'string' ? e.code : String(e?.name ?? 'unknown'),
      user: deps.hash(input.userId), conversation: deps.hash(input.conversationId),
    }, 'turn failed');
    const invoke = input.kind === 'query' || input.kind === 'selectItem' || input.kind === 'fileConsent';
    return invoke ? { messages: [], invokeResponse: { status: 500 } } : { messages: [{ text: REPLIES.error }] };
  }
}
