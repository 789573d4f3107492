import { expect } from 'chai';
import { BlobLeases, BlobStorage } from '../../src/storage/blob.js';
import type { LeaseManager } from '../../src/storage/port.js';
import { runDue } from '../../src/prompts/scheduler.js';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { depsAt, fastRun, subscribe } from './helpers.js';

const MON_0900 = '2026-06-01T08:00:00Z';
const CHANNELS = 12;

describe('daily prompts on Azure Blob storage (Azurite): two instances', function () {
  this.timeout(90_000);
  let azurite: Azurite;
  before(async () => { azurite = await startAzurite(); });
  after(async () => { await azurite?.stop(); });

  /** Two scheduler instances, each with its own blob clients, on one container. */
  function instances(container: string, leases?: LeaseManager) {
    const make = () => depsAt(MON_0900, {
      storage: new BlobStorage(azurite.connectionString, container),
      leases: leases ?? new BlobLeases(azurite.connectionString, container),
    });
    return [make(), make()] as const;
  }

  it('with the blob lease: one instance runs, each post is sent once', async () => {
    const [a, b] = instances('prompts-lease');
    for (let i = 0; i < CHANNELS; i++) await subscribe(a, i, {}, `tenant-${i % 3}`);
    const [ra, rb] = await Promise.all([runDue(a, new Date(a.now()), fastRun()), runDue(b, new Date(b.now()), fastRun())]);
    const sent = [...a.sent, ...b.sent].map((s) => s.ref.conversation.id);
    expect(sent).to.have.length(CHANNELS);
    expect(new Set(sent).size).to.equal(CHANNELS);
    expect((ra.outcomes.sent ?? 0) + (rb.outcomes.sent ?? 0)).to.equal(CHANNELS);
    // Run again (the lease is free now): nothing more is sent today.
    await Promise.all([runDue(a, new Date(a.now() + 60_000), fastRun()), runDue(b, new Date(b.now() + 60_000), fastRun())]);
    expect(a.sent.length + b.sent.length).to.equal(CHANNELS);
  });

  it('even when both run at once (no lease), the create-only day record sends each post once', async () => {
    const always: LeaseManager = { acquire: async (name, owner, ttl) => ({ name, owner, expiresAt: Date.now() + ttl, token: owner }), renew: async () => true, release: async () => undefined };
    const [a, b] = instances('prompts-nolease', always);
    for (let i = 0; i < CHANNELS; i++) await subscribe(a, i);
    const [ra, rb] = await Promise.all([runDue(a, new Date(a.now()), fastRun()), runDue(b, new Date(b.now()), fastRun())]);
    expect(ra.leased && rb.leased).to.equal(true);
    const sent = [...a.sent, ...b.sent].map((s) => s.ref.conversation.id);
    expect(sent).to.have.length(CHANNELS);
    expect(new Set(sent).size).to.equal(CHANNELS);
  });
});
