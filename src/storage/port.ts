/**
 * The one storage port every feature uses. Semantics are botbuilder's `Storage`
 * (read/write/delete by key, eTags for optimistic concurrency: a write whose eTag is
 * neither missing nor "*" and differs from the stored one is refused), plus listing
 * keys by prefix. Leases live in a second small port so one of several instances does a job.
 */

/** A stored value. `eTag` is set by the store on read; pass it back on write to guard against lost updates. */
export interface StoreItem {
  eTag?: string;
  [key: string]: unknown;
}

export type StoreItems = Record<string, StoreItem>;

export interface Storage {
  /** Returns only the keys that exist; each item carries its current eTag. */
  read(keys: string[]): Promise<StoreItems>;
  /**
   * Writes every item; an item whose eTag is stale rejects with StorageError code 'etag_conflict'.
   * Items are written one after another, as in botbuilder's stores: not a transaction across keys.
   */
  write(changes: StoreItems): Promise<void>;
  /** Deletes the keys; missing keys are ignored. */
  delete(keys: string[]): Promise<void>;
  /** Lists the keys that start with prefix, sorted. */
  list(prefix: string): Promise<string[]>;
}

export interface Lease {
  name: string;
  owner: string;
  /** Epoch ms when the lease lapses unless renewed. */
  expiresAt: number;
  /** Store-specific handle (for example an Azure lease id). */
  token: string;
}

export interface LeaseManager {
  /** Takes the named lease for ttlMs, or returns null when another owner holds a live one. */
  acquire(name: string, owner: string, ttlMs: number): Promise<Lease | null>;
  /** Extends a held lease; false when it was lost (expired and taken). */
  renew(lease: Lease, ttlMs: number): Promise<boolean>;
  release(lease: Lease): Promise<void>;
}

/** `timeout`: the store did not answer within its client-side deadline (STORAGE_TIMEOUT_MS). */
export type StorageErrorCode = 'etag_conflict' | 'unavailable' | 'timeout' | 'corrupt' | 'invalid_key';

export class StorageError extends Error {
  constructor(readonly code: StorageErrorCode, message: string, readonly key?: string, readonly cause?: unknown) {
    super(message);
    this.name = 'StorageError';
  }
}

/**
 * The eTag rule every store applies, given the eTag sent with a write and the stored one
 * (undefined when the key is absent): `eTagConflicts('3', '4') === true`, `eTagConflicts('*', '4') === false`.
 * Missing or "*" always writes; NEW_ONLY writes only when absent; any other eTag must match a present value.
 */
export function eTagConflicts(wanted: string | undefined, current: string | undefined): boolean {
  if (wanted === undefined || wanted === '' || wanted === '*') return false;
  if (wanted === NEW_ONLY) return current !== undefined;
  return current !== wanted;
}

/** True when err is a refused stale write. */
export function isConflict(err: unknown): boolean {
  return err instanceof StorageError && err.code === 'etag_conflict';
}

/**
 * Read-modify-write with retry on eTag conflict: `update(store, 'k', (old) => ({...old, n: 1}))`.
 * The mutator gets the current value (or undefined) and returns the new one, or undefined to leave it.
 */
export async function update<T extends StoreItem>(
  store: Storage,
  key: string,
  mutate: (current: T | undefined) => T | undefined | Promise<T | undefined>,
  attempts = 8,
): Promise<T | undefined> {
  for (let i = 0; i < attempts; i++) {
    const current = (await store.read([key]))[key] as T | undefined;
    const next = await mutate(current ? structuredClone(current) : undefined);
    if (next === undefined) return current;
    const eTag = current?.eTag ?? NEW_ONLY;
    try {
      await store.write({ [key]: { ...next, eTag } });
      return next;
    } catch (err) {
      if (!isConflict(err) || i === attempts - 1) throw err;
      await new Promise((r) => setTimeout(r, Math.random() * 20 * (i + 1)));
    }
  }
  return undefined;
}

/**
 * The eTag to send when the key must not exist yet (create-only). Stores treat it as
 * "refuse if any value is present", the way Azure's If-None-Match: * does.
 */
export const NEW_ONLY = '__new__';
