import { expect } from 'chai';
import { NotifierError } from '../../src/kernel/types.js';
import { STALE_AFTER_MS } from '../../src/prompts/delivery.js';
import { runDue } from '../../src/prompts/scheduler.js';
import { postKey, readSubscription } from '../../src/prompts/subscriptions.js';
import { MemoryLeases, MemoryStorage } from '../../src/storage/memory.js';
import type { LeaseManager } from '../../src/storage/port.js';
import { depsAt, fastRun, scriptedNotifier, subscribe } from './helpers.js';

const MON_0900 = '2026-06-01T08:00:00Z'; // 09:00 BST

describe('daily prompt delivery', () => {
  it('posts once to a due channel, records it, and not again on a second run', async () => {
    const deps = depsAt(MON_0900);
    const conv = await subscribe(deps, 1);
    const first = await runDue(deps, new Date(deps.now()), fastRun());
    expect(first.outcomes).to.deep.equal({ sent: 1 });
    expect(deps.sent).to.have.length(1);
    expect(deps.sent[0].ref.conversation.id).to.equal('19:channel-1@thread.tacv2');
    expect(deps.sent[0].ref).not.to.have.property('user');
    const rec = (await deps.storage.read([postKey(conv, '2026-06-01')]))[postKey(conv, '2026-06-01')];
    expect(rec).to.include({ stage: 'sent', activityId: 'activity-1' });
    expect((await readSubscription(deps.storage, conv))!.lastPostDate).to.equal('2026-06-01');
    deps.clock.advance(30_000);
    await runDue(deps, new Date(deps.now()), fastRun());
    expect(deps.sent).to.have.length(1);
  });

  it('a crash after the claim and before the send: the restart sends it once', async () => {
    const deps = depsAt(MON_0900);
    const conv = await subscribe(deps, 1);
    const abort = new AbortController();
    const crashed = await runDue(deps, new Date(deps.now()), fastRun({ signal: abort.signal, onStage: (s) => { if (s === 'claimed') { abort.abort(); throw new Error('crash'); } } }));
    expect(crashed.outcomes).to.deep.equal({ error: 1 });
    expect(deps.sent).to.have.length(0);
    deps.clock.advance(60_000); // restarted within the stale window: the claim may still be live, so it waits
    expect((await runDue(deps, new Date(deps.now()), fastRun())).outcomes).to.deep.equal({ busy: 1 });
    deps.clock.advance(STALE_AFTER_MS);
    expect((await runDue(deps, new Date(deps.now()), fastRun())).outcomes).to.deep.equal({ sent: 1 });
    expect(deps.sent).to.have.length(1);
    deps.clock.advance(STALE_AFTER_MS);
    await runDue(deps, new Date(deps.now()), fastRun());
    expect(deps.sent).to.have.length(1);
    expect((await readSubscription(deps.storage, conv))!.lastPostDate).to.equal('2026-06-01');
  });

  it('a crash after the send and before "sent" is stored: the restart does not send again', async () => {
    const deps = depsAt(MON_0900);
    const conv = await subscribe(deps, 1);
    // The message goes out, then the process dies as it stores 'sent' (here: that write fails).
    const storage = deps.storage;
    const dying = Object.create(storage) as typeof storage;
    dying.write = async (changes) => {
      if (Object.values(changes).some((v) => v.stage === 'sent')) throw new Error('process died');
      return storage.write(changes);
    };
    const crashed = await runDue({ ...deps, storage: dying }, new Date(deps.now()), fastRun());
    expect(crashed.outcomes).to.deep.equal({ error: 1 });
    expect(deps.sent).to.have.length(1);
    deps.clock.advance(STALE_AFTER_MS + 1);
    const report = await runDue(deps, new Date(deps.now()), fastRun());
    expect(report.outcomes).to.deep.equal({ unknown: 1 });
    expect(deps.sent).to.have.length(1);
    expect((await readSubscription(deps.storage, conv))!.lastPostDate).to.equal('2026-06-01');
    deps.clock.advance(60_000);
    expect((await runDue(deps, new Date(deps.now()), fastRun())).due).to.equal(0);
  });

  it('a crash with the request in flight (record at "sending") is counted, not resent: at most once', async () => {
    const deps = depsAt(MON_0900);
    await subscribe(deps, 1);
    const abort = new AbortController();
    await runDue(deps, new Date(deps.now()), fastRun({ signal: abort.signal, onStage: (s) => { if (s === 'sending') { abort.abort(); throw new Error('crash'); } } }));
    deps.clock.advance(STALE_AFTER_MS + 1);
    expect((await runDue(deps, new Date(deps.now()), fastRun())).outcomes).to.deep.equal({ unknown: 1 });
    expect(deps.sent).to.have.length(0);
    expect(deps.logs.some((l) => l.outcome === 'unknown')).to.equal(true);
  });

  it('a Notifier that keeps failing with 5xx: nothing doubled, retried on a later tick, then sent once', async () => {
    const deps = depsAt(MON_0900);
    await subscribe(deps, 1);
    const n = scriptedNotifier([500, 502, 503, 503, 500]);
    deps.notifier = n;
    expect((await runDue(deps, new Date(deps.now()), fastRun())).outcomes).to.deep.equal({ 'retry-later': 1 });
    expect(n.calls).to.equal(5);
    deps.clock.advance(30_000);
    expect((await runDue(deps, new Date(deps.now()), fastRun())).outcomes).to.deep.equal({ sent: 1 });
    expect(n.sent).to.have.length(1);
  });

  it('honours 429 Retry-After by pausing the tenant, then sends', async () => {
    const deps = depsAt(MON_0900);
    await subscribe(deps, 1);
    const n = scriptedNotifier([[429, 1500], [503, 0]]);
    deps.notifier = n;
    const pauses: number[] = [];
    const run = fastRun();
    const limiter = run.limiter!;
    const original = limiter.pause.bind(limiter);
    limiter.pause = (c, t, ms) => { pauses.push(ms); original(c, t, ms); };
    expect((await runDue(deps, new Date(deps.now()), run)).outcomes).to.deep.equal({ sent: 1 });
    expect(pauses).to.deep.equal([1500]);
    expect(n.calls).to.equal(3);
  });

  it('403 ends the subscription and records why; 404 too', async () => {
    for (const status of [403, 404]) {
      const deps = depsAt(MON_0900);
      const conv = await subscribe(deps, 1);
      deps.notifier = scriptedNotifier([status]);
      expect((await runDue(deps, new Date(deps.now()), fastRun())).outcomes).to.deep.equal({ gone: 1 });
      const sub = await readSubscription(deps.storage, conv);
      expect(sub).to.include({ status: 'ended', endedReason: status === 403 ? 'removed-403' : 'not-found-404' });
      deps.clock.advance(86_400_000);
      expect((await runDue(deps, new Date(deps.now()), fastRun())).due).to.equal(0);
    }
  });

  it('a 400 is not retried today', async () => {
    const deps = depsAt(MON_0900);
    await subscribe(deps, 1);
    deps.notifier = scriptedNotifier([400]);
    expect((await runDue(deps, new Date(deps.now()), fastRun())).outcomes).to.deep.equal({ failed: 1 });
    deps.clock.advance(60_000);
    expect((await runDue(deps, new Date(deps.now()), fastRun())).outcomes).to.deep.equal({ 'done-before': 1 });
  });

  it('catch-up: down at 08:59, started at 10:00 posts once; started at 17:01 does not', async () => {
    const late = depsAt('2026-06-01T09:00:00Z'); // 10:00 BST
    await subscribe(late, 1);
    expect((await runDue(late, new Date(late.now()), fastRun())).outcomes).to.deep.equal({ sent: 1 });
    const tooLate = depsAt('2026-06-01T16:01:00Z'); // 17:01 BST
    await subscribe(tooLate, 1);
    expect((await runDue(tooLate, new Date(tooLate.now()), fastRun())).due).to.equal(0);
    expect(tooLate.sent).to.have.length(0);
  });

  it('tolerates a subscription deleted by uninstall (index row left behind)', async () => {
    const deps = depsAt(MON_0900);
    const conv = await subscribe(deps, 1);
    await deps.storage.delete([`conv/${conv}/daily`]);
    expect((await runDue(deps, new Date(deps.now()), fastRun())).subscriptions).to.equal(0);
    expect(await deps.storage.list('daily/')).to.deep.equal([]);
  });

  it('two schedulers on one MemoryStorage and MemoryLeases send each post once', async () => {
    const a = depsAt(MON_0900);
    const b = depsAt(MON_0900, { storage: a.storage, leases: a.leases });
    for (let i = 0; i < 20; i++) await subscribe(a, i);
    const [ra, rb] = await Promise.all([runDue(a, new Date(a.now()), fastRun()), runDue(b, new Date(b.now()), fastRun())]);
    expect([ra.leased, rb.leased].filter(Boolean)).to.have.length(1);
    expect(a.sent.length + b.sent.length).to.equal(20);
  });

  it('even without a lease (two runs at once), the create-only record sends each post once', async () => {
    const storage = new MemoryStorage();
    const always: LeaseManager = { acquire: async (name, owner, ttl) => ({ name, owner, expiresAt: Date.now() + ttl, token: owner }), renew: async () => true, release: async () => undefined };
    const a = depsAt(MON_0900, { storage, leases: always });
    const b = depsAt(MON_0900, { storage, leases: always });
    for (let i = 0; i < 30; i++) await subscribe(a, i);
    const [ra, rb] = await Promise.all([runDue(a, new Date(a.now()), fastRun()), runDue(b, new Date(b.now()), fastRun())]);
    expect(ra.leased && rb.leased).to.equal(true);
    const all = [...a.sent, ...b.sent].map((s) => s.ref.conversation.id);
    expect(all).to.have.length(30);
    expect(new Set(all).size).to.equal(30);
  });

  it('a lease held by a dead instance is taken over once it lapses', async () => {
    const deps = depsAt(MON_0900);
    await subscribe(deps, 1);
    const leases = deps.leases as MemoryLeases;
    await leases.acquire('daily-prompts', 'dead-instance', 60_000);
    expect((await runDue(deps, new Date(deps.now()), fastRun())).leased).to.equal(false);
    deps.clock.advance(61_000);
    expect((await runDue(deps, new Date(deps.now()), fastRun())).outcomes).to.deep.equal({ sent: 1 });
  });

  it('NotifierError carries status and Retry-After', () => {
    const e = new NotifierError(429, 'slow down', 2000);
    expect(e).to.include({ status: 429, retryAfterMs: 2000 });
  });
});
