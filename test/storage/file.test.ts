import { expect } from 'chai';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileLeases, FileStorage } from '../../src/storage/file.js';
import { tempName } from '../../src/storage/file-lock.js';
import { encodeKey } from '../../src/storage/file-names.js';
import { NEW_ONLY, StorageError } from '../../src/storage/port.js';
import { storageContract } from './contract.js';

storageContract('file', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pg-file-'));
  return {
    a: new FileStorage(dir),
    b: new FileStorage(dir),
    leasesA: new FileLeases(path.join(dir, '.leases')),
    leasesB: new FileLeases(path.join(dir, '.leases')),
    cleanup: () => fs.rm(dir, { recursive: true, force: true }),
  };
});

describe('FileStorage on disk', () => {
  /** Above the largest pid Linux (2^22) or macOS can hand out, so never a live process. */
  const DEAD_PID = 2 ** 22 + 1;
  let dir: string;
  let store: FileStorage;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pg-file-'));
    store = new FileStorage(dir);
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  const fileOf = (key: string) => path.join(dir, encodeKey(key) + '.json');

  it('stores one JSON file per key, holding the key, eTag and value', async () => {
    await store.write({ 'Team/19:x': { v: '“ok”' } });
    const names = (await fs.readdir(dir)).filter((n) => !n.startsWith('.'));
    expect(names).to.deep.equal([encodeKey('Team/19:x') + '.json']);
    const rec = JSON.parse(await fs.readFile(fileOf('Team/19:x'), 'utf8'));
    expect(rec).to.include({ key: 'Team/19:x' });
    expect(rec.value).to.deep.equal({ v: '“ok”' });
    expect(rec.eTag).to.equal((await store.read(['Team/19:x']))['Team/19:x'].eTag);
  });

  it('ignores and removes a corrupt file, and writes over it', async () => {
    await store.write({ k: { v: 1 }, j: { v: 2 } });
    await fs.writeFile(fileOf('k'), '{"key":"k","eTag":"1","val');
    await fs.writeFile(fileOf('j'), JSON.stringify({ key: 'not-j', eTag: '1', value: { v: 9 } }));
    expect(await store.read(['k', 'j'])).to.deep.equal({});
    await fs.access(fileOf('k')).then(() => expect.fail('corrupt file kept'), () => undefined);
    await store.write({ k: { v: 3, eTag: NEW_ONLY } });
    expect((await store.read(['k'])).k.v).to.equal(3);
  });

  it('never lists or returns temp files, and sweeps those of dead or long-gone writers', async () => {
    await store.write({ k: { v: 1 } });
    const dead = tempName().replace(/^(\.tmp-[0-9a-f]{8})-\d+-/, `$1-${DEAD_PID}-`);
    const old = tempName();
    const live = tempName();
    for (const name of [dead, old, live]) await fs.writeFile(path.join(dir, name), '{"key":"k"');
    const longAgo = new Date(Date.now() - 3_600_000);
    await fs.utimes(path.join(dir, old), longAgo, longAgo);
    expect(await store.list('')).to.deep.equal(['k']);
    const left = (await fs.readdir(dir)).filter((n) => n.startsWith('.tmp-'));
    expect(left).to.deep.equal([live]); // an in-flight temp of a live writer is left alone
    expect((await store.read(['k'])).k.v).to.equal(1);
  });

  it('breaks a lock left by a dead process', async () => {
    await fs.mkdir(path.join(dir, '.locks'), { recursive: true });
    const lock = { pid: DEAD_PID, host: os.hostname(), nonce: 'x', at: Date.now() };
    await fs.writeFile(path.join(dir, '.locks', encodeKey('k') + '.lock'), JSON.stringify(lock));
    await store.write({ k: { v: 1 } });
    expect((await store.read(['k'])).k.v).to.equal(1);
  });

  it('breaks a lock older than the stale limit, whoever holds it', async () => {
    await fs.mkdir(path.join(dir, '.locks'), { recursive: true });
    const file = path.join(dir, '.locks', encodeKey('k') + '.lock');
    await fs.writeFile(file, JSON.stringify({ pid: process.pid, host: 'another-host', nonce: 'x', at: 0 }));
    const longAgo = new Date(Date.now() - 3_600_000);
    await fs.utimes(file, longAgo, longAgo);
    await store.write({ k: { v: 1 } });
    expect((await store.read(['k'])).k.v).to.equal(1);
    expect(await fs.readdir(path.join(dir, '.locks'))).to.deep.equal([]);
  });

  it('round-trips and lists keys too long for a file name', async () => {
    const long = 'insights/' + 'Ä'.repeat(400);
    await store.write({ [long]: { v: 1 } });
    expect((await store.read([long]))[long].v).to.equal(1);
    expect(await store.list('insights/')).to.deep.equal([long]);
  });

  it('keeps keys that differ only in case apart', async () => {
    await store.write({ Team: { v: 'upper' }, team: { v: 'lower' } });
    expect((await store.read(['Team'])).Team.v).to.equal('upper');
    expect((await store.read(['team'])).team.v).to.equal('lower');
  });

  it('refuses an empty key with invalid_key', async () => {
    const err = await store.write({ '': { v: 1 } }).catch((e: unknown) => e);
    expect(err).to.be.instanceOf(StorageError).with.property('code', 'invalid_key');
  });

  it('reads and lists nothing from a folder that does not exist yet', async () => {
    const fresh = new FileStorage(path.join(dir, 'not-yet'));
    expect(await fresh.read(['k'])).to.deep.equal({});
    expect(await fresh.list('')).to.deep.equal([]);
  });
});
