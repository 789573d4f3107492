import { expect } from 'chai';
import { runScript } from './run-script.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileStorage } from '../../src/storage/file.js';
import { postingRef, saveSubscription } from '../../src/prompts/subscriptions.js';
import { makeTurn } from '../support/turns.js';
import { startFakeConnector, type FakeConnector } from '../support/fake-connector.js';


const prompts = (env: Record<string, string>, args: string[]) => runScript('prompts.ts', { LOG_LEVEL: 'warn', ...env }, args);

describe('npm run prompts (the script)', function () {
  this.timeout(60_000);
  let connector: FakeConnector;
  before(async () => { connector = await startFakeConnector(); });
  after(async () => connector?.close());

  it('list has column headers, and after run-due --at its next post is the one after that run', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-prompts-'));
    const env = { STORAGE_KIND: 'file', DATA_DIR: dataDir, USER_HASH_SALT: 'salt', DEFAULT_ORGANISATION: 'southwark' };
    const turn = makeTurn({ scope: 'channel' });
    await saveSubscription(new FileStorage(dataDir), 'conv1', {
      ref: postingRef({ ...turn.ref, serviceUrl: connector.url }), organisation: 'southwark', time: '09:00', days: 'weekdays', changedBy: 'x', changedAt: 0,
    });
    const ran = await prompts(env, ['run-due', '--at', '2026-06-02T08:05:00Z']); // Tuesday 09:05 BST
    expect(ran.code, ran.out).to.equal(0);
    expect(connector.messages()).to.have.length(1);

    const listed = await prompts(env, ['list', '--at', '2026-06-02T08:05:00Z']);
    expect(listed.code, listed.out).to.equal(0);
    const lines = listed.out.trim().split('\n');
    expect(lines[0]).to.match(/^1 daily prompt subscription; next posts as of Tuesday 2 June 2026 at 09:05 UK time/);
    expect(lines[1]).to.match(/^CONVERSATION +STATUS +ORGANISATION +TIME +DAYS +TENANT +LAST POST +NEXT POST$/);
    expect(lines[2]).to.match(/^conv1 +active +southwark +09:00 +weekdays +\S+ +2026-06-02 +Wednesday 3 June 2026 at 09:00 UK time$/);

    expect((await prompts(env, ['list', '--at', 'yesterday'])).code).to.equal(2);
  });
});
