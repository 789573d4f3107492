import { expect } from 'chai';
import { byKind, firstByName, handleTurn } from '../../src/kernel/handle.js';
import { NO_TABLES, type Route } from '../../src/kernel/deps.js';
import { makeDeps } from '../support/fake-deps.js';
import { makeTurn } from '../support/turns.js';

describe('kernel: handleTurn routes through the tables it is given', () => {
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

  it('membersAdded and message-extension queries are delegated to their features', async () => {
    const deps = makeDeps();
    const added = await handleTurn(deps, makeTurn({ kind: 'membersAdded', scope: 'channel', members: [{ id: '29:new' }] }));
    expect(added.messages).to.be.an('array');
    const query = await handleTurn(deps, makeTurn({ kind: 'query', value: { commandId: 'findGuidance', parameters: [{ name: 'query', value: 'strengths' }] } }));
    expect(query.invokeResponse?.status).to.equal(200);
  });

  it('dispatches on deps.tables only: no routes, no reply; a registered route is the one that runs', async () => {
    const deps = makeDeps({ tables: NO_TABLES });
    expect(await handleTurn(deps, makeTurn({ text: 'help' }))).to.deep.equal({ messages: [] });
    const echo: Route = { name: 'echo', select: byKind('message'), handle: async () => ({ messages: [{ text: 'routed' }] }) };
    deps.tables = { ...NO_TABLES, routes: [echo] };
    expect(await handleTurn(deps, makeTurn({ text: 'help' }))).to.deep.equal({ messages: [{ text: 'routed' }] });
    expect(await handleTurn(deps, makeTurn({ kind: 'installed' }))).to.deep.equal({ messages: [] });
  });

  it('firstByName keeps the first row of each name, folding names as told', () => {
    const rows = [{ name: 'help', n: 1 }, { name: 'Help', n: 2 }, { name: 'help', n: 3 }, { name: 'about', n: 4 }];
    expect(firstByName(rows).map((r) => r.n)).to.deep.equal([1, 2, 4]);
    expect(firstByName(rows, (n) => n.toLowerCase()).map((r) => r.n)).to.deep.equal([1, 4]);
  });
});
