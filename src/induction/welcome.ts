/** Greets people who join a team (when the team turned `induction welcome on`) in a personal chat. */
import type { Deps } from '../kernel/deps.js';
import { EMPTY_OUTPUT, type TurnInput, type TurnOutput } from '../kernel/types.js';
import { welcomeCard } from './panels.js';
import { rememberMember } from './store.js';
import { welcomeOn } from './team.js';

/** Handles TurnKind 'membersAdded': records members (hashes only) and, if the team wants it, offers each the induction. */
export async function onMembersAdded(deps: Deps, input: TurnInput): Promise<TurnOutput> {
  const botId = (input.ref.bot as { id?: string } | undefined)?.id;
  const members = (input.members ?? []).filter((m) => m.id && m.id !== botId);
  if (!input.teamId || members.length === 0) return EMPTY_OUTPUT;
  for (const m of members) await rememberMember(deps, input.teamId, m.id);
  if (!(await welcomeOn(deps, input.teamId)) || !deps.notifier.sendToUser) return EMPTY_OUTPUT;
  for (const m of members) {
    try {
      await deps.notifier.sendToUser(input.ref, { id: m.id, aadObjectId: m.aadObjectId }, { card: welcomeCard(m.name) });
      deps.logger.info({ event: 'induction', op: 'welcome-sent', team: deps.hash(input.teamId), user: deps.hash(m.id), outcome: 'sent' });
    } catch (err) {
      deps.logger.warn({ event: 'induction', op: 'welcome-sent', team: deps.hash(input.teamId), user: deps.hash(m.id), outcome: 'failed', status: (err as { status?: number }).status });
    }
  }
  return EMPTY_OUTPUT;
}
