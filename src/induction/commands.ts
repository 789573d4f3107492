/** Commands, card submit actions and routes of this feature: its rows of the kernel's tables, registered by src/app/tables.ts. */
import type { Command, Deps, Route, SubmitAction } from '../kernel/deps.js';
import { byKind } from '../kernel/handle.js';
import type { TurnInput, TurnOutput } from '../kernel/types.js';
import { chooseOrganisation, pauseOp, positionOp, restartOp, say, startOrResume, statusOp } from './flow.js';
import { shareOp, teamOp, welcomeOp } from './team.js';
import { onMembersAdded } from './welcome.js';

const USAGE = say('Induction commands: **induction** (start or carry on), **induction status**, **induction restart**, '
  + '**induction share on|off** (let managers see how far you have got), and in a team: **induction team**, **induction welcome on|off**.');

type Sub = (deps: Deps, input: TurnInput) => Promise<TurnOutput>;

/** Sub-commands after the word "induction", as a table. */
const SUBCOMMANDS: Record<string, Sub> = {
  '': startOrResume,
  start: startOrResume,
  resume: startOrResume,
  status: statusOp,
  restart: (d, i) => restartOp(d, i, false),
  'share on': (d, i) => shareOp(d, i, true),
  'share off': (d, i) => shareOp(d, i, false),
  'welcome on': (d, i) => welcomeOp(d, i, true),
  'welcome off': (d, i) => welcomeOp(d, i, false),
  team: teamOp,
};

/** Runs `induction <args>`. */
export function runInduction(deps: Deps, input: TurnInput, args: string): Promise<TurnOutput> {
  const sub = SUBCOMMANDS[args.toLowerCase().replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim()];
  return sub ? sub(deps, input) : Promise.resolve(USAGE);
}

/** Button ops of `{action: 'induction', op, ...}`. Data is untrusted: each op validates its fields. */
const OPS: Record<string, (deps: Deps, input: TurnInput, data: Record<string, unknown>) => Promise<TurnOutput>> = {
  start: (d, i) => startOrResume(d, i),
  org: chooseOrganisation,
  next: (d, i, v) => positionOp(d, i, 'next', v),
  back: (d, i, v) => positionOp(d, i, 'back', v),
  answer: (d, i, v) => positionOp(d, i, 'answer', v),
  pause: (d, i) => pauseOp(d, i),
  restart: (d, i) => restartOp(d, i, false),
  'restart-confirm': (d, i) => restartOp(d, i, true),
};

export const commands: Command[] = [
  {
    name: 'induction',
    description: 'A short guided induction to your organisation\'s practice principles, one step at a time.',
    args: 'status | restart | share on|off | welcome on|off | team',
    example: 'induction',
    scopes: ['personal', 'channel', 'groupChat'],
    listed: true,
    run: runInduction,
  },
];

export const submitActions: SubmitAction[] = [
  {
    name: 'induction',
    run(deps, input, data) {
      const op = typeof data.op === 'string' && Object.hasOwn(OPS, data.op) ? OPS[data.op] : undefined;
      if (!op) return Promise.resolve(say("Sorry, I couldn't use that button. Nothing has changed. Type **induction** to carry on."));
      return op(deps, input, data);
    },
  },
];

/** People joining a team or chat are greeted (when the team turned the welcome on). */
export const routes: Route[] = [{ name: 'membersAdded', select: byKind('membersAdded'), handle: onMembersAdded }];
