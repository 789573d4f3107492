import { BlobServiceClient } from '@azure/storage-blob';
import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { BlobLeases, BlobStorage } from '../../src/storage/blob.js';
import { blobName } from '../../src/storage/blob-shared.js';
import { StorageError } from '../../src/storage/port.js';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { storageContract } from './contract.js';

describe('Azure Blob store (Azurite started by the tests)', function () {
  let azurite: Azurite | undefined;

  before(async function () {
    this.timeout(60_000);
    azurite = await startAzurite();
  });
  after(async () => azurite?.stop());

  storageContract('blob (Azurite)', async () => {
    const cs = azurite!.connectionString;
    const container = `t-${randomUUID()}`; // a fresh container per test keeps tests apart
    return {
      a: new BlobStorage(cs, container),
      b: new BlobStorage(cs, container),
      leasesA: new BlobLeases(cs, container),
      leasesB: new BlobLeases(cs, container),
    };
  });

  describe('BlobStorage against Azurite', () => {
    let cs: string;
    let container: string;
    beforeEach(() => {
      cs = azurite!.connectionString;
      container = `t-${randomUUID()}`;
    });
    const client = () => BlobServiceClient.fromConnectionString(cs).getContainerClient(container);

    it('stores one application/json blob per key, named by the encoded key', async () => {
      await new BlobStorage(cs, container).write({ 'team/19:x': { v: '“ok”' } });
      const props = await client().getBlockBlobClient(blobName('team/19:x')).getProperties();
      expect(props.contentType).to.equal('application/json');
    });

    it('ignores a blob that is not a JSON object', async () => {
      const store = new BlobStorage(cs, container);
      await store.write({ k: { v: 1 } });
      await client().getBlockBlobClient(blobName('k')).upload('{"trunc', 7);
      expect(await store.read(['k'])).to.deep.equal({});
    });

    it('lists only items, never lease or probe blobs', async () => {
      const store = new BlobStorage(cs, container);
      await store.write({ a: { v: 1 } });
      await new BlobLeases(cs, container).acquire('job', 'one', 60_000);
      expect(await store.ping()).to.equal(true);
      expect(await store.list('')).to.deep.equal(['a']);
    });

    it('cannot break a lease whose holder has renewed since the expiry was read', async () => {
      const leases = new BlobLeases(cs, container);
      const lease = (await leases.acquire('job', 'one', 60_000))!;
      const blob = client().getBlockBlobClient('.leases/' + blobName('job'));
      const seen = await blob.getProperties();
      expect(await leases.renew(lease, 60_000)).to.equal(true);
      const err = await blob.getBlobLeaseClient().breakLease(0, { conditions: { ifMatch: seen.etag } }).catch((e: unknown) => e);
      expect(err).to.have.property('statusCode', 412);
      expect(await leases.renew(lease, 60_000)).to.equal(true);
    });
  });
});

describe('BlobStorage when the service is unreachable', () => {
  it('fails with unavailable, and ping() says false', async () => {
    const port = await closedPort();
    const cs = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${Buffer.from('k').toString('base64')};BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
    const store = new BlobStorage(cs, 'nothing-here', { retry: { maxTries: 1 } });
    const err = await store.read(['k']).catch((e: unknown) => e);
    expect(err).to.be.instanceOf(StorageError).with.property('code', 'unavailable');
    expect(await store.ping()).to.equal(false);
    const leaseErr = await new BlobLeases(cs, 'nothing-here', { retry: { maxTries: 1 } }).acquire('j', 'o', 1000).catch((e: unknown) => e);
    expect(leaseErr).to.be.instanceOf(StorageError).with.property('code', 'unavailable');
  });
});

/** A port nothing listens on: bind port 0, note it, close. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
