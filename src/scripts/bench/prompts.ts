/**
 * Benchmark: one day's daily-prompt fan-out to N channels (default 10,000) spread over T tenants,
 * through the real delivery code (runDue: claims, rate limiter, retries) and a Notifier that POSTs
 * to a fake Bot Connector on loopback. The connector enforces Teams' limits (7 messages/s per
 * conversation, 50/s per app per tenant, answering 429 + Retry-After beyond them) and injects
 * 429s and 5xx at a set rate. Prints time to deliver all, peak rate, lost, doubled and memory.
 *
 *   npm run bench -- prompts [--channels 10000] [--tenants 20] [--fail429 0.01] [--fail5xx 0.01] [--concurrency 64]
 */
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../../config.js';
import { createLogger, hashId } from '../../logger.js';
import { MemoryLeases, MemoryStorage } from '../../storage/memory.js';
import { NotifierError, type Notifier } from '../../kernel/types.js';
import { NO_TABLES, type Deps } from '../../kernel/deps.js';
import type { Entry, KnowledgeBase } from '../../knowledge/types.js';
import { runDue } from '../../prompts/scheduler.js';
import { RateLimiter } from '../../prompts/ratelimit.js';
import { saveSubscription } from '../../prompts/subscriptions.js';

/** Teams' documented limits, enforced by the fake connector over a sliding one-second window. */
const CONNECTOR_LIMITS = { perConversation: 7, perTenant: 50, windowMs: 1000 };
/** A Monday 09:00 UK time (GMT), a working day with no bank holiday. */
const RUN_AT = new Date('2026-11-02T09:00:00Z');

function arg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  const v = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(v) || v < 0) throw new Error(`--${name} needs a number`);
  return v;
}

interface Connector { url: string; delivered: Map<string, number>; perSecond: Map<number, number>; limited: number; injected429: number; injected5xx: number; close(): Promise<void> }

function startConnector(fail429: number, fail5xx: number): Promise<Connector> {
  const windows = new Map<string, number[]>();
  const c = { delivered: new Map<string, number>(), perSecond: new Map<number, number>(), limited: 0, injected429: 0, injected5xx: 0 };
  const over = (key: string, limit: number, now: number): boolean => {
    const w = (windows.get(key) ?? []).filter((t) => now - t < CONNECTOR_LIMITS.windowMs);
    windows.set(key, w);
    if (w.length >= limit) return true;
    w.push(now);
    return false;
  };
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const conv = decodeURIComponent(req.url!.split('/')[3] ?? '');
      const tenant = String(req.headers['x-tenant'] ?? '');
      const now = Date.now();
      const reply = (status: number, headers: Record<string, string> = {}, body = '') => { res.writeHead(status, headers); res.end(body); };
      if (over(`t:${tenant}`, CONNECTOR_LIMITS.perTenant, now) || over(`c:${conv}`, CONNECTOR_LIMITS.perConversation, now)) { c.limited++; return reply(429, { 'retry-after': '1' }); }
      const roll = Math.random();
      if (roll < fail429) { c.injected429++; return reply(429, { 'retry-after': '1' }); }
      if (roll < fail429 + fail5xx) { c.injected5xx++; return reply(503); }
      c.delivered.set(conv, (c.delivered.get(conv) ?? 0) + 1);
      const sec = Math.floor(now / 1000);
      c.perSecond.set(sec, (c.perSecond.get(sec) ?? 0) + 1);
      reply(201, { 'content-type': 'application/json' }, JSON.stringify({ id: `act-${now}` }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    resolve({ ...c, get limited() { return c.limited; }, get injected429() { return c.injected429; }, get injected5xx() { return c.injected5xx; }, url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) } as Connector);
  }));
}

function httpNotifier(base: string): Notifier {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  return {
    send: (ref) => new Promise((resolve, reject) => {
      const req = http.request(`${base}/v3/conversations/${encodeURIComponent(ref.conversation.id)}/activities`, {
        method: 'POST', agent, headers: { 'content-type': 'application/json', 'x-tenant': ref.conversation.tenantId ?? '' },
      }, (res) => {
        let body = '';
        res.on('data', (d) => { body += d; });
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status < 300) return resolve((JSON.parse(body) as { id: string }).id);
          const retry = Number(res.headers['retry-after']);
          reject(new NotifierError(status, `connector ${status}`, Number.isFinite(retry) ? retry * 1000 : undefined));
        });
      });
      req.on('error', (err) => reject(new NotifierError(0, err.message)));
      req.end(JSON.stringify({ type: 'message', text: 'principle of the day' }));
    }),
  };
}

function benchKb(): KnowledgeBase {
  const kinds = ['principle', 'priority', 'right', 'model-element'] as const;
  const entries: Entry[] = Array.from({ length: 24 }, (_, i) => ({
    id: `bench-${i}`, organisation: 'bench', source: 'bench-doc', section: 's', kind: kinds[i % 4], title: `Entry ${i}`,
    quote: `A short verbatim quote number ${i}.`, related: [], questions: [], keywords: [], reflection: 'What did you notice?',
  }));
  const org = { id: 'bench', name: 'Bench Council', shortName: 'Bench', aliases: ['bench'], askWho: 'x' };
  const source = { id: 'bench-doc', organisation: 'bench', seedFile: '', localCopy: '', title: 'Bench document', publisher: 'Bench Council', date: '2025-01-01', dateLabel: '2025', urlStatus: 'none' as const, sections: [], text: '' };
  return { organisations: [org], sources: [source], entries, entryById: new Map(entries.map((e) => [e.id, e])), sourceById: new Map([[source.id, source]]), organisationById: new Map([[org.id, org]]) };
}

/** Runs the benchmark with command-line style args; prints the figures. */
export async function run(args: string[]): Promise<void> {
  const channels = arg(args, 'channels', 10_000);
  const tenants = Math.max(1, arg(args, 'tenants', 20));
  const fail429 = arg(args, 'fail429', 0.01);
  const fail5xx = arg(args, 'fail5xx', 0.01);
  const concurrency = arg(args, 'concurrency', 64);
  const connector = await startConnector(fail429, fail5xx);
  const config = { ...loadConfig({}), userHashSalt: 'bench' };
  let clock = RUN_AT.getTime();
  const deps: Deps = {
    config, kb: benchKb(), storage: new MemoryStorage(), leases: new MemoryLeases(() => clock),
    logger: createLogger('silent'), now: () => clock, hash: (id) => hashId('bench', id),
    notifier: httpNotifier(connector.url), teamRoles: { isOwner: async () => false },
    search: () => ({ outcome: 'no-answer', hits: [], confidence: 0 }), tables: NO_TABLES,
  };
  for (let i = 0; i < channels; i++) {
    const id = `19:bench-${i}@thread.tacv2`;
    await saveSubscription(deps.storage, deps.hash(id), {
      ref: { serviceUrl: connector.url, channelId: 'msteams', conversation: { id, conversationType: 'channel', tenantId: `tenant-${i % tenants}` } },
      organisation: 'bench', time: '09:00', days: 'weekdays', changedBy: 'bench', changedAt: 0,
    });
  }
  let peakRss = 0;
  const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 100);
  const started = performance.now();
  let report = await runDue(deps, RUN_AT, { concurrency, limiter: new RateLimiter() });
  const passes = [report];
  // Posts that ran out of attempts are retried by the next tick, as in production (one tick = 30 s later).
  while ((report.outcomes['retry-later'] ?? 0) > 0 && passes.length < 10) {
    clock += 30_000;
    report = await runDue(deps, new Date(clock), { concurrency, limiter: new RateLimiter() });
    passes.push(report);
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await connector.close();
  const counts = [...connector.delivered.values()];
  const doubled = counts.filter((n) => n > 1).reduce((a, n) => a + n - 1, 0);
  const lost = channels - connector.delivered.size;
  const peak = Math.max(0, ...connector.perSecond.values());
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
  console.log([
    `daily prompts fan-out: ${channels} channels over ${tenants} tenants, injected 429 ${fail429 * 100}% and 5xx ${fail5xx * 100}%`,
    `  delivered ${connector.delivered.size} in ${seconds.toFixed(1)} s (${(connector.delivered.size / seconds).toFixed(0)}/s average; ceiling ${tenants * CONNECTOR_LIMITS.perTenant}/s)`,
    `  peak ${peak} posts in one second`,
    `  lost ${lost} (must be 0), doubled ${doubled} (must be 0)`,
    `  connector refusals: rate limit ${connector.limited}, injected 429 ${connector.injected429}, injected 5xx ${connector.injected5xx}`,
    `  runs ${passes.length}: ${passes.map((p) => JSON.stringify(p.outcomes)).join(' ')}`,
    `  memory: peak rss ${mb(peakRss)}, heap used ${mb(process.memoryUsage().heapUsed)}`,
  ].join('\n'));
  if (lost || doubled) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void run(process.argv.slice(2));
