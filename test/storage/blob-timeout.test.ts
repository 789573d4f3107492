import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { BlobLeases, BlobStorage } from '../../src/storage/blob.js';
import { StorageError } from '../../src/storage/port.js';
import { startAzurite, type Azurite } from '../support/azurite.js';

/** Short enough for a quick test, long enough for a healthy Azurite on a busy machine. */
const TIMEOUT_MS = 400;

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected the call to fail');
}

describe('Azure Blob store: client-side deadline against a paused Azurite', function () {
  this.timeout(60_000);
  let azurite: Azurite | undefined;
  before(async () => { azurite = await startAzurite(); });
  afterEach(() => azurite?.resume()); // never leave it frozen, whatever happened
  after(async () => azurite?.stop());

  it('every storage and lease call fails with code "timeout" while Azurite is frozen, and works again once it resumes', async () => {
    const container = `t-${randomUUID()}`;
    const store = new BlobStorage(azurite!.connectionString, container, { timeoutMs: TIMEOUT_MS });
    const leases = new BlobLeases(azurite!.connectionString, container, { timeoutMs: TIMEOUT_MS });
    await store.write({ kept: { v: 1 } });
    const held = await leases.acquire('job', 'one', 60_000);
    expect(held).to.not.equal(null);

    azurite!.pause();
    const calls: Record<string, () => Promise<unknown>> = {
      read: () => store.read(['kept']),
      write: () => store.write({ other: { v: 2 } }),
      delete: () => store.delete(['gone']), // a request sent before the deadline may still be carried out once Azurite resumes
      list: () => store.list(''),
      'lease acquire': () => leases.acquire('another', 'two', 60_000),
      'lease renew': () => leases.renew(held!, 60_000),
      'lease release': () => leases.release(held!),
    };
    for (const [name, call] of Object.entries(calls)) {
      const err = await rejection(call());
      expect(err, name).to.be.instanceOf(StorageError);
      expect((err as StorageError).code, name).to.equal('timeout');
      expect((err as StorageError).message, name).to.contain(`${TIMEOUT_MS} ms`);
    }
    expect(await store.ping(), 'ping says not reachable').to.equal(false);

    azurite!.resume();
    expect(await store.read(['kept'])).to.have.nested.property('kept.v', 1);
    expect(await store.ping()).to.equal(true);
  });

  it('a container that could not be created in time is created by the next call', async () => {
    const store = new BlobStorage(azurite!.connectionString, `t-${randomUUID()}`, { timeoutMs: TIMEOUT_MS });
    azurite!.pause();
    expect(await rejection(store.write({ k: { v: 1 } }))).to.have.property('code', 'timeout');
    azurite!.resume();
    await store.write({ k: { v: 1 } });
    expect(await store.list('')).to.deep.equal(['k']);
  });
});
