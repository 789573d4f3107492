/**
 * StorageLeases: a LeaseManager built on any Storage's eTags. A lease is a record
 * {owner, token, expiresAt} under the lease name; taking, renewing and releasing it are
 * conditional writes, so of two racing instances exactly one wins and the other sees a conflict.
 * Release writes an expired record (conditionally) rather than deleting, because delete takes no
 * eTag and could remove a lease someone else has just taken over.
 */
import { randomUUID } from 'node:crypto';
import { isConflict, NEW_ONLY, type Lease, type LeaseManager, type Storage, type StoreItem } from './port.js';

interface LeaseRecord extends StoreItem { owner: string; token: string; expiresAt: number }

export class StorageLeases implements LeaseManager {
  /** `new StorageLeases(new FileStorage(dir))`; `now` is injectable for tests. */
  constructor(private readonly store: Storage, private readonly now: () => number = Date.now) {}

  async acquire(name: string, owner: string, ttlMs: number): Promise<Lease | null> {
    const cur = await this.current(name);
    const rec = cur && isRecord(cur) ? cur : undefined;
    if (rec && rec.expiresAt > this.now() && rec.owner !== owner) return null;
    const lease: Lease = { name, owner, expiresAt: this.now() + ttlMs, token: randomUUID() };
    const ok = await this.put(name, { owner, token: lease.token, expiresAt: lease.expiresAt }, cur?.eTag ?? NEW_ONLY);
    return ok ? lease : null;
  }

  async renew(lease: Lease, ttlMs: number): Promise<boolean> {
    const cur = await this.current(lease.name);
    if (!cur || !isRecord(cur) || cur.token !== lease.token || cur.expiresAt <= this.now()) return false;
    const expiresAt = this.now() + ttlMs;
    if (!(await this.put(lease.name, { owner: lease.owner, token: lease.token, expiresAt }, cur.eTag))) return false;
    lease.expiresAt = expiresAt;
    return true;
  }

  async release(lease: Lease): Promise<void> {
    const cur = await this.current(lease.name);
    if (cur && isRecord(cur) && cur.token === lease.token) {
      await this.put(lease.name, { owner: '', token: '', expiresAt: 0 }, cur.eTag);
    }
  }

  private async current(name: string): Promise<StoreItem | undefined> {
    return (await this.store.read([name]))[name];
  }

  /** Conditional write; false when another instance changed the record first. */
  private async put(name: string, rec: Omit<LeaseRecord, 'eTag'>, eTag: string | undefined): Promise<boolean> {
    try {
      await this.store.write({ [name]: { ...rec, eTag } });
      return true;
    } catch (err) {
      if (isConflict(err)) return false;
      throw err;
    }
  }
}

function isRecord(item: StoreItem): item is LeaseRecord {
  return typeof item.owner === 'string' && typeof item.token === 'string' && typeof item.expiresAt === 'number';
}
