/**
 * BlobLeases: real Azure blob leases on one small blob per name, ".leases/<name>".
 *
 * How ttlMs maps onto Azure: Azure leases last 15-60 s or forever, fixed at acquisition, which
 * is both coarser than our ttl and impossible to shorten. So the Azure lease is taken as
 * infinite and the expiry is ours: the holder records {owner, expiresat} in the blob's metadata,
 * writing it with its lease id (only the holder can). An acquirer that finds the blob leased
 * (409) reads that metadata; if the recorded expiry has passed (or none was ever recorded), it
 * breaks the lease with If-Match on the ETag it read and acquires it. Setting metadata changes
 * the ETag, so a break can never hit a lease whose holder has renewed or just recorded its
 * expiry, and a holder whose lease was broken before it recorded the expiry fails that write and
 * reports null. Tests therefore see takeover after any ttl, with no 15 s wait.
 * Clocks: expiry is compared against each instance's clock, so skew between instances should
 * stay well under the ttl (NTP-synchronised hosts and ttls of seconds to minutes are fine).
 */
import { randomUUID } from 'node:crypto';
import type { BlockBlobClient } from '@azure/storage-blob';
import { BlobContainer, blobName, statusOf, unavailable, type BlobOptions } from './blob-shared.js';
import type { Lease, LeaseManager } from './port.js';

const LEASE_PREFIX = '.leases/';
/** Azure's "infinite" lease duration: expiry is tracked in metadata instead (see above). */
const INFINITE = -1;

export class BlobLeases implements LeaseManager {
  private readonly container: BlobContainer;

  /** `new BlobLeases(connectionString, 'practice-guide')`; `now` is injectable for tests. */
  constructor(connectionString: string, container: string, options: BlobOptions = {}, private readonly now: () => number = Date.now) {
    this.container = new BlobContainer(connectionString, container, options);
  }

  async acquire(name: string, owner: string, ttlMs: number): Promise<Lease | null> {
    await this.container.ensure();
    const blob = this.blob(name);
    const token = randomUUID();
    try {
      return await this.container.call('lease acquire', name, (abortSignal) => this.acquireUnder(blob, name, owner, ttlMs, token, abortSignal));
    } catch (err) {
      throw unavailable('lease acquire', err, name);
    }
  }

  /** acquire() under one deadline. */
  private async acquireUnder(blob: BlockBlobClient, name: string, owner: string, ttlMs: number, token: string, abortSignal: AbortSignal): Promise<Lease | null> {
    if (!(await this.tryAcquire(blob, token, abortSignal))) {
      const props = await blob.getProperties({ abortSignal });
      const meta = props.metadata ?? {};
      const recorded = Number(meta.expiresat ?? 0);
      const sameOwner = meta.owner === encodeURIComponent(owner);
      if (recorded > this.now() && !sameOwner) return null;
      try {
        await blob.getBlobLeaseClient().breakLease(0, { conditions: { ifMatch: props.etag }, abortSignal });
      } catch (err) {
        if (statusOf(err) === 412) return null; // the holder renewed or recorded its expiry meanwhile
        if (statusOf(err) !== 409) throw err; // 409: no lease any more (released): just try again
      }
      if (!(await this.tryAcquire(blob, token, abortSignal))) return null;
    }
    const expiresAt = this.now() + ttlMs;
    if (!(await this.record(blob, token, owner, expiresAt, undefined, abortSignal))) return null;
    return { name, owner, expiresAt, token };
  }

  async renew(lease: Lease, ttlMs: number): Promise<boolean> {
    const blob = this.blob(lease.name);
    try {
      return await this.container.call('lease renew', lease.name, async (abortSignal) => {
        const props = await blob.getProperties({ conditions: { leaseId: lease.token }, abortSignal });
        if (!(Number(props.metadata?.expiresat ?? 0) > this.now())) return false;
        const expiresAt = this.now() + ttlMs;
        if (!(await this.record(blob, lease.token, lease.owner, expiresAt, props.etag, abortSignal))) return false;
        lease.expiresAt = expiresAt;
        return true;
      });
    } catch (err) {
      if (isLost(err)) return false;
      throw unavailable('lease renew', err, lease.name);
    }
  }

  async release(lease: Lease): Promise<void> {
    try {
      await this.container.call('lease release', lease.name, (abortSignal) => this.blob(lease.name).getBlobLeaseClient(lease.token).releaseLease({ abortSignal }));
    } catch (err) {
      if (!isLost(err)) throw unavailable('lease release', err, lease.name);
    }
  }

  private blob(name: string): BlockBlobClient {
    return this.container.client.getBlockBlobClient(LEASE_PREFIX + blobName(name));
  }

  /** Takes the Azure lease with our id; false when someone holds it. Creates the lease blob on first use. */
  private async tryAcquire(blob: BlockBlobClient, token: string, abortSignal: AbortSignal): Promise<boolean> {
    try {
      await blob.getBlobLeaseClient(token).acquireLease(INFINITE, { abortSignal });
      return true;
    } catch (err) {
      if (statusOf(err) === 409) return false;
      if (statusOf(err) !== 404) throw err;
    }
    try {
      await blob.upload('', 0, { conditions: { ifNoneMatch: '*' }, abortSignal });
    } catch (err) {
      if (statusOf(err) !== 409 && statusOf(err) !== 412) throw err; // another acquirer created it first
    }
    return this.tryAcquire(blob, token, abortSignal);
  }

  /** Writes {owner, expiresat} under our lease (and ETag, when given); false when the lease was lost. */
  private async record(blob: BlockBlobClient, token: string, owner: string, expiresAt: number, ifMatch: string | undefined, abortSignal: AbortSignal): Promise<boolean> {
    try {
      await blob.setMetadata(
        { owner: encodeURIComponent(owner), expiresat: String(expiresAt) },
        { conditions: { leaseId: token, ...(ifMatch ? { ifMatch } : {}) }, abortSignal },
      );
      return true;
    } catch (err) {
      if (isLost(err)) return false;
      throw err;
    }
  }
}

/** 409 (lease id mismatch, lease lost) and 412 (lease or ETag condition not met) mean another instance has it. */
function isLost(err: unknown): boolean {
  const status = statusOf(err);
  return status === 409 || status === 412;
}
