/**
 * Team-facing induction settings: personal consent to share progress (`induction share on|off`),
 * the team's welcome setting (`induction welcome on|off`) and the managers' view (`induction team`),
 * which lists only members who opted in and never shows check answers.
 */
import type { Deps } from '../kernel/deps.js';
import type { TurnInput, TurnOutput } from '../kernel/types.js';
import { canChangeTeamSettings } from '../kernel/permissions.js';
import { say } from './flow.js';
import { journeysFor } from './journeys.js';
import { progressLine, teamCard } from './panels.js';
import {
  membersPrefix, readProgressAt, readRecord, rememberMember, shareKey, welcomeKey, writeRecord,
  type MemberRecord, type ShareRecord, type WelcomeRecord,
} from './store.js';

const TEAM_ONLY = say("This works in a team's channel: mention me there, for example **@Practice Guide induction team**.");

/** `induction share on|off`: the user's own consent to show their progress (not answers) to managers. */
export async function shareOp(deps: Deps, input: TurnInput, on: boolean): Promise<TurnOutput> {
  const record: ShareRecord = { on, changedAt: deps.now(), ...(on && input.userName ? { name: input.userName } : {}) };
  await writeRecord(deps, shareKey(deps, input.userId), record);
  if (input.teamId) await rememberMember(deps, input.teamId, input.userId);
  deps.logger.info({ event: 'induction', op: 'share', user: deps.hash(input.userId), outcome: on ? 'on' : 'off' });
  return say(on
    ? "Thanks: managers can now see how far you've got in your induction when they type **induction team** in a team you belong to. They never see your check answers. Type **induction share off** to stop."
    : 'Done: your induction progress is private again. Nobody else can see it.');
}

/** `induction welcome on|off` in a team: who may change it follows the team settings rule. */
export async function welcomeOp(deps: Deps, input: TurnInput, on: boolean): Promise<TurnOutput> {
  if (!input.teamId) return TEAM_ONLY;
  const permission = await canChangeTeamSettings(deps, input);
  if (!permission.allowed) {
    deps.logger.info({ event: 'induction', op: 'welcome', user: deps.hash(input.userId), outcome: 'refused' });
    return say(permission.reason ?? "Sorry, you can't change this team's settings.");
  }
  const who = input.userName ?? 'a team member';
  // Shown in the reply, never stored: the record keeps the salted hash (forget me finds it by that).
  const record: WelcomeRecord = { on, changedBy: deps.hash(input.userId), changedAt: deps.now() };
  await writeRecord(deps, welcomeKey(deps, input.teamId), record);
  deps.logger.info({ event: 'induction', op: 'welcome', team: deps.hash(input.teamId), user: deps.hash(input.userId), outcome: on ? 'on' : 'off' });
  return say(on
    ? `Induction welcome is now on for this team (changed by ${who}). When someone joins, I'll offer them the induction in a personal chat.`
    : `Induction welcome is now off for this team (changed by ${who}). I won't message new members.`);
}

/** `induction team`: opted-in members and how far each has got, sent privately to the person who asked. */
export async function teamOp(deps: Deps, input: TurnInput): Promise<TurnOutput> {
  if (!input.teamId) return TEAM_ONLY;
  await rememberMember(deps, input.teamId, input.userId);
  let journeys;
  try { journeys = journeysFor(deps.kb, deps.config.knowledgeDir); } catch { journeys = new Map(); }
  const keys = await deps.storage.list(membersPrefix(deps, input.teamId));
  const members = Object.values(await deps.storage.read(keys)) as unknown as MemberRecord[];
  const people: { name: string; status: string }[] = [];
  for (const m of members) {
    if (typeof m.shareKey !== 'string' || typeof m.progressKey !== 'string') continue;
    const share = await readRecord<ShareRecord>(deps, m.shareKey);
    if (!share?.on) continue;
    const p = await readProgressAt(deps, m.progressKey);
    const journey = p && journeys.get(p.organisation);
    people.push({ name: share.name ?? 'A team member', status: p && journey ? progressLine(journey, p) : 'Not started yet' });
  }
  people.sort((a, b) => a.name.localeCompare(b.name));
  deps.logger.info({ event: 'induction', op: 'team', team: deps.hash(input.teamId), user: deps.hash(input.userId), outcome: `${people.length}` });
  return { messages: [{ card: teamCard(people), toUserPrivately: true }] };
}

/** The team's welcome setting (off by default). */
export async function welcomeOn(deps: Deps, teamId: string): Promise<boolean> {
  return (await readRecord<WelcomeRecord>(deps, welcomeKey(deps, teamId)))?.on === true;
}
