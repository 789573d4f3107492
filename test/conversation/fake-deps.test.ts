import { expect } from 'chai';
import { makeDeps, FIXED_NOW, resultOf, searchReturning } from '../support/fake-deps.js';
import { fixtureKb } from '../support/fixture-kb.js';
import { makeTurn } from '../support/turns.js';

describe('test support: makeDeps, fixture KB, makeTurn', () => {
  it('captures logs, sends, searches and moves the clock', async () => {
    const deps = makeDeps({ config: { defaultOrganisation: 'southwark' } });
    expect(deps.config.defaultOrganisation).to.equal('southwark');
    deps.logger.info({ code: 'x' }, 'hello');
    expect(deps.logs.at(-1)).to.include({ code: 'x', msg: 'hello' });
    await deps.notifier.send(makeTurn().ref, { text: 'hi' });
    await deps.notifier.sendToUser!(makeTurn().ref, { id: 'u' }, { text: 'hi' });
    expect(deps.sent.map((s) => s.via)).to.deep.equal(['send', 'sendToUser']);
    expect(deps.now()).to.equal(FIXED_NOW);
    deps.clock.advance(1000);
    expect(deps.now()).to.equal(FIXED_NOW + 1000);
    expect(deps.search('what does strengths based mean', {}).outcome).to.equal('answer');
    expect(deps.searches).to.have.length(1);
    expect(deps.hash('29:a')).to.match(/^[0-9a-f]{16}$/);
    deps.owners.add('t1|aad');
    expect(await deps.teamRoles.isOwner('t1', 'aad')).to.equal(true);
    expect(await deps.teamRoles.isOwner('t2', 'aad')).to.equal(false);
  });

  it('fixture quotes occur verbatim in their local copies', () => {
    const kb = fixtureKb();
    for (const e of kb.entries) {
      expect(kb.sourceById.get(e.source)!.text, e.id).to.include(e.quote);
      for (const r of e.related) expect(kb.entryById.has(r), r).to.equal(true);
    }
  });

  it('searchReturning and resultOf build fixed results', () => {
    const kb = fixtureKb();
    const deps = makeDeps({ kb, search: searchReturning(resultOf(kb, 'did-you-mean', ['kent-vision', 'surrey-consent-children'], 0.5)) });
    const r = deps.search('anything', {});
    expect(r.outcome).to.equal('did-you-mean');
    expect(r.hits.map((h) => h.entry.id)).to.deep.equal(['kent-vision', 'surrey-consent-children']);
  });

  it('makeTurn fills a channel turn with team and channel ids', () => {
    const t = makeTurn({ scope: 'channel', text: 'help' });
    expect(t.teamId).to.be.a('string');
    expect(t.ref.conversation.conversationType).to.equal('channel');
  });
});
