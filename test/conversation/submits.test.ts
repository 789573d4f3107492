import { expect } from 'chai';
import { handleTurn } from '../../src/kernel/handle.js';
import { feedbackFor, feedbackKey } from '../../src/conversation/feedback.js';
import { TABLES } from '../../src/app/tables.js';
import { makeDeps, FIXED_NOW } from '../support/fake-deps.js';
import { makeTurn } from '../support/turns.js';
import { allText, heading, quoteOf } from './helpers.js';

const submit = (value: unknown, partial = {}) => makeTurn({ kind: 'submit', value, ...partial });
const ENTRY = 'southwark-principle-strengths-based';

describe('conversation: card submits', () => {
  it('ask: a follow-up button answers that entry', async () => {
    const deps = makeDeps();
    const out = await handleTurn(deps, submit({ action: 'ask', entryId: 'southwark-principle-relationship-based' }));
    expect(quoteOf(out)).to.equal(deps.kb.entryById.get('southwark-principle-relationship-based')!.quote);
  });

  it('ask: a button on an old card whose entry was removed gets a kind reply', async () => {
    const deps = makeDeps();
    const out = await handleTurn(deps, submit({ action: 'ask', entryId: 'southwark-principle-retired' }));
    expect(out.messages[0].text).to.match(/no longer in the guide/);
    expect(out.messages[0].text).to.match(/help/);
  });

  it('missing, unknown or tampered data gets a kind reply and changes nothing', async () => {
    const deps = makeDeps();
    const cases: unknown[] = [
      undefined, null, 'ask', 42, [], {}, { action: 7 }, { action: 'x'.repeat(10_000) }, { action: 'launchMissiles' },
      { action: 'ask' }, { action: 'ask', entryId: 12 }, { action: 'ask', entryId: '../../etc/passwd' }, { action: 'ask', entryId: 'x'.repeat(50_000) },
      { action: 'feedback', entryId: ENTRY }, { action: 'feedback', entryId: ENTRY, helpful: 'maybe' },
      { action: 'feedback', entryId: ENTRY, helpful: true, comment: 'x'.repeat(50_000) }, { action: 'feedback', entryId: ENTRY, helpful: true, comment: { a: 1 } },
      { action: 'feedback', entryId: 'feedback/../x', helpful: true },
      { action: 'chooseOrg' }, { action: 'chooseOrg', organisation: 'atlantis' }, { action: 'chooseOrg', organisation: 'kent', question: 'q'.repeat(50_000) },
      { action: 'chooseOrg', organisation: 'kent', question: ['a'] }, { action: 'principles', organisation: { x: 1 } },
    ];
    for (const value of cases) {
      const out = await handleTurn(deps, submit(value));
      expect(out.messages, JSON.stringify(value)?.slice(0, 60)).to.have.length(1);
      expect(out.messages[0].text, JSON.stringify(value)?.slice(0, 60)).to.match(/Sorry, I couldn't act on that button|no longer in the guide/);
    }
    expect(await deps.storage.list('')).to.deep.equal([]);
    expect(deps.logs.some((l) => (l.level as number) >= 50)).to.equal(false);
  });

  it('feedback: stored per entry and user; a second click updates, never double-counts', async () => {
    const deps = makeDeps();
    let out = await handleTurn(deps, submit({ action: 'feedback', entryId: ENTRY, helpful: true }));
    expect(out.messages[0].text).to.match(/Thanks/);
    deps.clock.advance(60_000);
    out = await handleTurn(deps, submit({ action: 'feedback', entryId: ENTRY, helpful: false }));
    let all = await feedbackFor(deps, ENTRY);
    expect(all).to.have.length(1);
    expect(all[0]).to.deep.include({ entryId: ENTRY, helpful: false, at: FIXED_NOW + 60_000, user: deps.hash(makeTurn().userId) });
    expect(await deps.storage.list('feedback/')).to.deep.equal([feedbackKey(deps, ENTRY, makeTurn().userId)]);
    await handleTurn(deps, submit({ action: 'feedback', entryId: ENTRY, helpful: true }, { userId: '29:someone-else' }));
    all = await feedbackFor(deps, ENTRY);
    expect(all.map((f) => f.helpful).sort()).to.deep.equal([false, true]);
  });

  it('feedback: a comment is stored only after redaction; the user id never is', async () => {
    const deps = makeDeps();
    await handleTurn(deps, submit({ action: 'feedback', entryId: ENTRY, helpful: 'no', comment: 'Unclear for my case, NHS number 943 476 5919' }));
    const [stored] = await feedbackFor(deps, ENTRY);
    expect(stored.helpful).to.equal(false);
    expect(stored.comment).to.be.a('string').and.not.include('943 476 5919');
    expect(JSON.stringify(stored)).not.to.include(makeTurn().userId);
  });

  it('none: a kind reply saying who to ask', async () => {
    const deps = makeDeps({ config: { askWho: { '*': 'your PSW' } } });
    const out = await handleTurn(deps, submit({ action: 'none' }));
    expect(allText(out)).to.include('your PSW');
  });

  it('principles and help buttons show their cards', async () => {
    const deps = makeDeps();
    expect(heading(await handleTurn(deps, submit({ action: 'principles', organisation: 'southwark' })))).to.equal('Practice principles: Southwark Council');
    expect(heading(await handleTurn(deps, submit({ action: 'help' })))).to.equal('How to use the Practice Guide');
    expect(heading(await handleTurn(deps, submit({ action: 'about' })))).to.equal('About the Practice Guide');
  });

  it('submit action names are unique', () => {
    const names = TABLES.submits.map((a) => a.name);
    expect(new Set(names).size).to.equal(names.length);
  });
});
