import { expect } from 'chai';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createStorage, type StorageSettings } from '../../src/storage/index.js';
import { FileStorage } from '../../src/storage/file.js';
import { MemoryStorage } from '../../src/storage/memory.js';

const base: StorageSettings = { storageKind: 'memory', dataDir: '', blobConnectionString: '', blobContainer: 'practice-guide' };

describe('createStorage', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pg-create-'));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('builds a memory store that is always ready', async () => {
    const stores = createStorage(base);
    expect(stores.storage).to.be.instanceOf(MemoryStorage);
    expect(await stores.ping()).to.equal(true);
    expect(await stores.leases.acquire('job', 'me', 1000)).to.not.equal(null);
  });

  it('builds a file store in dataDir, with leases beside it that never show up as keys', async () => {
    const stores = createStorage({ ...base, storageKind: 'file', dataDir: dir });
    expect(stores.storage).to.be.instanceOf(FileStorage);
    await stores.storage.write({ 'a/b': { v: 1 } });
    expect(await stores.leases.acquire('job', 'me', 60_000)).to.not.equal(null);
    expect(await stores.ping()).to.equal(true);
    expect(await stores.storage.list('')).to.deep.equal(['a/b']);
    expect((await new FileStorage(dir).read(['a/b']))['a/b'].v).to.equal(1);
    await stores.close?.();
  });

  it('reports a file store that cannot be written as not ready', async () => {
    const blocker = path.join(dir, 'a-file');
    await fs.writeFile(blocker, 'not a folder');
    const stores = createStorage({ ...base, storageKind: 'file', dataDir: path.join(blocker, 'data') });
    expect(await stores.ping()).to.equal(false);
  });

  it('reports an unreachable blob store as not ready, without throwing', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const cs = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${Buffer.from('k').toString('base64')};BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
    const stores = createStorage({ ...base, storageKind: 'blob', blobConnectionString: cs });
    expect(await stores.ping()).to.equal(false);
  });
});
