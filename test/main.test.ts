import { expect } from 'chai';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

interface Run { out: string; code: Promise<number | null>; kill(signal: NodeJS.Signals): void; port(): Promise<number>; }

function run(env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
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
        const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(state.out);
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
