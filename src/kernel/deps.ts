/**
 * What every use case receives: plain ports and the turn tables, wired once in src/app/. Tests pass in-memory fakes.
 *
 * Storage key conventions (every id is hashed with deps.hash before it goes in a key):
 *   user/<hash(userId)>/…                per user, e.g. user/<h>/org (chosen organisation)
 *   conv/<hash(conversationId)>/…        per conversation (references, settings, welcomed);
 *                                        deleted when the bot is removed from that conversation
 *   team/<hash(teamId)>/…                per team; deleted when the bot is removed from the team
 *   feedback/<entryId>/<hash(userId)>    one rating per user per entry (a second click updates it)
 */
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { KnowledgeBase, SearchContext, SearchResult } from '../knowledge/types.js';
import type { LeaseManager, Storage } from '../storage/port.js';
import type { Notifier, Scope, TurnInput, TurnOutput } from './types.js';

/** Microsoft Graph check of team roles (needs TeamMember.Read.Group). Fake in tests. */
export interface TeamRoles {
  /** true/false when known; throws when the check cannot be made. */
  isOwner(teamId: string, aadObjectId: string, tenantId?: string): Promise<boolean>;
}

export interface Deps {
  config: Readonly<Config>;
  kb: KnowledgeBase;
  /** The engine, bound to the built index. */
  search(question: string, context: SearchContext): SearchResult;
  storage: Storage;
  leases: LeaseManager;
  logger: Logger;
  now(): number;
  /** Salted hash of a user or conversation id, for storage keys and logs. */
  hash(id: string | undefined): string;
  notifier: Notifier;
  teamRoles: TeamRoles;
  /** The routes, commands and submit actions every capability registers (assembled in src/app/tables.ts). */
  tables: Tables;
}

/** The kernel's dispatch tables: each capability contributes rows, the composition root assembles them. */
export interface Tables {
  /** Turn routes, first match wins. */
  routes: readonly Route[];
  /** Typed commands, first name wins. */
  commands: readonly Command[];
  /** Card submit actions, first name wins. */
  submits: readonly SubmitAction[];
}

/** Tables with no rows, for tools that use the ports but never handle a turn (scripts, benchmarks). */
export const NO_TABLES: Tables = Object.freeze({ routes: [], commands: [], submits: [] });

/** One row of the routes table: a turn whose `select` is true goes to `handle`. */
export interface Route {
  name: string;
  select(input: TurnInput): boolean;
  handle(deps: Deps, input: TurnInput): Promise<TurnOutput>;
}

/** One row of the commands table: drives routing, the help card and the manifest command lists. */
export interface Command {
  /** What the user types first: "help", "daily", "induction". */
  name: string;
  /** Other words that mean the same. */
  aliases?: string[];
  /** One line for help and the manifest (Teams caps it at 128 characters). */
  description: string;
  /**
   * What may follow the command word(s), for help: "[organisation]", "on HH:MM | off".
   * Set it when the command reads `args`: without it, words after the command make the
   * message a question ("help me with consent" is searched, "help" alone is the command).
   */
  args?: string;
  /** Example for help: "daily on 09:30 weekdays". */
  example?: string;
  /** Scopes where it works. */
  scopes: Scope[];
  /** Listed in the manifest's command list (Teams shows at most 10 per scope). */
  listed: boolean;
  /** Handles the command; `args` is the rest of the text after the command word(s). */
  run(deps: Deps, input: TurnInput, args: string): Promise<TurnOutput>;
}

/** Handles card submits whose data has `action === name`. Data is untrusted: validate every field. */
export interface SubmitAction {
  name: string;
  run(deps: Deps, input: TurnInput, data: Record<string, unknown>): Promise<TurnOutput>;
}
