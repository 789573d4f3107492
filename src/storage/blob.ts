/**
 * BlobStorage: Azure Blob Storage through @azure/storage-blob. One JSON blob per key
 * (application/json), eTag = the blob's ETag. Writes are conditional the way botbuilder's
 * Azure stores are: If-Match for a given eTag, If-None-Match: * for NEW_ONLY, none for a missing
 * eTag or "*". A refused condition (412, 409, or 404 for If-Match on a deleted blob) is
 * StorageError('etag_conflict'); network and other failures are StorageError('unavailable'). Every call runs
 * under a client-side deadline (BlobOptions.timeoutMs, config STORAGE_TIMEOUT_MS): past it the request is aborted
 * and the call fails with StorageError('timeout').
 */
import type { BlockBlobClient } from '@azure/storage-blob';
import { BlobContainer, blobName, keyOf, statusOf, unavailable, type BlobOptions } from './blob-shared.js';
import { checkKey } from './file-names.js';
import { NEW_ONLY, StorageError, type Storage, type StoreItems } from './port.js';

export { BlobLeases } from './blob-leases.js';

/** A blob outside the item namespace that ping() writes to prove the container is writable. */
const PROBE = '.readyz';

export class BlobStorage implements Storage {
  private readonly container: BlobContainer;

  /** `new BlobStorage(process.env.AZURE_STORAGE_CONNECTION_STRING, 'practice-guide')`; the container is created on first use. */
  constructor(connectionString: string, container: string, options: BlobOptions = {}) {
    this.container = new BlobContainer(connectionString, container, options);
  }

  async read(keys: string[]): Promise<StoreItems> {
    await this.container.ensure();
    const out: StoreItems = {};
    for (const key of keys) {
      checkKey(key);
      const hit = await this.download(key);
      if (hit) out[key] = { ...hit.value, eTag: hit.eTag };
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    await this.container.ensure();
    for (const [key, item] of Object.entries(changes)) {
      checkKey(key);
      const { eTag: wanted, ...value } = item;
      const body = JSON.stringify(value);
      const conditions = wanted === NEW_ONLY ? { ifNoneMatch: '*' } : wanted && wanted !== '*' ? { ifMatch: wanted } : undefined;
      try {
        await this.container.call('write', key, (abortSignal) => this.blob(key).upload(body, Buffer.byteLength(body), {
          blobHTTPHeaders: { blobContentType: 'application/json' },
          conditions,
          abortSignal,
        }));
      } catch (err) {
        const status = statusOf(err);
        if (conditions && (status === 412 || status === 409 || (status === 404 && 'ifMatch' in conditions))) {
          throw new StorageError('etag_conflict', 'stale write refused', key, err);
        }
        this.container.forget(err);
        throw unavailable('write', err, key);
      }
    }
  }

  async delete(keys: string[]): Promise<void> {
    await this.container.ensure();
    for (const key of keys) {
      checkKey(key);
      try {
        await this.container.call('delete', key, (abortSignal) => this.blob(key).deleteIfExists({ abortSignal }));
      } catch (err) {
        this.container.forget(err);
        throw unavailable('delete', err, key);
      }
    }
  }

  async list(prefix: string): Promise<string[]> {
    await this.container.ensure();
    const keys: string[] = [];
    try {
      await this.container.call('list', undefined, async (abortSignal) => {
        for await (const blob of this.container.client.listBlobsFlat({ prefix: blobName(prefix), abortSignal })) {
          const key = keyOf(blob.name);
          if (key !== undefined && key.startsWith(prefix)) keys.push(key);
        }
      });
    } catch (err) {
      this.container.forget(err);
      throw unavailable('list', err);
    }
    return keys.sort();
  }

  /** Writes a probe blob: true when the account is reachable and the container writable. */
  async ping(): Promise<boolean> {
    try {
      await this.container.ensure();
      const body = new Date().toISOString();
      await this.container.call('ping', undefined, (abortSignal) => this.container.client.getBlockBlobClient(PROBE).upload(body, body.length, { abortSignal }));
      return true;
    } catch (err) {
      this.container.forget(err);
      return false;
    }
  }

  private blob(key: string): BlockBlobClient {
    return this.container.client.getBlockBlobClient(blobName(key));
  }

  /** The parsed value and ETag, or undefined when missing or not a JSON object (never returned as a value). */
  private async download(key: string): Promise<{ value: Record<string, unknown>; eTag: string } | undefined> {
    let text: string;
    let eTag: string | undefined;
    try {
      // The body is read under the same deadline: a server that stalls mid-body must not hang the turn either.
      ({ eTag, text } = await this.container.call('read', key, async (abortSignal) => {
        const res = await this.blob(key).download(0, undefined, { abortSignal });
        return { eTag: res.etag, text: await readAll(res.readableStreamBody) };
      }));
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw unavailable('read', err, key);
    }
    try {
      const value = JSON.parse(text) as unknown;
      if (!eTag || value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
      return { value: value as Record<string, unknown>, eTag };
    } catch {
      return undefined;
    }
  }
}

async function readAll(stream: NodeJS.ReadableStream | undefined): Promise<string> {
  if (!stream) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
