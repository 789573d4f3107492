/** In-memory Storage and LeaseManager: the reference implementation of the port, for tests and `STORAGE_KIND=memory`. */
import { randomUUID } from 'node:crypto';
import { NEW_ONLY, StorageError, type Lease, type LeaseManager, type Storage, type StoreItems } from './port.js';

export class MemoryStorage implements Storage {
  private readonly items = new Map<string, { json: string; eTag: string }>();
  private counter = 0;

  async read(keys: string[]): Promise<StoreItems> {
    const out: StoreItems = {};
    for (const key of keys) {
      const hit = this.items.get(key);
      if (hit) out[key] = { ...JSON.parse(hit.json), eTag: hit.eTag };
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, value] of Object.entries(changes)) {
      const old = this.items.get(key);
      const wanted = value.eTag;
      if (wanted === NEW_ONLY ? old !== undefined : wanted && wanted !== '*' && old && old.eTag !== wanted) {
        throw new StorageError('etag_conflict', 'stale write refused', key);
      }
      if (wanted && wanted !== '*' && wanted !== NEW_ONLY && !old) {
        throw new StorageError('etag_conflict', 'stale write refused: the item was deleted', key);
      }
      const { eTag: _drop, ...rest } = value;
      this.items.set(key, { json: JSON.stringify(rest), eTag: String(++this.counter) });
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  async list(prefix: string): Promise<string[]> {
    return [...this.items.keys()].filter((k) => k.startsWith(prefix)).sort();
  }
}

export class MemoryLeases implements LeaseManager {
  private readonly held = new Map<string, Lease>();
  constructor(private readonly now: () => number = Date.now) {}

  async acquire(name: string, owner: string, ttlMs: number): Promise<Lease | null> {
    const cur = this.held.get(name);
    if (cur && cur.expiresAt > this.now() && cur.owner !== owner) return null;
    const lease = { name, owner, expiresAt: this.now() + ttlMs, token: randomUUID() };
    this.held.set(name, lease);
    return { ...lease };
  }

  async renew(lease: Lease, ttlMs: number): Promise<boolean> {
    const cur = this.held.get(lease.name);
    if (!cur || cur.token !== lease.token || cur.expiresAt <= this.now()) return false;
    cur.expiresAt = this.now() + ttlMs;
    lease.expiresAt = cur.expiresAt;
    return true;
  }

  async release(lease: Lease): Promise<void> {
    if (this.held.get(lease.name)?.token === lease.token) this.held.delete(lease.name);
  }
}
