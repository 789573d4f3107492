import { expect } from 'chai';
import { handleTurn } from '../../src/kernel/handle.js';
import { REPLIES } from '../../src/kernel/replies.js';
import { runDue } from '../../src/prompts/scheduler.js';
import {
  INDEX_GRACE_MS, indexKey, listSubscriptions, readSubscription, subscriptionKey,
} from '../../src/prompts/subscriptions.js';
import { StorageError, type Storage } from '../../src/storage/port.js';
import { makeTurn } from '../support/turns.js';
import type { FakeDeps } from '../support/fake-deps.js';
import { depsAt, fastRun } from './helpers.js';

const MONDAY_0800_BST = '2026-06-01T07:00:00Z';
const turn = (text: string) => makeTurn({ scope: 'channel', text });
const say = async (deps: FakeDeps, text: string) => (await handleTurn(deps, turn(text))).messages.map((m) => m.text ?? '').join('\n');
const conv = (deps: FakeDeps) => deps.hash('19:channel@thread.tacv2');

/** A store that "crashes" at its nth write (that write and nothing after it in the turn happens), then recovers. */
function crashingAtWrite(inner: Storage, n: number): Storage & { writes: number } {
  const store = {
    writes: 0,
    read: (keys: string[]) => inner.read(keys),
    delete: (keys: string[]) => inner.delete(keys),
    list: (prefix: string) => inner.list(prefix),
    async write(changes: Parameters<Storage['write']>[0]) {
      store.writes++;
      if (store.writes === n) throw new StorageError('unavailable', `simulated crash at write ${n}`);
      return inner.write(changes);
    },
  };
  return store;
}

describe('daily prompt subscriptions: what daily status says is what the scheduler does', () => {
  it('a crash between any two writes of "daily on" never leaves a subscription that says on but never posts', async () => {
    let points = 0;
    for (let n = 1; ; n++) {
      const deps = depsAt(MONDAY_0800_BST);
      const store = crashingAtWrite(deps.storage, n);
      const crashed = depsAt(MONDAY_0800_BST, { storage: store, leases: deps.leases });
      const reply = await say(crashed, 'daily on 09:00');
      if (store.writes < n) break; // every write of "daily on" has had its turn to fail
      points++;
      expect(reply, `crash at write ${n}`).to.equal(REPLIES.error);
      // The scheduler looks first (before anything reads, and so repairs, the subscription), then the channel asks.
      const listed = (await listSubscriptions(crashed.storage, crashed.now())).map((s) => s.conv);
      const report = await runDue(crashed, new Date(Date.parse('2026-06-01T08:00:00Z')), fastRun());
      const status = await say(crashed, 'daily status');
      const says = /prompts are on here/.test(status);
      expect(listed.includes(conv(crashed)), `crash at write ${n}: status and list agree`).to.equal(says);
      expect(report.outcomes.sent ?? 0, `crash at write ${n}: status and scheduler agree`).to.equal(says ? 1 : 0);
    }
    expect(points, 'daily on writes more than once (team row, index, record)').to.be.at.least(3);
  });

  it('a subscription with no index row (an older version crashed) is repaired when read, so it posts again', async () => {
    const deps = depsAt(MONDAY_0800_BST);
    expect(await say(deps, 'daily on 09:00')).to.match(/prompts are on here/);
    await deps.storage.delete([indexKey(conv(deps))]);
    expect(await listSubscriptions(deps.storage, deps.now())).to.have.length(0);
    expect(await say(deps, 'daily status')).to.match(/prompts are on here/);
    expect((await listSubscriptions(deps.storage, deps.now())).map((s) => s.conv)).to.deep.equal([conv(deps)]);
    const report = await runDue(deps, new Date(Date.parse('2026-06-01T08:00:00Z')), fastRun());
    expect(report.outcomes.sent).to.equal(1);
  });

  it('an index row with no record is kept for INDEX_GRACE_MS (its record may be on its way), then tidied', async () => {
    const deps = depsAt(MONDAY_0800_BST);
    await deps.storage.write({ [indexKey('fresh')]: { key: subscriptionKey('fresh'), at: deps.now() } });
    await deps.storage.write({ [indexKey('old')]: { key: subscriptionKey('old'), at: deps.now() - INDEX_GRACE_MS } });
    await deps.storage.write({ [indexKey('legacy')]: { key: subscriptionKey('legacy') } });
    expect(await listSubscriptions(deps.storage, deps.now())).to.deep.equal([]);
    expect(await deps.storage.list('daily/')).to.deep.equal([indexKey('fresh')]);
    expect(await readSubscription(deps.storage, 'fresh')).to.equal(undefined);
  });
});
