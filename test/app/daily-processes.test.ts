import { expect } from 'chai';
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { startApp, type Harness } from '../support/app-harness.js';
import { startAzurite } from '../support/azurite.js';
import { message } from '../support/teams.js';

const root = path.resolve(import.meta.dirname, '../..');

function runDueProcess(env: Record<string, string>, at: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/scripts/prompts.ts', 'run-due', '--at', at], {
      cwd: root, env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    child.on('exit', (code) => resolve({ code, out }));
  });
}

describe('daily prompts: two bot processes on one Azurite store', function () {
  this.timeout(120_000);
  let azurite: Awaited<ReturnType<typeof startAzurite>>;
  let h: Harness;
  let env: Record<string, string>;
  before(async () => {
    azurite = await startAzurite();
    env = { STORAGE_KIND: 'blob', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: 'two-processes', DEFAULT_ORGANISATION: 'bracknell-forest', USER_HASH_SALT: 'shared-salt' };
    h = await startApp(env, { now: () => new Date('2026-06-09T11:00:00Z').getTime() });
  });
  after(async () => { await h?.close(); await azurite?.stop(); });

  it('sends each due post exactly once when two processes run the same moment', async () => {
    const channels = ['19:p1@thread.tacv2', '19:p2@thread.tacv2', '19:p3@thread.tacv2', '19:p4@thread.tacv2'];
    for (const id of channels) await h.send(message('daily on 09:00 every day', { serviceUrl: h.connector.url, scope: 'channel', conversationId: id }));
    h.connector.clear();
    const at = '2026-06-10T08:01:00Z'; // 09:01 BST
    const [a, b] = await Promise.all([runDueProcess(env, at), runDueProcess(env, at)]);
    expect(a.code, a.out).to.equal(0);
    expect(b.code, b.out).to.equal(0);
    // The one that lost the lease the first time may run again later: still no doubles.
    const c = await runDueProcess(env, '2026-06-10T08:20:00Z');
    expect(c.code, c.out).to.equal(0);
    const posts = h.connector.calls.filter((call) => channels.includes(call.conversationId) && call.body.type === 'message');
    expect(posts.map((p) => p.conversationId).sort()).to.deep.equal([...channels].sort());
  });
});
