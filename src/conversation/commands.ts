/**
 * The answering capability's own commands (help, principles, about, organisation): its rows of the
 * commands table, registered by src/app/tables.ts. Matching lives in src/kernel/commands.ts.
 */
import { aboutCard, helpCard } from '../cards/info.js';
import { principlesCard } from '../cards/principles.js';
import { askOrganisationCard } from '../cards/choices.js';
import { helpLine } from '../kernel/commands.js';
import type { Command, Deps } from '../kernel/deps.js';
import { REPLIES, say, show } from '../kernel/replies.js';
import type { Scope, TurnInput } from '../kernel/types.js';
import { findOrganisation, organisationFor, rememberOrganisation } from './organisation.js';

const ALL_SCOPES: Scope[] = ['personal', 'groupChat', 'channel'];

/** The principles of an organisation (named in args, else the user's), or of all. */
async function principles(deps: Deps, input: TurnInput, args: string) {
  const named = args ? findOrganisation(deps.kb, args) : undefined;
  const org = named?.id ?? (await organisationFor(deps, input.userId));
  const card = principlesCard(deps, org);
  return args && !named ? show(card, 'I don\'t know that organisation, so here are the principles of every organisation in this guide.') : show(card);
}

/** The core commands, listed first in help and the manifest. */
export const commands: Command[] = [
  {
    name: 'help', aliases: ['commands', 'menu'], description: 'What I can do, with example questions', example: 'help',
    scopes: ALL_SCOPES, listed: true,
    run: async (deps, input) => show(helpCard(deps, deps.tables.commands.map((c) => helpLine(c, input.scope)), input.scope, await organisationFor(deps, input.userId))),
  },
  {
    name: 'principles', aliases: ['principle list', 'our principles', 'list principles'], args: '[organisation]',
    description: 'List the practice principles, of your organisation or one you name', example: 'principles Southwark',
    scopes: ALL_SCOPES, listed: true, run: principles,
  },
  {
    name: 'about', aliases: ['sources'], description: 'Where the guidance comes from, and what I store and for how long', example: 'about',
    scopes: ALL_SCOPES, listed: true, run: async (deps) => show(aboutCard(deps)),
  },
  {
    name: 'organisation', aliases: ['organization', 'org', 'council'], args: '[organisation]',
    description: 'Choose which organisation\'s guidance I search first', example: 'organisation Kent',
    scopes: ALL_SCOPES, listed: true,
    run: async (deps, input, args) => {
      const named = args ? findOrganisation(deps.kb, args) : undefined;
      if (named && !deps.config.defaultOrganisation) {
        await rememberOrganisation(deps, input.userId, named.id);
        return say(REPLIES.orgChosen(named.name));
      }
      if (deps.config.defaultOrganisation) {
        const fixed = deps.kb.organisationById.get(deps.config.defaultOrganisation);
        return say(`This deployment always searches ${fixed?.name ?? 'one organisation'}'s guidance first.`);
      }
      return show(askOrganisationCard(deps, { notice: args ? REPLIES.orgUnknown : '' }));
    },
  },
];
