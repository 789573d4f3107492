import { expect } from 'chai';
import { handleTurn } from '../../src/conversation/handle.js';
import { convPrefix, teamPrefix } from '../../src/conversation/lifecycle.js';
import { makeDeps, resultOf, searchReturning } from '../support/fake-deps.js';
import { makeTurn } from '../support/turns.js';
import { heading, submitData } from './helpers.js';

describe('conversation: routing and lifecycle', () => {
  it('an activity kind the bot does not handle gets an empty output', async () => {
    const deps = makeDeps();
    expect(await handleTurn(deps, makeTurn({ kind: 'other', text: 'hello' }))).to.deep.equal({ messages: [] });
  });

  it('an unexpected error becomes a short kind reply with a logged code, never a stack trace', async () => {
    const deps = makeDeps({ search: () => { throw Object.assign(new Error('index exploded at /secret/path.ts:12'), { code: 'engine_broken' }); } });
    const out = await handleTurn(deps, makeTurn({ text: 'what does strengths based mean' }));
    expect(out.messages).to.have.length(1);
    expect(out.messages[0].text).to.match(/^Sorry, something went wrong/);
    expect(JSON.stringify(out)).not.to.match(/secret|exploded|at /);
    const logged = deps.logs.find((l) => l.code === 'turn_failed')!;
    expect(logged).to.include({ cause: 'engine_broken', route: 'message' });
    expect(JSON.stringify(deps.logs)).not.to.include('strengths based');
  });

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

  it('membersAdded and message-extension queries are delegated to their features', async () => {
    const deps = makeDeps();
    const added = await handleTurn(deps, makeTurn({ kind: 'membersAdded', scope: 'channel', members: [{ id: '29:new' }] }));
    expect(added.messages).to.be.an('array');
    const query = await handleTurn(deps, makeTurn({ kind: 'query', value: { commandId: 'findGuidance', parameters: [{ name: 'query', value: 'strengths' }] } }));
    expect(query.invokeResponse?.status).to.equal(200);
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
