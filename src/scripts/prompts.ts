/**
 * Operator commands for the daily principle prompts:
 *   npm run prompts -- list                    subscriptions (hashed ids), settings, last and next post
 *   npm run prompts -- run-due [--at <ISO>]    sends what is due now (or at --at), exactly once per channel per day
 * Uses the deployment's configuration (env), storage and knowledge, like the bot.
 */
import { loadConfig, type Config } from '../config.js';
import { createLogger, hashId, type Logger } from '../logger.js';
import { createStorage } from '../storage/index.js';
import { loadKnowledge } from '../knowledge/load.js';
import type { Deps } from '../conversation/deps.js';
import type { Notifier } from '../conversation/types.js';
import { holidaysFor, runDue } from '../prompts/scheduler.js';
import { listSubscriptions } from '../prompts/subscriptions.js';
import { formatUk, nextPostAt } from '../prompts/schedule.js';

const USAGE = 'Usage: npm run prompts -- list | run-due [--at 2026-10-26T09:00:00Z]';

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
  };
}

async function list(deps: Deps): Promise<void> {
  const subs = await listSubscriptions(deps.storage);
  const holidays = holidaysFor(deps);
  if (subs.length === 0) console.log('No daily prompt subscriptions.');
  for (const s of subs) {
    const next = s.status === 'active' ? nextPostAt(s, deps.now(), holidays) : undefined;
    console.log([
      s.conv, s.status + (s.endedReason ? ` (${s.endedReason})` : ''), s.organisation, `${s.time} ${s.days}`,
      `tenant ${deps.hash(s.ref.conversation.tenantId)}`, `last ${s.lastPostDate ?? 'never'}`, `next ${next ? formatUk(next) : '-'}`,
    ].join('  '));
  }
}

/** Runs the command in argv; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  if (command === 'list') {
    await list(buildDeps(config, logger, { send: async () => { throw new Error('list does not send'); } }));
    return 0;
  }
  if (command === 'run-due') {
    const atIndex = rest.indexOf('--at');
    const at = atIndex >= 0 ? new Date(rest[atIndex + 1] ?? '') : new Date();
    if (Number.isNaN(at.getTime())) { console.error(`--at needs an ISO time. ${USAGE}`); return 2; }
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
