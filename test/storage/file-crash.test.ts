/**
 * Crash safety and cross-process safety of FileStorage, with real child processes:
 * a writer killed with SIGKILL in the middle of a burst loses no acknowledged write and leaves
 * nothing corrupt; two processes incrementing one counter lose no increment.
 */
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileStorage } from '../../src/storage/file.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
/** Enough acknowledged writes that the kill lands mid-burst with writes in flight. */
const ACKS_BEFORE_KILL = 60;

function run(script: string, args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(FIXTURES, script), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

describe('FileStorage with real processes', function () {
  this.timeout(60_000);
  let dir: string;
  const children: ChildProcess[] = [];
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pg-crash-'));
  });
  afterEach(async () => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write when the writer is killed with SIGKILL mid-burst', async () => {
    const child = run('burst-writer.ts', [dir, '100000', '4']);
    children.push(child);
    const acked: string[] = [];
    let errors = '';
    child.stderr!.on('data', (d) => (errors += d));
    await new Promise<void>((resolve, reject) => {
      let buffer = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop()!;
        acked.push(...lines.filter(Boolean));
        if (acked.length >= ACKS_BEFORE_KILL && child.exitCode === null) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.once('exit', (code, signal) => {
        if (signal !== 'SIGKILL') reject(new Error(`writer exited early (${code}): ${errors}`));
      });
    });
    await exited(child);

    const store = new FileStorage(dir);
    const listed = await store.list('burst/');
    expect(listed).to.include.members(acked);
    const values = await store.read(listed);
    for (const key of acked) {
      const n = Number(key.slice('burst/'.length));
      expect(values[key], key).to.include({ n, text: `value “${n}” — ✓` });
    }
    for (const [key, value] of Object.entries(values)) {
      expect(value.n, key).to.equal(Number(key.slice('burst/'.length)));
      expect(value.pad).to.have.length(Number(value.n) % 2000);
    }
    // The dead writer's temp files and lock files are not keys, and a new write to every key works.
    expect(await store.list('')).to.deep.equal(listed);
    await store.write(Object.fromEntries(listed.map((key) => [key, { rewritten: true }])));
    const leftovers = (await fs.readdir(dir)).filter((name) => name.startsWith('.tmp-'));
    expect(leftovers).to.deep.equal([]);
  });

  it('loses no increment when two processes update one counter', async () => {
    const each = 20;
    const pair = [run('counter.ts', [dir, String(each)]), run('counter.ts', [dir, String(each)])];
    children.push(...pair);
    const codes = await Promise.all(pair.map(exited));
    expect(codes).to.deep.equal([0, 0]);
    const got = await new FileStorage(dir).read(['counter']);
    expect(got.counter.n).to.equal(2 * each);
  });
});
