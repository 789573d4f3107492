/** Installation: a welcome card once per conversation; removal: delete what was stored for that conversation and team. */
import { welcomeCard } from '../cards/info.js';
import { NEW_ONLY, isConflict } from '../storage/port.js';
import type { Deps } from '../kernel/deps.js';
import { show } from '../kernel/replies.js';
import { EMPTY_OUTPUT, type TurnInput, type TurnOutput } from '../kernel/types.js';

/** Prefix of everything stored for a conversation. */
export function convPrefix(deps: Pick<Deps, 'hash'>, conversationId: string): string {
  return `conv/${deps.hash(conversationId)}/`;
}

/** Prefix of everything stored for a team. */
export function teamPrefix(deps: Pick<Deps, 'hash'>, teamId: string): string {
  return `team/${deps.hash(teamId)}/`;
}

/**
 * Handles TurnKind 'installed'. Teams sends both installationUpdate and conversationUpdate on
 * install, so a create-only marker makes sure the welcome card goes out once.
 */
export async function onInstalled(deps: Deps, input: TurnInput): Promise<TurnOutput> {
  const marker = `${convPrefix(deps, input.conversationId)}welcomed`;
  try {
    await deps.storage.write({ [marker]: { at: deps.now(), eTag: NEW_ONLY } });
  } catch (err) {
    if (isConflict(err)) return EMPTY_OUTPUT;
    throw err;
  }
  deps.logger.info({ event: 'installed', scope: input.scope, conversation: deps.hash(input.conversationId) }, 'installed');
  return show(welcomeCard(deps, input.scope, deps.config.defaultOrganisation || undefined));
}

/** Handles TurnKind 'uninstalled': deletes every key under conv/<hash>/ and, for a team, team/<hash>/. */
export async function onUninstalled(deps: Deps, input: TurnInput): Promise<TurnOutput> {
  const prefixes = [convPrefix(deps, input.conversationId), convPrefix(deps, input.conversationId.split(';messageid=')[0])];
  if (input.teamId) {
    const team = teamPrefix(deps, input.teamId);
    // Each channel of the team that subscribed to daily prompts left a row team/<hash>/daily/<conv hash>.
    const rows = await deps.storage.list(`${team}daily/`);
    for (const row of rows) prefixes.push(`conv/${row.slice(`${team}daily/`.length)}/`);
    prefixes.push(team);
  }
  let deleted = 0;
  for (const prefix of prefixes) {
    const keys = await deps.storage.list(prefix);
    if (keys.length) await deps.storage.delete(keys);
    deleted += keys.length;
  }
  deps.logger.info({ event: 'uninstalled', scope: input.scope, conversation: deps.hash(input.conversationId), team: input.teamId ? deps.hash(input.teamId) : undefined, deleted }, 'uninstalled: stored data deleted');
  return EMPTY_OUTPUT;
}
