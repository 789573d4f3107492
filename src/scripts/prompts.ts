/**
 * Operator commands for the daily principle prompts:
 *   npm run prompts -- list [--at <ISO>]       subscriptions (hashed ids), settings, last post and the next one after now (or --at)
 *   npm run prompts -- run-due [--at <ISO>]    sends what is due now (or at --at), exactly once per channel per day
 * Uses the deployment's configuration (env), storage and knowledge, like the bot.
 */
import { loadConfig, type Config } from '../config.js';
import { createLogger, hashId, type Logger } from '../logger.js';
import { createStorage } from '../storage/index.js';
import { loadKnowledge } from '../knowledge/load.js';
import { NO_TABLES, type Deps } from '../kernel/deps.js';
import type { Notifier } from '../kernel/types.js';
import { holidaysFor, runDue } from '../prompts/scheduler.js';
import { listSubscriptions } from '../prompts/subscriptions.js';
import { listTable } from '../prompts/list.js';

const USAGE = 'Usage: npm run prompts -- list [--at 2026-10-26T09:00:00Z] | run-due [--at 2026-10-26T09:00:00Z]';

/** The Notifier of src/bot/, loaded only when sending (so `list` works without bot credentials). */
async function notifierFor(config: Readonly<Config>, logger: Logger): Promise<Notifier> {
  try {
    const mod = (await import('../bot/notifier.js')) as { createNotifier(config: Readonly<Config>, logger: Logger): Notifier };
    return mod.createNotifier(config, logger);
  } catch (err) {
    throw new Error(`run-due needs the bot's notifier (src/bot/notifier.ts createNotifier) and the bot's app id and password: ${(err as Error).message}`);
  }
}

function buildDeps(config: Readonly<Config>, logger: Logger, notifier: Notifier): Deps {
  const { storage, leases } = createStorage(config);
  return {
    config, logger, storage, leases, notifier,
    kb: loadKnowledge(config.knowledgeDir),
    search: () => { throw new Error('search is not used by the prompts script'); },
    now: Date.now,
    hash: (id) => hashId(config.userHashSalt, id),
    teamRoles: { isOwner: async () => { throw new Error('team roles are not used by the prompts script'); } },
    tables: NO_TABLES,
  };
}

async function list(deps: Deps, at: number): Promise<void> {
  const subs = await listSubscriptions(deps.storage, deps.now());
  console.log(listTable(subs, at, holidaysFor(deps), deps.hash));
}

/** The instant given by --at, now without it, or undefined when --at is not a time. */
function atOf(args: string[]): Date | undefined {
  const i = args.indexOf('--at');
  const at = i >= 0 ? new Date(args[i + 1] ?? '') : new Date();
  return Number.isNaN(at.getTime()) ? undefined : at;
}

/** Runs the command in argv; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const at = atOf(rest);
  if (!at) { console.error(`--at needs an ISO time. ${USAGE}`); return 2; }
  if (command === 'list') {
    await list(buildDeps(config, logger, { send: async () => { throw new Error('list does not send'); } }), at.getTime());
    return 0;
  }
  if (command === 'run-due') {
    const deps = buildDeps(config, logger, await notifierFor(config, logger));
    const report = await runDue(deps, at);
    console.log(JSON.stringify(report, null, 2));
    if (!report.leased) console.log('Another instance holds the run lease; nothing was sent from here.');
    return report.outcomes.error ? 1 : 0;
  }
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err) => {
  console.error(`prompts: ${(err as Error).message}`);
  process.exitCode = 1;
});
