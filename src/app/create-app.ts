/**
 * Composition root: builds the stores, knowledge, engine, bot, scheduler and server from a Config.
 * Tests call createApp with overrides (a memory store, a capturing logger, a fixed clock).
 */
import { randomBytes } from 'node:crypto';
import type { Config } from '../config.js';
import { createLogger, hashId, type Logger } from '../logger.js';
import { loadKnowledge } from '../knowledge/load.js';
import { buildIndex, search } from '../knowledge/engine.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { createStorage } from '../storage/index.js';
import type { LeaseManager, Storage } from '../storage/port.js';
import { NEW_ONLY } from '../storage/port.js';
import type { Deps, TeamRoles } from '../kernel/deps.js';
import type { Notifier } from '../kernel/types.js';
import { handleTurn } from '../kernel/handle.js';
import { TABLES } from './tables.js';
import { createAdapter, createAuthentication, type AuthEndpoints } from '../bot/adapter.js';
import { createAuthenticator } from '../bot/auth.js';
import { createBotLogic } from '../bot/bot.js';
import { createNotifier } from '../bot/notifier.js';
import { createHttpServer, type HttpServer } from '../http/server.js';
import { registerGuideRoutes } from '../http/guide-routes.js';
import { registerTabRoutes } from '../http/tab-routes.js';
import { startScheduler } from '../prompts/scheduler.js';
import { startInsightsPurge } from '../safeguarding/insights/index.js';
import { journeysFor } from '../induction/journeys.js';

export interface AppOverrides {
  logger?: Logger;
  storage?: { storage: Storage; leases: LeaseManager; ping(): Promise<boolean> };
  now?: () => number;
  notifier?: Notifier;
  teamRoles?: TeamRoles;
  /** Where OpenID metadata is fetched (tests: a fake on loopback) and how long authentication may take. */
  auth?: AuthEndpoints & { timeoutMs?: number };
}

export interface App {
  deps: Deps;
  http: HttpServer;
  /** Starts listening; resolves with the bound port. */
  start(): Promise<number>;
  /** Stops accepting, finishes turns in flight, stops background jobs. */
  stop(): Promise<void>;
}

/** Where the salt for hashing user ids lives when USER_HASH_SALT is not set. */
const SALT_KEY = 'system/salt';

async function userHashSalt(config: Readonly<Config>, storage: Storage): Promise<string> {
  if (config.userHashSalt) return config.userHashSalt;
  const found = (await storage.read([SALT_KEY]))[SALT_KEY];
  if (typeof found?.salt === 'string') return found.salt;
  const salt = randomBytes(24).toString('hex');
  try {
    await storage.write({ [SALT_KEY]: { salt, eTag: NEW_ONLY } });
    return salt;
  } catch {
    const again = (await storage.read([SALT_KEY]))[SALT_KEY];
    return String(again?.salt ?? salt);
  }
}

/** Graph-backed team roles are not configured in this build: the check reports that it cannot be made. */
const noGraph: TeamRoles = {
  async isOwner() {
    throw Object.assign(new Error('Checking team owners needs Microsoft Graph (TeamMember.Read.Group), which this deployment has not set up.'), { code: 'graph_unavailable' });
  },
};

/** Builds the whole app from configuration. Throws (with a code) when knowledge or storage is broken. */
export async function createApp(config: Readonly<Config>, overrides: AppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const now = overrides.now ?? Date.now;
  const kb: KnowledgeBase = loadKnowledge(config.knowledgeDir, { drafts: config.knowledgeDraftsLive });
  journeysFor(kb, config.knowledgeDir); // validate knowledge/induction.yaml at start-up (fails fast, naming file and field)
  const index = buildIndex(kb);
  const stores = overrides.storage ?? createStorage(config);
  const salt = await userHashSalt(config, stores.storage);
  const auth = createAuthentication(config, overrides.auth);
  const adapter = createAdapter(config, logger, auth);
  const notifier = overrides.notifier ?? createNotifier(config, logger, adapter);
  const deps: Deps = {
    config,
    kb,
    search: (question, context) => search(index, question, context),
    storage: stores.storage,
    leases: stores.leases,
    logger,
    now,
    hash: (id) => hashId(salt, id),
    notifier,
    teamRoles: overrides.teamRoles ?? noGraph,
    tables: TABLES,
  };
  const logic = createBotLogic({
    allowedTenants: config.allowedTenants,
    logger,
    hash: deps.hash,
    now,
    handle: (input) => handleTurn(deps, input),
  });
  const http = createHttpServer({
    logger,
    adapter: createAuthenticator({ auth, adapter, logger, now, timeoutMs: overrides.auth?.timeoutMs }),
    logic: logic as never,
    ready: async () => ({ knowledge: kb.entries.length > 0, storage: await stores.ping().catch(() => false) }),
    routes: [
      (server) => registerGuideRoutes(server, { kb, config }),
      (server) => registerTabRoutes(server, { kb, search: deps.search, config, logger }),
    ],
  });
  const background: { stop(): Promise<void> | void }[] = [];
  return {
    deps,
    http,
    async start() {
      const port = await http.listen(config.port, config.host);
      if (config.schedulerEnabled) background.push(startScheduler(deps));
      background.push(startInsightsPurge(deps));
      return port;
    },
    async stop() {
      await http.close();
      for (const job of background.splice(0)) await job.stop();
    },
  };
}
