/** The daily command's card-driven parts: asking which organisation, posting one now, and "Discuss in thread". */
import type { Deps } from '../kernel/deps.js';
import type { TurnInput, TurnOutput } from '../kernel/types.js';
import { renderCard } from '../cards/render.js';
import { MAX_ACTIONS_PER_SET } from '../cards/validate.js';
import { promptMessage } from './card.js';
import { describeTiming } from './replies.js';
import { newRotation, nextEntry, promptEntries } from './rotation.js';
import type { Days } from './schedule.js';
import { channelConversationId, readSubscription, takeNextEntry } from './subscriptions.js';

/** A card with one button per organisation; pressing one subscribes with the timing asked for. */
export function askOrganisation(deps: Pick<Deps, 'kb'>, want: { time: string; days: Days }): TurnOutput {
  const orgs = deps.kb.organisations.map((o) => ({ id: o.id, name: o.name }));
  const groups: { items: typeof orgs }[] = [];
  for (let i = 0; i < orgs.length; i += MAX_ACTIONS_PER_SET) groups.push({ items: orgs.slice(i, i + MAX_ACTIONS_PER_SET) });
  const card = renderCard('prompt-organisation', { groups, time: want.time, days: want.days, timing: describeTiming(want.time, want.days) });
  // The card's heading asks the question; the same words as message text would show it twice.
  return { messages: [{ card }] };
}

/** `daily now`: posts the channel's next entry at once (advancing its rotation when subscribed). */
export async function postNow(deps: Deps, input: TurnInput, named?: string): Promise<TurnOutput> {
  const conv = deps.hash(channelConversationId(input.conversationId));
  const sub = await readSubscription(deps.storage, conv);
  const active = sub?.status === 'active' ? sub : undefined;
  const organisation = named ?? active?.organisation ?? (deps.kb.organisationById.has(deps.config.defaultOrganisation) ? deps.config.defaultOrganisation : undefined);
  if (!organisation) return askOrganisationForNow(deps);
  const entries = promptEntries(deps.kb.entries, organisation);
  // A subscribed channel's rotation advances in one conditional update (concurrent presses each get their own entry);
  // otherwise a day-seeded rotation is read without being stored.
  const taken = active?.organisation === organisation ? await takeNextEntry(deps.storage, conv, organisation, entries) : undefined;
  const pick = taken ? { entry: taken } : nextEntry({ ...newRotation(), cycle: Math.floor(deps.now() / 86_400_000) }, entries, conv);
  if (!pick.entry) return { messages: [{ text: 'I have no guidance to post for that organisation yet.' }] };
  deps.logger.info({ conv, entry: pick.entry.id }, 'daily prompt posted on request');
  return { messages: [promptMessage(deps, pick.entry)] };
}

function askOrganisationForNow(deps: Deps): TurnOutput {
  const names = deps.kb.organisations.map((o) => o.shortName.toLowerCase()).join(', ');
  return { messages: [{ text: `Which organisation? Type **daily now** followed by one of: ${names}.` }] };
}

/** "Discuss in thread": a reply in the prompt's thread that invites the team to talk about it. */
export async function discuss(deps: Deps, input: TurnInput, entryId: string): Promise<TurnOutput> {
  const entry = deps.kb.entryById.get(entryId);
  if (!entry) return { messages: [{ text: 'That passage is no longer in the guide, but you can still talk about it here.' }] };
  deps.logger.info({ conv: deps.hash(channelConversationId(input.conversationId)), entry: entry.id }, 'daily prompt discussion opened');
  return {
    messages: [{
      text: `Let's talk about **${entry.title}** in this thread. What does it look like in your work with children and families this week? ` +
        'Reply here to share an example or a question. To ask me something, @mention me in this thread.',
    }],
  };
}
