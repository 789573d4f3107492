import { expect } from 'chai';
import { commands, submitActions } from '../../src/prompts/commands.js';
import { validateCard } from '../../src/cards/validate.js';
import { readSubscription, subscriptionKey } from '../../src/prompts/subscriptions.js';
import { runDue } from '../../src/prompts/scheduler.js';
import { makeTurn } from '../support/turns.js';
import { depsAt, fastRun } from './helpers.js';
import { promptHeading } from '../../src/prompts/card.js';
import { answerQuoteText, quoteLines } from '../support/quote.js';
import type { FakeDeps } from '../support/fake-deps.js';

const daily = commands.find((c) => c.name === 'daily')!;
const submit = submitActions.find((a) => a.name === 'daily')!;
const channel = makeTurn({ scope: 'channel', userName: 'Sam Worker' });
const text = (out: { messages: { text?: string }[] }) => out.messages.map((m) => m.text ?? '').join('\n');
const conv = (deps: FakeDeps) => deps.hash('19:channel@thread.tacv2');

describe('daily command', () => {
  it('daily on: 09:00 weekdays, the deployment organisation, says who changed it and when it posts next', async () => {
    const deps = depsAt('2026-10-23T07:00:00Z'); // Friday 08:00 BST
    const out = await daily.run(deps, channel, 'on');
    expect(text(out)).to.match(/09:00 on weekdays/).and.match(/Southwark Council/).and.match(/Changed by Sam Worker/)
      .and.match(/Next post: Friday 23 October 2026 at 09:00 UK time/);
    const sub = await readSubscription(deps.storage, conv(deps));
    expect(sub).to.include({ organisation: 'southwark', time: '09:00', days: 'weekdays', status: 'active' });
    expect(sub!.ref.conversation.id).to.equal('19:channel@thread.tacv2');
    expect(JSON.stringify(sub)).not.to.include('daily on').and.not.to.include('Sam Worker').and.not.to.include('29:test-user');
    expect(await deps.storage.list('daily/')).to.have.length(1);
  });

  it('daily on after today’s time starts tomorrow, skipping the weekend', async () => {
    const deps = depsAt('2026-10-23T12:00:00Z'); // Friday 13:00 BST
    const out = await daily.run(deps, channel, 'on 9:30 surrey');
    expect(text(out)).to.match(/Next post: Monday 26 October 2026 at 09:30 UK time/);
  });

  it('daily status shows settings and next post; daily off stops it', async () => {
    const deps = depsAt('2026-12-24T10:00:00Z');
    expect(text(await daily.run(deps, channel, 'status'))).to.match(/off in this conversation/);
    await daily.run(deps, channel, 'on every day kent');
    expect(text(await daily.run(deps, channel, 'status'))).to.match(/every day/).and.match(/Kent County Council/).and.match(/Next post: Friday 25 December|Saturday 26 December/);
    expect(text(await daily.run(deps, channel, 'off'))).to.match(/off here/).and.match(/Changed by Sam Worker/);
    expect(text(await daily.run(deps, channel, 'status'))).to.match(/turned off/);
  });

  it('bad input gets a kind usage reply', async () => {
    const deps = depsAt('2026-10-23T07:00:00Z');
    expect(text(await daily.run(deps, channel, 'on 25:99'))).to.match(/could not read "25:99" as a time/).and.match(/daily on 9:30/);
    expect(text(await daily.run(deps, channel, 'on atlantis'))).to.match(/I do not have guidance for "atlantis"/);
    expect(text(await daily.run(deps, makeTurn({ scope: 'personal' }), 'on'))).to.match(/team channel or a group chat/);
  });

  it('with no organisation configured or named, asks which with buttons that subscribe', async () => {
    const deps = depsAt('2026-10-23T07:00:00Z', { config: { defaultOrganisation: '' } });
    const out = await daily.run(deps, channel, 'on 10:15');
    const card = out.messages[0].card!;
    expect(validateCard(card)).to.deep.equal([]);
    const json = JSON.stringify(card);
    expect(json).to.include('"organisation":"kent"').and.include('"time":"10:15"');
    expect(await readSubscription(deps.storage, conv(deps))).to.equal(undefined);
    const done = await submit.run(deps, { ...channel, kind: 'submit' }, { action: 'daily', op: 'org', organisation: 'kent', time: '10:15', days: 'weekdays' });
    expect(text(done)).to.match(/10:15 on weekdays/).and.match(/Kent/);
    expect(JSON.stringify((await submit.run(deps, channel, { action: 'daily', op: 'org', organisation: '<script>' })).messages[0].card)).to.match(/Which organisation/);
  });

  it('refuses changes the rule does not allow, but status still works', async () => {
    const deps = depsAt('2026-10-23T07:00:00Z', { config: { teamSettingsRule: 'owners', defaultOrganisation: 'southwark' }, teamRoles: { isOwner: async () => { throw new Error('graph down'); } } });
    expect(text(await daily.run(deps, channel, 'on'))).to.match(/could not check/);
    expect(await deps.storage.read([subscriptionKey(conv(deps))])).to.deep.equal({});
    expect(text(await daily.run(deps, channel, 'status'))).to.match(/off in this conversation/);
  });

  it('daily now posts a valid prompt card; the next one differs', async () => {
    const deps = depsAt('2026-10-23T07:00:00Z');
    await daily.run(deps, channel, 'on');
    const first = (await daily.run(deps, channel, 'now')).messages[0].card!;
    const second = (await daily.run(deps, channel, 'now')).messages[0].card!;
    expect(validateCard(first)).to.deep.equal([]);
    expect(JSON.stringify(first)).to.include('answer-quote').and.include('From the Practice Guide team, not from the source');
    const quote = (c: Record<string, unknown>) => answerQuoteText(c);
    expect(quote(first)).not.to.equal(quote(second));
    const entry = deps.kb.entries.find((e) => quoteLines(e.quote) === quote(first));
    expect((first.body as { text?: string }[])[0].text, 'the heading says what kind of passage it is').to.equal(promptHeading(entry!));
    expect(entry, 'the quote is an entry’s verbatim quote').to.not.equal(undefined);
  });

  it('"Discuss in thread" replies inviting discussion', async () => {
    const deps = depsAt('2026-10-23T07:00:00Z');
    const out = await submit.run(deps, { ...channel, kind: 'submit' }, { action: 'daily', op: 'discuss', entryId: 'southwark-principle-reflective' });
    expect(text(out)).to.match(/Let's talk about \*\*Reflective\*\*/).and.match(/@mention me/);
  });
});

describe('five working days across a clock change (and a bank holiday)', () => {
  async function simulate(startIso: string, days: number, subscribeCmd: string) {
    const deps = depsAt(startIso);
    await daily.run(deps, channel, subscribeCmd);
    const postsByDate = new Map<string, number>();
    const tick = 5 * 60_000; // coarse ticks keep the test quick; the window logic is the same
    for (let t = deps.now(); t < Date.parse(startIso) + days * 86_400_000; t += tick) {
      deps.clock.set(t);
      const before = deps.sent.length;
      await runDue(deps, new Date(t), fastRun());
      if (deps.sent.length > before) {
        const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'short', timeStyle: 'short' }).format(new Date(t));
        postsByDate.set(local, (postsByDate.get(local) ?? 0) + deps.sent.length - before);
      }
    }
    return { deps, posts: [...postsByDate.entries()] };
  }

  it('Fri 23 Oct to Fri 30 Oct 2026: one post each working day at 09:00 local, none at the weekend', async () => {
    const { posts, deps } = await simulate('2026-10-22T23:00:00Z', 8, 'on');
    expect(posts).to.deep.equal([
      ['23/10/2026, 09:00', 1], ['26/10/2026, 09:00', 1], ['27/10/2026, 09:00', 1], ['28/10/2026, 09:00', 1], ['29/10/2026, 09:00', 1], ['30/10/2026, 09:00', 1],
    ]);
    const ids = deps.sent.map((s) => JSON.stringify(s.message.card));
    for (let i = 1; i < ids.length; i++) expect(ids[i]).not.to.equal(ids[i - 1]);
  });

  it('Wed 23 Dec 2026 to Thu 31 Dec: skips Christmas, the weekend and the Boxing Day substitute', async () => {
    const { posts } = await simulate('2026-12-23T00:00:00Z', 9, 'on every day');
    expect(posts.map(([d]) => d.slice(0, 10))).to.deep.equal(['23/12/2026', '24/12/2026', '26/12/2026', '27/12/2026', '29/12/2026', '30/12/2026', '31/12/2026']);
    expect(posts.every(([, n]) => n === 1)).to.equal(true);
  });
});
