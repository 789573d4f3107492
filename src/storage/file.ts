/**
 * FileStorage: the durable local default. One file per key, "<encoded key>.json", holding
 * {key, eTag, value}. A write goes to a temp file in the same folder, is fsynced, renamed over
 * the old file and the folder is fsynced, so a crash leaves either the old or the new value,
 * never a torn one. Writes and deletes hold the key's lock (see file-lock.ts), which makes the
 * eTag check and the rename one step for every process sharing the folder; reads take no lock.
 * Names starting with '.' (temp files, .locks/, .leases/) are never keys.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { checkKey, decodeKey, encodeKey, isHashedName } from './file-names.js';
import { isLeftoverTemp, tempName, withFileLock } from './file-lock.js';
import { StorageLeases } from './leases.js';
import { eTagConflicts, StorageError, type Storage, type StoreItems } from './port.js';

interface FileRecord { key: string; eTag: string; value: Record<string, unknown> }
const CORRUPT = Symbol('corrupt');
type Loaded = FileRecord | typeof CORRUPT | undefined;
const SUFFIX = '.json';

export class FileStorage implements Storage {
  readonly dir: string;
  private readonly lockDir: string;
  private swept?: Promise<void>;

  /** `new FileStorage('./data')`: the folder is created on the first write. */
  constructor(dir: string) {
    this.dir = path.resolve(dir);
    this.lockDir = path.join(this.dir, '.locks');
  }

  async read(keys: string[]): Promise<StoreItems> {
    const out: StoreItems = {};
    for (const key of keys) {
      let rec = await this.load(key);
      if (rec === CORRUPT) rec = await this.clean(key);
      if (rec) out[key] = { ...rec.value, eTag: rec.eTag };
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      checkKey(key);
      const { eTag: wanted, ...value } = item;
      const body = JSON.stringify({ key, eTag: newETag(), value } satisfies FileRecord);
      await this.ready();
      await withFileLock(this.lockPath(key), async () => {
        const cur = await this.load(key);
        const current = cur && cur !== CORRUPT ? cur.eTag : undefined;
        if (eTagConflicts(wanted, current)) throw new StorageError('etag_conflict', 'stale write refused', key);
        await this.replace(this.filePath(key), body);
      });
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) {
      checkKey(key);
      await withFileLock(this.lockPath(key), async () => {
        await fs.rm(this.filePath(key), { force: true }).catch((err) => {
          throw new StorageError('unavailable', 'delete failed', key, err);
        });
        await syncDir(this.dir);
      });
    }
  }

  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    for (const name of await this.names()) {
      if (name.startsWith('.') || !name.endsWith(SUFFIX)) continue;
      const stem = name.slice(0, -SUFFIX.length);
      const key = decodeKey(stem) ?? (isHashedName(stem) ? await this.keyInside(stem) : undefined);
      if (key !== undefined && key.startsWith(prefix)) keys.push(key);
    }
    return keys.sort();
  }

  /** Writes and removes a probe file: true when the folder is there and writable. */
  async ping(): Promise<boolean> {
    try {
      await fs.mkdir(this.dir, { recursive: true });
      const probe = path.join(this.dir, tempName());
      await fs.writeFile(probe, 'ok');
      await fs.rm(probe, { force: true });
      return true;
    } catch {
      return false;
    }
  }

  private filePath(key: string): string {
    return path.join(this.dir, encodeKey(key) + SUFFIX);
  }

  private lockPath(key: string): string {
    return path.join(this.lockDir, encodeKey(key) + '.lock');
  }

  /** Creates the folder and clears temp files left by dead writers, once per instance. */
  private ready(): Promise<void> {
    this.swept ??= (async () => {
      await fs.mkdir(this.dir, { recursive: true });
      await this.names();
      await sweep(this.lockDir).catch(() => undefined); // temp files of lock-takers that died
    })().catch((err) => {
      this.swept = undefined;
      throw new StorageError('unavailable', `cannot use the data folder ${this.dir}`, undefined, err);
    });
    return this.swept;
  }

  /** The folder's entries, deleting leftover temp files on the way. */
  private async names(): Promise<string[]> {
    try {
      return await sweep(this.dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new StorageError('unavailable', 'cannot list the data folder', undefined, err);
    }
  }

  private async load(key: string): Promise<Loaded> {
    let raw: string;
    try {
      raw = await fs.readFile(this.filePath(key), 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return undefined;
      if (code === 'EISDIR') return CORRUPT;
      throw new StorageError('unavailable', 'read failed', key, err);
    }
    return parseRecord(raw, key);
  }

  /** Removes a corrupt file under the key's lock (unless a writer replaced it meanwhile) and returns what is there now. */
  private clean(key: string): Promise<FileRecord | undefined> {
    return withFileLock(this.lockPath(key), async () => {
      const rec = await this.load(key);
      if (rec !== CORRUPT) return rec;
      await fs.rm(this.filePath(key), { force: true, recursive: true });
      return undefined;
    });
  }

  private async keyInside(stem: string): Promise<string | undefined> {
    const raw = await fs.readFile(path.join(this.dir, stem + SUFFIX), 'utf8').catch(() => '');
    try {
      const key = (JSON.parse(raw) as { key?: unknown }).key;
      return typeof key === 'string' && key.length > 0 && encodeKey(key) === stem ? key : undefined;
    } catch {
      return undefined;
    }
  }

  /** Temp file, write, fsync, rename over the target, fsync the folder. */
  private async replace(file: string, body: string): Promise<void> {
    const temp = path.join(this.dir, tempName());
    try {
      const handle = await fs.open(temp, 'wx');
      try {
        await handle.writeFile(body, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temp, file);
      await syncDir(this.dir);
    } catch (err) {
      await fs.rm(temp, { force: true }).catch(() => undefined);
      throw new StorageError('unavailable', 'write failed', path.basename(file), err);
    }
  }
}

/** FileLeases: leases as records in a FileStorage folder, so they share its atomic, cross-process eTag checks. */
export class FileLeases extends StorageLeases {
  /** `new FileLeases('./data/.leases')`; `now` is injectable for tests. */
  constructor(dir: string, now: () => number = Date.now) {
    super(new FileStorage(dir), now);
  }
}

function parseRecord(raw: string, key: string): FileRecord | typeof CORRUPT {
  try {
    const rec = JSON.parse(raw) as Partial<FileRecord>;
    const ok = rec && rec.key === key && typeof rec.eTag === 'string' && rec.value !== null
      && typeof rec.value === 'object' && !Array.isArray(rec.value);
    return ok ? (rec as FileRecord) : CORRUPT;
  } catch {
    return CORRUPT;
  }
}

/** Lists a folder, removing temp files that no live writer will rename. */
async function sweep(dir: string): Promise<string[]> {
  const names = await fs.readdir(dir);
  for (const name of names) {
    if (!name.startsWith('.tmp-')) continue;
    const file = path.join(dir, name);
    const st = await fs.stat(file).catch(() => undefined);
    if (st && isLeftoverTemp(name, st.mtimeMs)) await fs.rm(file, { force: true }).catch(() => undefined);
  }
  return names;
}

function newETag(): string {
  return `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
}

/** fsyncs a folder so a rename in it survives power loss; a no-op where folders cannot be synced. */
async function syncDir(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (!['EISDIR', 'EINVAL', 'EPERM', 'EBADF', 'ENOENT'].includes(code ?? '')) {
      throw new StorageError('unavailable', 'cannot sync the data folder', undefined, err);
    }
  } finally {
    await handle?.close();
  }
}
