import { expect } from 'chai';
import { askOrganisationCard, didYouMeanCard } from '../../src/cards/choices.js';
import { validateCard } from '../../src/cards/validate.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

import { nodes as walk, type Json } from '../support/json.js';

describe('cards: choices quote each passage with its list items on their own lines', () => {
  const kb = loadKnowledge(new URL('../../knowledge', import.meta.url).pathname);
  const deps = { kb };
  const ids = ['bf-secure-base-model', 'surrey-principles-overview', 'southwark-principle-fair'];

  it('did you mean', () => {
    const card = didYouMeanCard(deps, ids.map((id) => kb.entryById.get(id)!));
    expect(validateCard(card)).to.deep.equal([]);
    const texts = walk(card.body).filter((o) => o.type === 'TextBlock').map((o) => String(o.text));
    expect(texts).to.include('• availability - people are there for me');
    expect(texts).to.include('- Building the resilience of families and communities to support each other;');
    expect(texts.some((t) => t.includes('\n'))).to.equal(false);
    expect(JSON.stringify(card)).not.to.include('answer-quote');
  });

  it('which organisation, with previews', () => {
    const card = askOrganisationCard(deps, { previews: ids.map((id) => kb.entryById.get(id)!) });
    expect(validateCard(card)).to.deep.equal([]);
    const texts = walk(card.body).filter((o) => o.type === 'TextBlock').map((o) => String(o.text));
    expect(texts).to.include('• team membership - I am valued and I belong');
    expect(texts.some((t) => t.includes('\n'))).to.equal(false);
  });
});
