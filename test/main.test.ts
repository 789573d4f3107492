import { expect } from 'chai';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

interface Run { out: string; code: Promise<number | null>; kill(signal: NodeJS.Signals): void; port(): Promise<number>; }

function run(env: Record<string, string>, script = 'src/main.ts'): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root, env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const state = { out: '' };
  child.stdout.on('data', (d) => { state.out += d; });
  child.stderr.on('data', (d) => { state.out += d; });
  const code = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  return {
    get out() { return state.out; },
    code,
    kill: (signal) => child.kill(signal),
    async port() {
      for (let i = 0; i < 600; i++) {
        const m = /listening on http:\/\/(?:127\.0\.0\.1|0\.0\.0\.0):(\d+)/.exec(state.out);
        if (m) return Number(m[1]);
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`did not start:\n${state.out}`);
    },
  } as Run;
}

describe('main (the process)', function () {
  this.timeout(60_000);

  it('starts on embedded defaults, says auth is off, answers /healthz, and exits 0 on SIGTERM', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-main-'));
    const proc = run({ DATA_DIR: dataDir });
    const port = await proc.port();
    expect(proc.out).to.match(/Authentication is OFF/);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).to.equal(200);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).to.equal(200);
    proc.kill('SIGTERM');
    expect(await proc.code).to.equal(0);
  });

  it('with auth off and no HOST, listens on 127.0.0.1 only and says so', async () => {
    const proc = run({ HOST: '', DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'pg-main-')) });
    const port = await proc.port();
    expect(proc.out).to.match(/listening on http:\/\/127\.0\.0\.1:\d+ \(this machine only/);
    expect(await reachable('127.0.0.1', port)).to.equal(true);
    expect(await reachable('127.0.0.2', port), 'another address of this machine').to.equal(false);
    proc.kill('SIGTERM');
    expect(await proc.code).to.equal(0);
  });

  it('with auth off and HOST=0.0.0.0 listens on all interfaces and says what that means', async () => {
    const proc = run({ HOST: '0.0.0.0', DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'pg-main-')) });
    const port = await proc.port();
    expect(await reachable('127.0.0.2', port), 'another address of this machine').to.equal(true);
    expect(proc.out).to.match(/listening on http:\/\/0\.0\.0\.0:\d+ \(all interfaces, HOST=0\.0\.0\.0\): with authentication off, anyone/);
    proc.kill('SIGTERM');
    expect(await proc.code).to.equal(0);
  });

  it('a port in use stops start-up with one line naming PORT and HOST, exit code 1, no stack trace', async () => {
    await withBusyPort(async (port) => {
      const proc = run({ PORT: String(port), DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'pg-main-')) });
      expect(await proc.code).to.equal(1);
      expect(proc.out).to.contain(`PORT=${port}`).and.to.contain('HOST=127.0.0.1').and.to.contain('EADDRINUSE');
      expect(proc.out).not.to.match(/^\s+at /m);
    });
  });

  it('npm run playground exits non-zero when the bot cannot listen', async () => {
    await withBusyPort(async (port) => {
      const proc = run({ PORT: String(port), PLAYGROUND_PORT: '0' }, 'src/scripts/playground.ts');
      expect(await proc.code).to.equal(1);
      expect(proc.out).to.contain(`PORT=${port}`);
    });
  });

  it('stops start-up on a bad variable, naming it', async () => {
    const proc = run({ STORAGE_KIND: 'postgres' });
    expect(await proc.code).to.equal(2);
    expect(proc.out).to.contain('STORAGE_KIND');
  });

  it('stops start-up on a broken knowledge file, naming the file, entry and field', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-kb-'));
    fs.cpSync(path.join(root, 'knowledge'), dir, { recursive: true });
    const file = fs.readdirSync(path.join(dir, 'entries')).filter((f) => f.endsWith('.yaml')).sort()[0];
    const full = path.join(dir, 'entries', file);
    const text = fs.readFileSync(full, 'utf8');
    fs.writeFileSync(full, text.replace(/^(\s*)quote:.*$/m, '$1quote: "Words that are not in the source document at all."'));
    const proc = run({ KNOWLEDGE_DIR: dir, DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'pg-main-')) });
    expect(await proc.code).to.equal(1);
    expect(proc.out).to.contain(file).and.to.contain('quote');
  });
});

/** Runs fn with a port that something else holds on 127.0.0.1. */
async function withBusyPort(fn: (port: number) => Promise<void>): Promise<void> {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  try {
    await fn((blocker.address() as net.AddressInfo).port);
  } finally {
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
  }
}

/** True when a TCP connection to host:port is accepted (127.0.0.2 reaches only servers bound to every interface). */
async function reachable(host: string, port: number): Promise<boolean> {
  const socket = net.connect(port, host);
  const ok = await new Promise<boolean>((resolve) => { socket.once('connect', () => resolve(true)); socket.once('error', () => resolve(false)); });
  socket.destroy();
  return ok;
}
