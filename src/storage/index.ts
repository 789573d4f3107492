/**
 * Storage composition: picks the store from configuration.
 * file → FileStorage(dataDir) with leases in dataDir/.leases; memory → MemoryStorage;
 * blob → BlobStorage and BlobLeases in one container (items are "<encoded key>", leases ".leases/…").
 */
import path from 'node:path';
import type { Config } from '../config.js';
import { BlobLeases, BlobStorage } from './blob.js';
import { FileLeases, FileStorage } from './file.js';
import { MemoryLeases, MemoryStorage } from './memory.js';
import { StorageError, type LeaseManager, type Storage } from './port.js';

/** /readyz must answer promptly: an unreachable store counts as not ready after this long. */
export const PING_TIMEOUT_MS = 3_000;

export interface Stores {
  storage: Storage;
  leases: LeaseManager;
  /** True when the store is reachable and writable (backs GET /readyz); never throws. */
  ping(): Promise<boolean>;
  close?(): Promise<void>;
}

export type StorageSettings = Pick<Config, 'storageKind' | 'dataDir' | 'blobConnectionString' | 'blobContainer'> & Partial<Pick<Config, 'storageTimeoutMs'>>;

/** Builds the configured store: `const { storage, leases, ping } = createStorage(config)`. */
export function createStorage(config: StorageSettings): Stores {
  switch (config.storageKind) {
    case 'memory': {
      return { storage: new MemoryStorage(), leases: new MemoryLeases(), ping: async () => true, close: async () => {} };
    }
    case 'blob': {
      const options = { timeoutMs: config.storageTimeoutMs };
      const storage = new BlobStorage(config.blobConnectionString, config.blobContainer, options);
      const leases = new BlobLeases(config.blobConnectionString, config.blobContainer, options);
      return { storage, leases, ping: () => withTimeout(storage.ping()), close: async () => {} };
    }
    case 'file': {
      const storage = new FileStorage(config.dataDir);
      const leases = new FileLeases(path.join(config.dataDir, '.leases'));
      return { storage, leases, ping: () => withTimeout(storage.ping()), close: async () => {} };
    }
    default:
      throw new StorageError('unavailable', `unknown storage kind ${String((config as { storageKind: unknown }).storageKind)}`);
  }
}

async function withTimeout(check: Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
  });
  try {
    return await Promise.race([check.catch(() => false), late]);
  } finally {
    clearTimeout(timer);
  }
}
