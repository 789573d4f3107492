/** Commands and card submit actions of this feature, registered in the kernel's tables by src/app/tables.ts. */
import type { Command, Deps, SubmitAction } from '../kernel/deps.js';
import type { TurnInput, TurnOutput } from '../kernel/types.js';
import { canChangeTeamSettings } from '../kernel/permissions.js';
import { parseDaily } from './parse.js';
import { describeTiming, endedReason, USAGE, usageFor } from './replies.js';
import { DEFAULT_TIME, EARLIEST_TIME, LATEST_TIME, formatUk, londonParts, nextPostAt, parseTime, addDays, type Days } from './schedule.js';
import { channelConversationId, endSubscription, postingRef, readSubscription, saveSubscription } from './subscriptions.js';
import { holidaysFor } from './scheduler.js';
import { askOrganisation, postNow, discuss } from './actions.js';

const say = (...texts: string[]): TurnOutput => ({ messages: texts.map((text) => ({ text })) });
const SCOPES_TEXT = 'Daily prompts work in a team channel or a group chat. Add me to a team and type **daily on** in a channel.';

/** Hash of the channel (or chat) this turn belongs to: the subscription's key. */
export function convHash(deps: Pick<Deps, 'hash'>, input: Pick<TurnInput, 'conversationId'>): string {
  return deps.hash(channelConversationId(input.conversationId));
}

/** Says who changed the setting (required when anyone may change it, so the change is visible to all). */
function byWhom(deps: Deps, input: TurnInput): string {
  if (input.userName) return ` Changed by ${input.userName}.`;
  return deps.config.teamSettingsRule === 'anyone' ? ' Changed by a member of this conversation.' : '';
}

/** Subscribes (or changes) this conversation; asks which organisation when none is known. */
export async function turnOn(deps: Deps, input: TurnInput, want: { time?: string; days?: Days; organisation?: string }): Promise<TurnOutput> {
  const conv = convHash(deps, input);
  const existing = await readSubscription(deps.storage, conv);
  const current = existing?.status === 'active' ? existing : undefined;
  const organisation = want.organisation ?? current?.organisation ?? (deps.kb.organisationById.has(deps.config.defaultOrganisation) ? deps.config.defaultOrganisation : undefined);
  const time = want.time ?? current?.time ?? DEFAULT_TIME;
  const days = want.days ?? current?.days ?? 'weekdays';
  if (!organisation) return askOrganisation(deps, { time, days });
  const now = deps.now();
  const today = londonParts(now);
  const startDate = today.time >= time && existing?.lastPostDate !== today.date ? addDays(today.date, 1) : undefined;
  // A row under the team's prefix, so removing the bot from the team finds every channel's subscription;
  // written before the subscription, so no crash leaves a subscription that removal cannot find.
  if (input.teamId) await deps.storage.write({ [`team/${deps.hash(input.teamId)}/daily/${conv}`]: { conv, eTag: '*' } });
  const sub = await saveSubscription(deps.storage, conv, {
    ref: postingRef(input.ref), organisation, time, days, changedBy: deps.hash(input.userId), changedAt: now, startDate,
  });
  const next = nextPostAt(sub, now, holidaysFor(deps));
  const org = deps.kb.organisationById.get(organisation);
  deps.logger.info({ conv, organisation, time, days, user: deps.hash(input.userId) }, 'daily prompts on');
  return say(
    `Daily principle prompts are on here: ${describeTiming(time, days)}, from ${org?.name ?? organisation}'s guidance.` +
    (next ? ` Next post: ${formatUk(next)}.` : '') + ' No posts on bank holidays in England and Wales.' + byWhom(deps, input),
  );
}

async function status(deps: Deps, input: TurnInput): Promise<TurnOutput> {
  const sub = await readSubscription(deps.storage, convHash(deps, input));
  if (!sub) return say(`Daily principle prompts are off in this conversation.\n\n${USAGE}`);
  if (sub.status === 'ended') return say(`Daily principle prompts are off here: ${endedReason(sub.endedReason)}`);
  const next = nextPostAt(sub, deps.now(), holidaysFor(deps));
  const org = deps.kb.organisationById.get(sub.organisation);
  return say(
    `Daily principle prompts are on here: ${describeTiming(sub.time, sub.days)}, from ${org?.name ?? sub.organisation}'s guidance. ` +
    (next ? `Next post: ${formatUk(next)}.` : 'No post is scheduled in the next few weeks.') +
    ' No posts on bank holidays in England and Wales. Change it with **daily on …**, stop with **daily off**.',
  );
}

async function turnOff(deps: Deps, input: TurnInput): Promise<TurnOutput> {
  const conv = convHash(deps, input);
  const sub = await readSubscription(deps.storage, conv);
  if (!sub || sub.status !== 'active') return say('Daily principle prompts were already off here.');
  await endSubscription(deps.storage, conv, 'off', deps.now(), deps.hash(input.userId));
  deps.logger.info({ conv, user: deps.hash(input.userId) }, 'daily prompts off');
  return say(`Daily principle prompts are off here. Turn them on again with **daily on**.${byWhom(deps, input)}`);
}

/** Runs `daily …` in a channel or group chat. */
async function runDaily(deps: Deps, input: TurnInput, args: string): Promise<TurnOutput> {
  if (input.scope === 'personal') return say(SCOPES_TEXT);
  const cmd = parseDaily(args, deps.kb.organisations);
  if (cmd.op === 'error') return say(usageFor(cmd, deps.kb.organisations.map((o) => o.shortName)));
  if (cmd.op === 'status') return status(deps, input);
  const permission = await canChangeTeamSettings(deps, input);
  if (!permission.allowed) return say(permission.reason ?? 'You cannot change this here.');
  if (cmd.op === 'off') return turnOff(deps, input);
  if (cmd.op === 'now') return postNow(deps, input, cmd.organisation);
  return turnOn(deps, input, cmd);
}

/** Card submits: {action:'daily', op:'org'|'discuss', …}. Untrusted data, checked field by field. */
async function runSubmit(deps: Deps, input: TurnInput, data: Record<string, unknown>): Promise<TurnOutput> {
  if (data.op === 'discuss') return discuss(deps, input, typeof data.entryId === 'string' ? data.entryId : '');
  if (data.op !== 'org' || input.scope === 'personal') return say(USAGE);
  const organisation = typeof data.organisation === 'string' && deps.kb.organisationById.has(data.organisation) ? data.organisation : undefined;
  const time = typeof data.time === 'string' ? parseTime(data.time) : undefined;
  const days = data.days === 'everyday' || data.days === 'weekdays' ? data.days : undefined;
  if (!organisation) return askOrganisation(deps, { time: time ?? DEFAULT_TIME, days: days ?? 'weekdays' });
  const permission = await canChangeTeamSettings(deps, input);
  if (!permission.allowed) return say(permission.reason ?? 'You cannot change this here.');
  const okTime = time && time >= EARLIEST_TIME && time <= LATEST_TIME ? time : undefined;
  return turnOn(deps, input, { organisation, time: okTime, days });
}

export const commands: Command[] = [{
  name: 'daily',
  aliases: ['daily prompt', 'principle of the day'],
  description: 'A principle of the day in this channel: daily on, daily off, daily status, daily now',
  args: 'on [HH:MM] [weekdays|every day] [organisation] | off | status | now',
  example: 'daily on 09:30 weekdays',
  scopes: ['channel', 'groupChat'],
  listed: true,
  run: runDaily,
}];

export const submitActions: SubmitAction[] = [{ name: 'daily', run: runSubmit }];
