import { expect } from 'chai';
import { MAX_BUTTON_CHARS } from '../../src/cards/buttons.js';
import { principleEntries, principlesCard } from '../../src/cards/principles.js';
import { validateCard } from '../../src/cards/validate.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

import { nodes as walk, type Json } from '../support/json.js';

describe('cards: principles', () => {
  const kb = loadKnowledge(new URL('../../knowledge', import.meta.url).pathname);
  const deps = { kb };

  it('`principles kent` lists Kent\'s vision and commitments, and says Kent states no principles as such', () => {
    const ids = principleEntries(deps, 'kent').map((e) => e.id);
    for (const id of ['kent-vision', 'kent-social-work-contract', 'kent-munro-relationships', 'kent-signs-of-safety', 'kent-practice-development-team']) {
      expect(ids, id).to.include(id);
    }
    expect(ids).to.have.length(kb.entries.filter((e) => e.organisation === 'kent' && ['vision', 'commitment'].includes(e.kind)).length);
    const card = principlesCard(deps, 'kent');
    expect(validateCard(card)).to.deep.equal([]);
    const texts = walk(card.body).filter((o) => o.type === 'TextBlock').map((o) => String(o.text));
    expect(texts[0]).to.equal('Kent County Council: vision and commitments');
    expect(texts).to.include('Kent states no practice principles as such; here are its vision and commitments.');
    const asks = walk(card).filter((o) => o.type === 'Action.Submit').map((o) => (o.data as Json).entryId);
    expect(asks).to.deep.equal(ids);
  });

  it('an organisation with principles lists them, with short buttons and no claim it has none', () => {
    const card = principlesCard(deps, 'southwark');
    expect(walk(card.body).find((o) => o.style === 'heading')!.text).to.equal('Practice principles: Southwark Council');
    const titles = walk(card).filter((o) => o.type === 'Action.Submit').map((o) => String(o.title));
    expect(titles).to.have.length(8);
    expect(titles[0]).to.equal('Child/Young Person centred');
    expect(JSON.stringify(card)).not.to.include('states no practice principles');
  });

  it('every button of the full list is at most 40 characters, with cut titles named in full in the body', () => {
    const card = principlesCard(deps);
    expect(validateCard(card)).to.deep.equal([]);
    const texts = walk(card.body).filter((o) => o.type === 'TextBlock').map((o) => String(o.text));
    for (const a of walk(card).filter((o) => o.type === 'Action.Submit')) {
      expect(String(a.title).length, String(a.title)).to.be.at.most(MAX_BUTTON_CHARS);
      const entry = kb.entryById.get(String((a.data as Json).entryId))!;
      if (String(a.title).endsWith('…')) expect(texts.some((t) => t.endsWith(`. ${entry.title}`)), entry.title).to.equal(true);
    }
  });
});
