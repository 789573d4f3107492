/**
 * Deps for tests: in-memory storage and leases, a pino logger writing parsed lines to `logs`,
 * a fixed clock you can move, a recording Notifier, fake TeamRoles, loadConfig({}) plus
 * overrides, the fixture knowledge base and a naive keyword search over it.
 *
 *   const deps = makeDeps({ config: { defaultOrganisation: 'southwark' } });
 *   deps.clock.advance(60_000); deps.sent; deps.logs; deps.searches;
 */
import { loadConfig, type Config } from '../../src/config.js';
import { createLogger, hashId } from '../../src/logger.js';
import { MemoryLeases, MemoryStorage } from '../../src/storage/memory.js';
import type { Deps, TeamRoles } from '../../src/kernel/deps.js';
import { TABLES } from '../../src/app/tables.js';
import type { ConversationRef, Notifier, OutMessage } from '../../src/kernel/types.js';
import type { Hit, KnowledgeBase, SearchContext, SearchResult } from '../../src/knowledge/types.js';
import { fixtureKb } from './fixture-kb.js';

/** 2025-06-02 09:00 UTC, a Monday: the default fixed clock. */
export const FIXED_NOW = Date.UTC(2025, 5, 2, 9, 0, 0);
export const TEST_SALT = 'test-salt';

export interface SentMessage {
  via: 'send' | 'sendToUser';
  ref: ConversationRef;
  user?: { id: string; aadObjectId?: string };
  message: OutMessage;
}

export interface FakeDeps extends Deps {
  /** Everything the Notifier was asked to send, in order. */
  sent: SentMessage[];
  /** Parsed pino log lines, in order. */
  logs: Record<string, unknown>[];
  /** Every call to deps.search, in order (question as passed: already redacted by the core). */
  searches: { question: string; context: SearchContext }[];
  clock: { set(ms: number): void; advance(ms: number): void };
  /** Team owners the fake TeamRoles knows, as "teamId|aadObjectId" (or just aadObjectId for any team). */
  owners: Set<string>;
}

export type DepsOverrides = Partial<Omit<Deps, 'config'>> & { config?: Partial<Config> };

/** A search stub that always returns `result`: `makeDeps({ search: searchReturning({...}) })`. */
export function searchReturning(result: SearchResult): Deps['search'] {
  return () => structuredClone({ ...result, hits: result.hits.map((h) => ({ ...h })) });
}

/** Builds a SearchResult from entry ids of a KB: `resultOf(kb, 'answer', ['id1'], 0.9)`. */
export function resultOf(kb: KnowledgeBase, outcome: SearchResult['outcome'], ids: string[], confidence = 0.9, organisation?: string): SearchResult {
  const hits: Hit[] = ids.map((id, i) => {
    const entry = kb.entryById.get(id);
    if (!entry) throw new Error(`fixture has no entry ${id}`);
    return { entry, confidence: Math.max(0, confidence - i * 0.1) };
  });
  return { outcome, hits, confidence: hits[0]?.confidence ?? 0, organisation };
}

/** A naive keyword search: an entry matches when a keyword or its title occurs in the question. */
export function naiveSearch(kb: KnowledgeBase): Deps['search'] {
  return (question, context) => {
    const q = question.toLowerCase();
    const hits = kb.entries
      .filter((e) => !context.organisation || e.organisation === context.organisation || q.includes(e.organisation))
      .filter((e) => [e.title, ...e.keywords].some((k) => new RegExp(`\\b${k.toLowerCase().replace(/[^a-z0-9 ]/g, '.')}\\b`).test(q)))
      .map((entry) => ({ entry, confidence: 0.8 }));
    if (hits.length === 0) return { outcome: 'no-answer', hits: [], confidence: 0 };
    const orgs = new Set(hits.map((h) => h.entry.organisation));
    if (orgs.size > 1 && !context.organisation) return { outcome: 'ask-organisation', hits, confidence: 0.8 };
    return { outcome: 'answer', hits, confidence: 0.8, organisation: hits[0].entry.organisation };
  };
}

/** Fresh test Deps; every field can be overridden, config field by field. */
export function makeDeps(overrides: DepsOverrides = {}): FakeDeps {
  const { config: configOverrides, ...rest } = overrides;
  let t = FIXED_NOW;
  const clock = { set: (ms: number) => { t = ms; }, advance: (ms: number) => { t += ms; } };
  const now = () => t;
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('debug', { write: (line: string) => { logs.push(JSON.parse(line)); } });
  const sent: SentMessage[] = [];
  let counter = 0;
  const notifier: Notifier = {
    async send(ref, message) { sent.push({ via: 'send', ref, message }); return `activity-${++counter}`; },
    async sendToUser(ref, user, message) { sent.push({ via: 'sendToUser', ref, user, message }); return `activity-${++counter}`; },
  };
  const owners = new Set<string>();
  const teamRoles: TeamRoles = {
    async isOwner(teamId, aadObjectId) { return owners.has(`${teamId}|${aadObjectId}`) || owners.has(aadObjectId); },
  };
  const config = Object.freeze({ ...loadConfig({}, '/tmp/practice-guide-test'), userHashSalt: TEST_SALT, ...configOverrides });
  const kb = rest.kb ?? fixtureKb();
  const searches: FakeDeps['searches'] = [];
  const search = rest.search ?? naiveSearch(kb);
  const deps: FakeDeps = {
    kb,
    storage: new MemoryStorage(),
    leases: new MemoryLeases(() => deps.now()),
    logger,
    now,
    hash: (id) => hashId(config.userHashSalt, id),
    notifier,
    teamRoles,
    tables: TABLES,
    ...rest,
    config,
    search: (question, context) => { searches.push({ question, context: { ...context } }); return search(question, context); },
    sent, logs, searches, clock, owners,
  };
  return deps;
}
