import { expect } from 'chai';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { handleTurn } from '../../src/conversation/handle.js';
import { makeDeps, resultOf, searchReturning } from '../support/fake-deps.js';
import { makeTurn } from '../support/turns.js';

describe('answering: an overview that quotes its close runners-up', () => {
  const kb = loadKnowledge(new URL('../../knowledge', import.meta.url).pathname);
  const quoteIn = (out: { messages: { card?: unknown }[] }) => JSON.stringify(out.messages.map((m) => m.card)).includes('"answer-quote"');

  it('answers with the overview instead of asking "did you mean" between a list and its own lines', async () => {
    const deps = makeDeps({ kb, search: searchReturning(resultOf(kb, 'did-you-mean', ['bf-aspire-overview', 'bf-aspire-timeliness', 'bf-aspire-planning'])) });
    expect(quoteIn(await handleTurn(deps, makeTurn({ text: 'aspire bracknell' })))).to.equal(true);
  });

  it('still asks when the close passages are different guidance', async () => {
    const deps = makeDeps({ kb, search: searchReturning(resultOf(kb, 'did-you-mean', ['bf-aspire-timeliness', 'bf-aspire-overview', 'bf-aspire-planning'])) });
    expect(quoteIn(await handleTurn(deps, makeTurn({ text: 'aspire bracknell' })))).to.equal(false);
  });
});
