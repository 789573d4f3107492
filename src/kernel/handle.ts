/**
 * The core's one entry point: `handleTurn(deps, input)` routes a TurnInput through the routes table
 * (`deps.tables.routes`, rows of `{ select, handle }` registered by each capability) and never throws.
 * An unexpected error becomes a short kind reply (no stack trace) and a logged error code.
 */
import type { Deps } from './deps.js';
import { REPLIES } from './replies.js';
import { EMPTY_OUTPUT, type TurnInput, type TurnKind, type TurnOutput } from './types.js';

/** A route selector for one activity kind: `{ name: 'query', select: byKind('query'), handle }`. */
export function byKind(k: TurnKind): (input: TurnInput) => boolean {
  return (input) => input.kind === k;
}

/** Handles one turn: `await handleTurn(deps, makeTurn({ text: 'help' }))`. Never throws. */
export async function handleTurn(deps: Deps, input: TurnInput): Promise<TurnOutput> {
  const route = deps.tables.routes.find((r) => r.select(input));
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

/** Rows with the first of each name kept (`key` folds names that count as the same). */
export function firstByName<T extends { name: string }>(rows: readonly T[], key: (name: string) => string = (n) => n): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const k = key(r.name);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
