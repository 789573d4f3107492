import { expect } from 'chai';
import { handleTurn } from '../../src/kernel/handle.js';
import { makeDeps } from '../support/fake-deps.js';
import { makeTurn } from '../support/turns.js';
import { cards, heading, nodes } from './helpers.js';

describe('conversation: the core commands', () => {
  it('routes "principles <organisation>" and "help" to their cards', async () => {
    const deps = makeDeps();
    expect(heading(await handleTurn(deps, makeTurn({ text: 'principles Southwark' })))).to.equal('Practice principles: Southwark Council');
    const help = await handleTurn(deps, makeTurn({ text: 'help', scope: 'channel' }));
    expect(heading(help)).to.equal('How to use the Practice Guide');
    expect(deps.searches).to.have.length(0);
  });

  it('help shows example questions', async () => {
    const deps = makeDeps();
    const texts = nodes(cards(await handleTurn(deps, makeTurn({ text: 'help' })))).map((n) => n.text).join('\n');
    expect(texts).to.include('What does strengths based mean?');
  });
});
