import { expect } from 'chai';
import { runDue } from '../../src/prompts/scheduler.js';
import { validateCard } from '../../src/cards/validate.js';
import { startApp, type Harness } from '../support/app-harness.js';
import { startAzurite } from '../support/azurite.js';
import { installed, message } from '../support/teams.js';

const CHANNEL = '19:channel-practice@thread.tacv2';
const london = (date: string, time: string) => {
  // Europe/London wall-clock → UTC instant, by trying both offsets (GMT, BST).
  for (const offset of [0, 1]) {
    const d = new Date(`${date}T${time}:00Z`);
    d.setUTCHours(d.getUTCHours() - offset);
    const wall = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
    if (wall === time) return d;
  }
  throw new Error(`no such London time ${date} ${time}`);
};
const postsTo = (h: Harness) => h.connector.calls.filter((c) => c.conversationId === CHANNEL && c.method === 'POST' && c.body.type === 'message');

describe('daily prompts over HTTP (end to end)', function () {
  this.timeout(60_000);
  const clock = { t: london('2026-03-25', '12:00').getTime() };
  let h: Harness;
  before(async () => { h = await startApp({ DEFAULT_ORGANISATION: 'southwark' }, { now: () => clock.t }); });
  after(async () => h?.close());

  it('subscribes a channel, posts once per working day at 09:00 UK time across the clock change and Easter, none at weekends, and 403 ends it', async () => {
    const channel = { serviceUrl: h.connector.url, scope: 'channel' as const, conversationId: `${CHANNEL};messageid=1711111111111` };
    await h.send(message('daily on 09:00 weekdays', channel));
    expect(JSON.stringify(h.connector.messages())).to.match(/on/i);
    h.connector.clear();

    const days = ['2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02', '2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06'];
    const posted: string[] = [];
    for (const day of days) {
      const before = postsTo(h).length;
      await runDue(h.app.deps, london(day, '08:55'), { sleep: async () => undefined });
      expect(postsTo(h).length, `nothing before 09:00 on ${day}`).to.equal(before);
      await runDue(h.app.deps, london(day, '09:00'), { sleep: async () => undefined });
      await runDue(h.app.deps, london(day, '09:07'), { sleep: async () => undefined });
      const after = postsTo(h).length;
      expect(after - before, `at most one post on ${day}`).to.be.at.most(1);
      if (after > before) posted.push(day);
    }
    // Weekends (28-29 Mar, 4-5 Apr), Good Friday (3 Apr) and Easter Monday (6 Apr) are skipped; 30 Mar is the first BST working day.
    expect(posted).to.deep.equal(['2026-03-26', '2026-03-27', '2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02']);
    const cards = postsTo(h).flatMap((c) => (c.body.attachments as { content: Record<string, unknown> }[]).map((a) => a.content));
    for (const card of cards) expect(validateCard(card)).to.deep.equal([]);
    const titles = cards.map((c) => JSON.stringify(c));
    expect(new Set(titles).size, 'no repeats within the rotation').to.equal(titles.length);

    h.connector.failNext(403);
    await runDue(h.app.deps, london('2026-04-07', '09:00'), { sleep: async () => undefined });
    const before = postsTo(h).length;
    await runDue(h.app.deps, london('2026-04-08', '09:00'), { sleep: async () => undefined });
    expect(postsTo(h).length, 'no posts after a 403').to.equal(before);
    const sub = Object.values(await h.app.deps.storage.read((await h.app.deps.storage.list('conv/')).filter((k) => k.endsWith('/daily'))))[0];
    expect(sub.status).to.equal('ended');
    expect(sub.endedReason).to.equal('removed-403');
  });

  it('removing the bot from the team deletes every channel subscription of that team', async () => {
    const channel = { serviceUrl: h.connector.url, scope: 'channel' as const, conversationId: `${CHANNEL};messageid=1722222222222` };
    await h.send(message('daily on 09:30 every day', channel));
    expect(await h.app.deps.storage.list('team/')).to.not.have.length(0);
    await h.send(installed({ serviceUrl: h.connector.url, scope: 'channel', conversationId: '19:team-1@thread.tacv2' }, 'remove'));
    const left = (await h.app.deps.storage.list('conv/')).filter((k) => k.endsWith('/daily'));
    expect(left).to.deep.equal([]);
    expect(await h.app.deps.storage.list('team/')).to.deep.equal([]);
  });
});

describe('daily prompts with two bot instances on Azurite', function () {
  this.timeout(90_000);
  let azurite: Awaited<ReturnType<typeof startAzurite>>;
  let a: Harness;
  let b: Harness;
  const clock = { t: new Date('2026-06-09T11:00:00Z').getTime() };
  before(async () => {
    azurite = await startAzurite();
    const env = { STORAGE_KIND: 'blob', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: 'two-instances', DEFAULT_ORGANISATION: 'kent', USER_HASH_SALT: 'shared-salt' };
    a = await startApp(env, { now: () => clock.t });
    b = await startApp(env, { now: () => clock.t });
  });
  after(async () => { await a?.close(); await b?.close(); await azurite?.stop(); });

  it('sends each due post exactly once when both run at the same moment', async () => {
    const channels = ['19:c1@thread.tacv2', '19:c2@thread.tacv2', '19:c3@thread.tacv2'];
    for (const id of channels) await a.send(message('daily on 09:00 every day', { serviceUrl: a.connector.url, scope: 'channel', conversationId: id }));
    a.connector.clear();
    for (const day of ['2026-06-10', '2026-06-11']) {
      const at = new Date(`${day}T08:00:00Z`); // 09:00 BST
      await Promise.all([runDue(a.app.deps, at, { sleep: async () => undefined }), runDue(b.app.deps, at, { sleep: async () => undefined })]);
      // A lease-holder that finished leaves the lease free: a second pass by the other instance must still not double.
      await runDue(b.app.deps, new Date(`${day}T08:05:00Z`), { sleep: async () => undefined });
    }
    const posts = a.connector.calls.filter((c) => channels.includes(c.conversationId) && c.body.type === 'message');
    expect(posts).to.have.length(channels.length * 2);
  });
});
