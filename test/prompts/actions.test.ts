import { expect } from 'chai';
import { askOrganisation, discuss } from '../../src/prompts/actions.js';
import { validateCard } from '../../src/cards/validate.js';
import { makeDeps } from '../support/fake-deps.js';
import { makeTurn } from '../support/turns.js';

describe('daily prompt actions', () => {
  it('asks which organisation once: the card heading, with no message text repeating it', () => {
    const deps = makeDeps();
    const out = askOrganisation(deps, { time: '09:30', days: 'weekdays' });
    expect(out.messages).to.have.length(1);
    expect(out.messages[0].text).to.equal(undefined);
    const card = out.messages[0].card!;
    expect(validateCard(card)).to.deep.equal([]);
    const json = JSON.stringify(card);
    expect(json.match(/Which organisation's guidance should I post here\?/g)).to.have.length(2); // the heading and its speak
    expect((card.body as { text: string }[]).filter((b) => /Which organisation/.test(b.text))).to.have.length(1);
    expect(json).to.include('09:30 on weekdays');
  });

  it('calls a passage gone from the guide a passage, not a principle', async () => {
    const out = await discuss(makeDeps(), makeTurn({ scope: 'channel' }), 'no-such-entry');
    expect(out.messages[0].text).to.match(/^That passage is no longer in the guide/);
  });
});
