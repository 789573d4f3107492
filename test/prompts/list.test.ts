import { expect } from 'chai';
import { COLUMNS, listTable } from '../../src/prompts/list.js';
import type { Subscription } from '../../src/prompts/subscriptions.js';
import { newRotation } from '../../src/prompts/rotation.js';
import { holidays } from './helpers.js';

function sub(over: Partial<Subscription> = {}): Subscription {
  return {
    v: 1, conv: 'c0ffee', organisation: 'southwark', time: '09:00', days: 'weekdays', status: 'active', changedBy: 'x', changedAt: 0,
    ref: { serviceUrl: 'https://smba.example/', channelId: 'msteams', conversation: { id: '19:c@thread.tacv2', tenantId: 't1' } } as Subscription['ref'],
    rotation: newRotation(), ...over,
  };
}
const hash = (id: string | undefined) => `h-${id}`;
const MONDAY_1000_BST = Date.parse('2026-06-01T09:00:00Z');

describe('prompts list (operator table)', () => {
  it('has a header row naming every column, aligned with the rows', () => {
    const lines = listTable([sub(), sub({ conv: 'another-conversation', status: 'ended', endedReason: 'off' })], MONDAY_1000_BST, holidays, hash).split('\n');
    expect(lines[0]).to.match(/^2 daily prompt subscriptions; next posts as of Monday 1 June 2026 at 10:00 UK time/);
    expect(lines[1].split(/\s{2,}/)).to.deep.equal([...COLUMNS]);
    const statusAt = lines[1].indexOf('STATUS');
    expect(lines[2].slice(statusAt)).to.match(/^active /);
    expect(lines[3].slice(statusAt)).to.match(/^ended \(off\) /);
    expect(lines[3]).to.match(/ -$/); // an ended subscription has no next post
  });

  it('after a run at --at, the next post is the one after it, never one before the last post', () => {
    // run-due --at Tuesday 2 June 09:00 posted Tuesday's prompt; the operator lists as of that run, or of now (Monday).
    const ran = sub({ lastPostDate: '2026-06-02' });
    expect(listTable([ran], Date.parse('2026-06-02T08:00:00Z'), holidays, hash)).to.match(/2026-06-02 +Wednesday 3 June 2026 at 09:00 UK time$/m);
    expect(listTable([ran], MONDAY_1000_BST, holidays, hash)).to.match(/2026-06-02 +Wednesday 3 June 2026 at 09:00 UK time$/m);
  });

  it('says so when there are none', () => {
    expect(listTable([], MONDAY_1000_BST, holidays, hash)).to.equal('No daily prompt subscriptions.');
  });
});
