/**
 * The storage contract every store must pass (memory, file, Azure Blob via Azurite).
 * `makeTwo()` returns two store objects over the same backing data (folder, container), so the
 * suite can show that instances agree and that concurrent writers lose nothing.
 */
import { expect } from 'chai';
import { isConflict, NEW_ONLY, StorageError, update, type LeaseManager, type Storage, type StoreItem } from '../../src/storage/port.js';

export interface Pair {
  a: Storage;
  b: Storage;
  leasesA: LeaseManager;
  leasesB: LeaseManager;
  cleanup?(): Promise<void>;
}

/** Short enough to wait out in a test, long enough to mean something. */
const SHORT_TTL_MS = 100;
/** Comfortably longer than SHORT_TTL_MS, whatever the machine's load. */
const WAIT_PAST_TTL_MS = 250;
/** So long that a busy machine can never see it lapse during a test. */
const LONG_TTL_MS = 60_000;

const KEY = 'conversation/29:1AbC-dé/“quoted”';
const TEXT = 'Ask “what matters to you?” — then listen 😀 (naïve café)';

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Registers the contract suite for one store. */
export function storageContract(name: string, makeTwo: () => Promise<Pair>): void {
  describe(`storage contract: ${name}`, function () {
    let pair: Pair;
    let a: Storage;
    let b: Storage;
    beforeEach(async () => {
      pair = await makeTwo();
      ({ a, b } = pair);
    });
    afterEach(async () => pair.cleanup?.());

    it('reads a missing key as absent', async () => {
      expect(await a.read(['missing'])).to.deep.equal({});
      expect(await a.read([])).to.deep.equal({});
    });

    it('round-trips values with non-ASCII text, seen by both instances', async () => {
      const value = { text: TEXT, n: 3, nested: { list: ['–', '—', '’'] }, flag: true };
      await a.write({ [KEY]: value, other: { x: 1 } });
      const got = await b.read([KEY, 'absent', 'other']);
      expect(Object.keys(got).sort()).to.deep.equal([KEY, 'other'].sort());
      const { eTag, ...rest } = got[KEY];
      expect(rest).to.deep.equal(value);
      expect(eTag).to.be.a('string').and.not.equal('');
    });

    it('gives a new eTag on every write', async () => {
      const seen = new Set<string>();
      for (let i = 0; i < 4; i++) {
        await a.write({ k: { i } });
        seen.add(String((await a.read(['k'])).k.eTag));
      }
      expect(seen.size).to.equal(4);
    });

    it('refuses a stale eTag with etag_conflict and keeps the value', async () => {
      await a.write({ k: { v: 1 } });
      const old = (await a.read(['k'])).k;
      await b.write({ k: { v: 2, eTag: old.eTag } });
      const err = await rejection(a.write({ k: { v: 3, eTag: old.eTag } }));
      expect(err).to.be.instanceOf(StorageError);
      expect((err as StorageError).code).to.equal('etag_conflict');
      expect(isConflict(err)).to.equal(true);
      expect((await b.read(['k'])).k.v).to.equal(2);
    });

    it('refuses an eTag for a key that was deleted', async () => {
      await a.write({ k: { v: 1 } });
      const old = (await a.read(['k'])).k;
      await b.delete(['k']);
      expect(isConflict(await rejection(a.write({ k: { v: 2, eTag: old.eTag } })))).to.equal(true);
      expect(await a.read(['k'])).to.deep.equal({});
    });

    it('overwrites with "*" or no eTag', async () => {
      await a.write({ k: { v: 1 } });
      await b.write({ k: { v: 2, eTag: '*' } });
      expect((await a.read(['k'])).k.v).to.equal(2);
      await a.write({ k: { v: 3 } });
      expect((await b.read(['k'])).k.v).to.equal(3);
    });

    it('creates with NEW_ONLY only when the key is absent', async () => {
      await a.write({ k: { v: 1, eTag: NEW_ONLY } });
      expect((await b.read(['k'])).k.v).to.equal(1);
      expect(isConflict(await rejection(b.write({ k: { v: 2, eTag: NEW_ONLY } })))).to.equal(true);
      expect((await a.read(['k'])).k.v).to.equal(1);
    });

    it('deletes, ignoring missing keys', async () => {
      await a.write({ k: { v: 1 }, j: { v: 2 } });
      await b.delete(['k', 'never-there']);
      expect(Object.keys(await a.read(['k', 'j']))).to.deep.equal(['j']);
      expect(await a.list('k')).to.deep.equal([]);
    });

    it('lists keys by exact prefix, sorted', async () => {
      const keys = ['team/b', 'team/a:1', 'team/Ä', 'team', 'teams/x', 'user/team/a', 'team/a'];
      for (const key of keys) await a.write({ [key]: { key } });
      expect(await b.list('team/')).to.deep.equal(['team/a', 'team/a:1', 'team/b', 'team/Ä']);
      expect(await b.list('team/a')).to.deep.equal(['team/a', 'team/a:1']);
      expect(await b.list('nobody/')).to.deep.equal([]);
      expect(await b.list('')).to.deep.equal([...keys].sort());
    });

    it('loses no increment when two instances update() at once', async () => {
      const each = 15;
      const bump = (store: Storage) => async () => {
        for (let i = 0; i < each; i++) {
          await update<StoreItem & { n: number }>(store, 'counter', (cur) => ({ n: (cur?.n ?? 0) + 1 }), 50);
        }
      };
      await Promise.all([bump(a)(), bump(b)()]);
      expect((await a.read(['counter'])).counter.n).to.equal(2 * each);
    });

    describe('leases', () => {
      it('lets one owner hold a lease and refuses a second', async () => {
        const lease = await pair.leasesA.acquire('job', 'one', LONG_TTL_MS);
        expect(lease).to.include({ name: 'job', owner: 'one' });
        expect(await pair.leasesB.acquire('job', 'two', LONG_TTL_MS)).to.equal(null);
        expect(await pair.leasesB.acquire('other-job', 'two', LONG_TTL_MS)).to.not.equal(null);
      });

      it('renews a held lease', async () => {
        const lease = (await pair.leasesA.acquire('job', 'one', LONG_TTL_MS))!;
        const before = lease.expiresAt;
        await sleep(5);
        expect(await pair.leasesA.renew(lease, LONG_TTL_MS * 2)).to.equal(true);
        expect(lease.expiresAt).to.be.greaterThan(before);
        expect(await pair.leasesB.acquire('job', 'two', LONG_TTL_MS)).to.equal(null);
      });

      it('renew sets the expiry, so a renewal with a short ttl lets another take over', async () => {
        const lease = (await pair.leasesA.acquire('job', 'one', LONG_TTL_MS))!;
        expect(await pair.leasesA.renew(lease, SHORT_TTL_MS)).to.equal(true);
        await sleep(WAIT_PAST_TTL_MS);
        expect(await pair.leasesB.acquire('job', 'two', LONG_TTL_MS)).to.not.equal(null);
      });

      it('frees a released lease for another owner', async () => {
        const lease = (await pair.leasesA.acquire('job', 'one', LONG_TTL_MS))!;
        await pair.leasesA.release(lease);
        expect(await pair.leasesB.acquire('job', 'two', LONG_TTL_MS)).to.include({ owner: 'two' });
      });

      it('is taken over after expiry; the old holder can then neither renew nor release it', async () => {
        const old = (await pair.leasesA.acquire('job', 'one', SHORT_TTL_MS))!;
        await sleep(WAIT_PAST_TTL_MS);
        const taken = await pair.leasesB.acquire('job', 'two', LONG_TTL_MS);
        expect(taken).to.include({ owner: 'two' });
        expect(await pair.leasesA.renew(old, LONG_TTL_MS)).to.equal(false);
        await pair.leasesA.release(old);
        expect(await pair.leasesA.acquire('job', 'three', LONG_TTL_MS)).to.equal(null);
      });

      it('gives the lease to exactly one of several racing acquirers', async () => {
        const managers = [pair.leasesA, pair.leasesB, pair.leasesA, pair.leasesB];
        const got = await Promise.all(managers.map((m, i) => m.acquire('race', `owner-${i}`, LONG_TTL_MS)));
        expect(got.filter((l) => l !== null)).to.have.length(1);
      });
    });
  });
}
