/**
 * What BlobStorage and BlobLeases share: the container client (created lazily, once), blob
 * names for keys, and the mapping of Azure errors onto StorageError codes.
 *
 * Item blob names are keys percent-encoded so that only A-Z, a-z, 0-9, '_', '-' and "%XX" remain:
 * no '/', '.', or trailing dots that Azure treats specially, and the encoding keeps prefixes, so
 * listBlobsFlat({ prefix: blobName(prefix) }) finds exactly the keys starting with prefix.
 * Anything else in the container (".leases/…", ".readyz") can never be mistaken for an item.
 */
import { BlobServiceClient, type ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import { StorageError } from './port.js';

/** Fail fast enough for /readyz while riding out a blip: 3 tries, 100 ms doubling to 1 s, 10 s per try.
 * tryTimeoutInMs is only sent to the server; the client-side deadline is BlobOptions.timeoutMs. */
export const DEFAULT_RETRY = Object.freeze({ maxTries: 3, retryDelayInMs: 100, maxRetryDelayInMs: 1_000, tryTimeoutInMs: 10_000 });
/** Client-side deadline of one storage operation, retries included (config STORAGE_TIMEOUT_MS). A healthy
 * account answers in milliseconds; a turn makes a few calls, so 5 s each still replies well inside a minute. */
export const DEFAULT_TIMEOUT_MS = 5_000;

export interface BlobOptions {
  /** Azure SDK retry policy; tests use { maxTries: 1 } to see failures at once. */
  retry?: StoragePipelineOptions['retryOptions'];
  /** Client-side deadline per operation (default DEFAULT_TIMEOUT_MS): past it the request is aborted and the
   * operation fails with StorageError('timeout'), so a hung account cannot hang a turn. */
  timeoutMs?: number;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Blob name for a key or key prefix: `blobName('a/b:ü')` → `a%2Fb%3A%C3%BC`. */
export function blobName(key: string): string {
  if (typeof key !== 'string' || LONE_SURROGATE.test(key)) throw new StorageError('invalid_key', 'keys must be well-formed strings');
  return encodeURIComponent(key).replace(/[.!'()*~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** The key for an item blob name, or undefined when the blob is not an item. */
export function keyOf(name: string): string | undefined {
  if (!/^(?:[A-Za-z0-9_-]|%[0-9A-F]{2})+$/.test(name)) return undefined;
  try {
    const key = decodeURIComponent(name);
    return blobName(key) === name ? key : undefined;
  } catch {
    return undefined;
  }
}

/** HTTP status of an Azure SDK error, if it got that far. */
export function statusOf(err: unknown): number | undefined {
  const status = (err as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** Wraps an unexpected Azure or network error once, at this boundary. */
export function unavailable(what: string, err: unknown, key?: string): StorageError {
  if (err instanceof StorageError) return err;
  const status = statusOf(err);
  return new StorageError('unavailable', `blob storage ${what} failed${status ? ` (HTTP ${status})` : ''}`, key, err);
}

/** One container, created on first use; a failed creation is retried by the next call. */
export class BlobContainer {
  readonly client: ContainerClient;
  readonly timeoutMs: number;
  private created?: Promise<void>;

  constructor(connectionString: string, container: string, options: BlobOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let service: BlobServiceClient;
    try {
      service = BlobServiceClient.fromConnectionString(connectionString, { retryOptions: options.retry ?? DEFAULT_RETRY });
    } catch (err) {
      throw new StorageError('unavailable', 'the Azure Storage connection string is not valid', undefined, err);
    }
    this.client = service.getContainerClient(container);
  }

  /**
   * Runs one operation under the client-side deadline: `fn` gets the abort signal to pass to every SDK call
   * (which tears the request down), and the operation rejects with StorageError('timeout') when the deadline
   * passes even if the SDK has not noticed yet. `await container.call('read', key, (abortSignal) => blob.download(0, undefined, { abortSignal }))`.
   */
  async call<T>(what: string, key: string | undefined, fn: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new StorageError('timeout', `blob storage ${what} timed out after ${this.timeoutMs} ms`, key));
      }, this.timeoutMs);
    });
    try {
      return await Promise.race([fn(controller.signal), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Resolves once the container exists (under the deadline; a timed-out creation is retried by the next call). */
  ensure(): Promise<void> {
    this.created ??= this.call('create container', undefined, (abortSignal) => this.client.createIfNotExists({ abortSignal })).then(
      () => undefined,
      (err) => {
        this.created = undefined;
        throw unavailable('create container', err);
      },
    );
    return this.created;
  }

  /** Call after a ContainerNotFound so the next operation creates it again. */
  forget(err: unknown): void {
    if ((err as { code?: unknown })?.code === 'ContainerNotFound') this.created = undefined;
  }
}
