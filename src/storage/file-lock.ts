/**
 * Per-key mutual exclusion for the file store, inside one process and across processes.
 *
 * Inside a process: a promise chain per lock path (shared by every FileStorage instance).
 * Across processes: a lock file created with O_EXCL holding {pid, host, nonce, at}. A lock is
 * stale when its holder is a dead process on this host (found at once, so a kill -9 costs
 * nothing) or when it is older than STALE_LOCK_MS (holders on other hosts, reused pids).
 * Breaking a stale lock is itself guarded by a "<lock>.break" file, and the breaker deletes the
 * lock only if it is still the very file it judged stale, so two breakers cannot remove a
 * fresh lock that a third process has just taken.
 */
import { createHash, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { StorageError } from './port.js';

/** A write holds a lock for milliseconds; 20 s means the holder is stuck or gone, not slow. */
export const STALE_LOCK_MS = 20_000;
/** Give up waiting for a busy key after this long (longer than STALE_LOCK_MS, so a wait outlives a stale lock). */
export const LOCK_WAIT_MS = 30_000;
/** First retry delay when a key is busy; doubles up to MAX_BACKOFF_MS, with jitter. */
const MIN_BACKOFF_MS = 1;
const MAX_BACKOFF_MS = 25;

const tails = new Map<string, Promise<void>>();
const HOST = hostname();
const HOST_TAG = createHash('sha256').update(HOST).digest('hex').slice(0, 8);
const TEMP = /^\.tmp-([0-9a-f]{8})-(\d+)-/;

/** A temp file name, ".tmp-<host tag>-<pid>-<uuid>", so a sweep can recognise a dead writer's leftovers. */
export function tempName(): string {
  return `.tmp-${HOST_TAG}-${process.pid}-${randomUUID()}`;
}

/** True for a temp file that no live writer will rename: its writer on this host is dead, or it is older than STALE_LOCK_MS. */
export function isLeftoverTemp(name: string, mtimeMs: number): boolean {
  if (!name.startsWith('.tmp-')) return false;
  if (Date.now() - mtimeMs > STALE_LOCK_MS) return true;
  const m = TEMP.exec(name);
  return m !== null && m[1] === HOST_TAG && !pidAlive(Number(m[2]));
}

/** Runs fn while holding the in-process mutex for `id` (calls for one id run one at a time, in order). */
export async function serialise<T>(id: string, fn: () => Promise<T>): Promise<T> {
  const prev = tails.get(id) ?? Promise.resolve();
  let done!: () => void;
  const mine = new Promise<void>((resolve) => (done = resolve));
  const tail = prev.then(() => mine);
  tails.set(id, tail);
  await prev;
  try {
    return await fn();
  } finally {
    done();
    if (tails.get(id) === tail) tails.delete(id);
  }
}

/** Runs fn holding both the in-process mutex and the lock file at lockPath. */
export async function withFileLock<T>(lockPath: string, fn: () => Promise<T>): Promise<T> {
  return serialise(lockPath, async () => {
    const nonce = await acquire(lockPath);
    try {
      return await fn();
    } finally {
      await release(lockPath, nonce);
    }
  });
}

interface Seen { raw: string; ino: number; mtimeMs: number }

async function acquire(lockPath: string): Promise<string> {
  const nonce = randomUUID();
  const body = JSON.stringify({ pid: process.pid, host: HOST, nonce, at: Date.now() });
  const started = Date.now();
  let backoff = MIN_BACKOFF_MS;
  for (;;) {
    if (await tryCreate(lockPath, body)) return nonce;
    const seen = await look(lockPath);
    if (seen && isStale(seen)) {
      await breakStale(lockPath, seen);
      continue;
    }
    if (Date.now() - started > LOCK_WAIT_MS) {
      throw new StorageError('unavailable', `timed out waiting for the lock ${path.basename(lockPath)}`);
    }
    await sleep(backoff * (0.5 + Math.random()));
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
  }
}

/**
 * Creates the file with its full content or not at all (write a temp file, then link(2) it to
 * the lock name, which fails with EEXIST when the lock is taken); false when it already exists.
 */
async function tryCreate(file: string, body: string): Promise<boolean> {
  const temp = path.join(path.dirname(file), tempName());
  try {
    await fs.writeFile(temp, body, { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw unavailable(file, err);
    await fs.mkdir(path.dirname(file), { recursive: true });
    return tryCreate(file, body);
  }
  try {
    await fs.link(temp, file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw unavailable(file, err);
  } finally {
    await fs.rm(temp, { force: true });
  }
}

function unavailable(file: string, err: unknown): StorageError {
  return new StorageError('unavailable', `cannot create lock ${path.basename(file)}`, undefined, err);
}

async function look(file: string): Promise<Seen | undefined> {
  try {
    const [raw, st] = await Promise.all([fs.readFile(file, 'utf8'), fs.stat(file)]);
    return { raw, ino: st.ino, mtimeMs: st.mtimeMs };
  } catch {
    return undefined; // gone already: the caller simply tries again
  }
}

function isStale(seen: Seen): boolean {
  if (Date.now() - seen.mtimeMs > STALE_LOCK_MS) return true;
  try {
    const { pid, host } = JSON.parse(seen.raw) as { pid?: unknown; host?: unknown };
    return host === HOST && typeof pid === 'number' && !pidAlive(pid);
  } catch {
    return false; // not ours (locks are written whole): the age rule decides
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function breakStale(lockPath: string, seen: Seen): Promise<void> {
  const breakPath = `${lockPath}.break`;
  if (!(await tryCreate(breakPath, JSON.stringify({ pid: process.pid, host: HOST, at: Date.now() })))) {
    const other = await look(breakPath);
    if (other && isStale(other)) await fs.rm(breakPath, { force: true });
    else await sleep(MIN_BACKOFF_MS + Math.random() * MAX_BACKOFF_MS);
    return;
  }
  try {
    const now = await look(lockPath);
    if (now && now.raw === seen.raw && now.ino === seen.ino && now.mtimeMs === seen.mtimeMs) {
      await fs.rm(lockPath, { force: true });
    }
  } finally {
    await fs.rm(breakPath, { force: true });
  }
}

async function release(lockPath: string, nonce: string): Promise<void> {
  const seen = await look(lockPath);
  if (seen && seen.raw.includes(nonce)) await fs.rm(lockPath, { force: true });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
