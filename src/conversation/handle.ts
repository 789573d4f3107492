/**
 * The core's one entry point: `handleTurn(deps, input)` routes a TurnInput through a table of
 * `{ select, handle }` routes and never throws. An unexpected error becomes a short kind reply
 * (no stack trace) and a logged error code.
 */
import { onMembersAdded } from '../induction/welcome.js';
import { handleExtensionQuery } from '../extension/query.js';
import { handleFileConsent } from '../safeguarding/file-consent.js';
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

type Handler = (deps: Deps, input: TurnInput) => Promise<TurnOutput>;

/**
 * A handler exported by a feature module that may not exist yet, found once by name; an empty
 * output until it does. Used for composeExtension/selectItem
 * (no feature handles it yet) and the insights file consent (until safeguarding's lands).
 */
function optional(modulePath: string, exportName: string): Handler {
  let found: Promise<Handler | undefined> | undefined;
  return async (deps, input) => {
    found ??= import(new URL(modulePath, import.meta.url).href)
      .then((m: Record<string, unknown>) => (typeof m[exportName] === 'function' ? (m[exportName] as Handler) : undefined))
      .catch(() => undefined);
    const handler = await found;
    return handler ? handler(deps, input) : EMPTY_OUTPUT;
  };
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
  { name: 'selectItem', select: kind('selectItem'), handle: optional('../extension/select.js', 'handleExtensionSelect') },
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
