import { expect } from 'chai';
import { handleTurn } from '../../src/kernel/handle.js';
import { convPrefix, teamPrefix } from '../../src/conversation/lifecycle.js';
import { makeDeps, resultOf, searchReturning } from '../support/fake-deps.js';
import { makeTurn } from '../support/turns.js';
import { heading, submitData } from './helpers.js';

describe('conversation: install and removal', () => {
  it('installation sends the welcome card once per conversation', async () => {
    const deps = makeDeps();
    const first = await handleTurn(deps, makeTurn({ kind: 'installed', scope: 'channel' }));
    expect(heading(first)).to.equal("Hello, I'm the Practice Guide");
    const body = JSON.stringify(first.messages[0].card);
    expect(body).to.include("Hello, I'm the Practice Guide").and.include("don't type names");
    // The induction only runs in a personal chat: a channel gets a deep link to that chat, not a button that cannot work here.
    expect(submitData(first)).not.to.deep.include({ action: 'induction', op: 'start' });
    expect(body).to.include('Open a chat with Practice Guide and type induction');
    expect((await handleTurn(deps, makeTurn({ kind: 'installed', scope: 'channel' }))).messages).to.have.length(0);
    expect((await handleTurn(deps, makeTurn({ kind: 'installed', scope: 'personal' }))).messages).to.have.length(1);
  });

  it('uninstall deletes everything stored for that conversation and team, and nothing else', async () => {
    const deps = makeDeps();
    const turn = makeTurn({ kind: 'uninstalled', scope: 'channel' });
    const conv = convPrefix(deps, turn.conversationId);
    const team = teamPrefix(deps, turn.teamId!);
    await deps.storage.write({ [`${conv}ref`]: { a: 1 }, [`${conv}prompts`]: { a: 1 }, [`${team}settings`]: { a: 1 }, 'conv/other/ref': { a: 1 }, 'feedback/x/y': { a: 1 } });
    expect(await handleTurn(deps, turn)).to.deep.equal({ messages: [] });
    expect(await deps.storage.list('')).to.deep.equal(['conv/other/ref', 'feedback/x/y']);
  });
});

describe('conversation: search outcomes when the organisation is known', () => {
  it('ask-organisation from the engine becomes did-you-mean when the user already chose', async () => {
    const deps = makeDeps({ config: { defaultOrganisation: 'surrey' } });
    deps.search = searchReturning(resultOf(deps.kb, 'ask-organisation', ['surrey-consent-children', 'kent-vision'], 0.6));
    const out = await handleTurn(deps, makeTurn({ text: 'consent' }));
    expect(heading(out)).to.equal('Did you mean one of these?');
  });
});
