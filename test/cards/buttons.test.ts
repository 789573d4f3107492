import { expect } from 'chai';
import { BUTTONS_PER_ROW, entryButtons, MAX_BUTTON_CHARS, shortTitle } from '../../src/cards/buttons.js';
import { MAX_ACTIONS_PER_SET } from '../../src/cards/validate.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

describe('cards: entry buttons', () => {
  const kb = loadKnowledge(new URL('../../knowledge', import.meta.url).pathname);
  const entries = (...ids: string[]) => ids.map((id) => kb.entryById.get(id)!);

  it('keeps every button title of the knowledge base within 40 characters', () => {
    for (const e of kb.entries) {
      const short = shortTitle(e.title);
      expect(short.length, e.title).to.be.at.most(MAX_BUTTON_CHARS);
      if (e.title.length <= MAX_BUTTON_CHARS) expect(short).to.equal(e.title);
    }
  });

  it('shortens a long title to its name, its own words, or a clause, and marks a cut with an ellipsis', () => {
    expect(shortTitle(kb.entryById.get('southwark-principles-overview')!.title)).to.equal("Southwark's eight practice principles…");
    expect(shortTitle(kb.entryById.get('bf-rights-overview')!.title)).to.equal('Protecting rights');
    expect(shortTitle(kb.entryById.get('bf-secure-base-model')!.title)).to.equal('The secure base model');
    expect(shortTitle(kb.entryById.get('southwark-principle-child-young-person-centred')!.title)).to.equal('Child/Young Person centred');
    expect(shortTitle(kb.entryById.get('kent-munro-relationships')!.title)).to.equal('Building on the Munro Review');
    expect(shortTitle('A'.repeat(30) + ' ' + 'b'.repeat(30))).to.equal(`${'A'.repeat(30)}…`);
  });

  it('drops a label the items share, and names every full title in the body when a button was cut', () => {
    const aspire = entryButtons(entries('bf-aspire-timeliness', 'bf-aspire-planning'));
    expect(aspire.sets.flatMap((s) => s.items).map((i) => i.title)).to.deep.equal(['Always respect timeliness', 'Smart impactive planning']);
    expect(aspire.list).to.deep.equal([]);
    const cut = entryButtons(entries('surrey-principle-welfare', 'surrey-vision'));
    expect(cut.list.map((l) => l.title)).to.deep.equal(['Principle: the welfare and protection of children at the centre', 'What we believe in Surrey']);
    expect(cut.sets.flatMap((s) => s.items).map((i) => i.title)).to.deep.equal(['1. The welfare and protection of…', '2. What we believe in Surrey']);
  });

  it('always lists the items of an overview, numbered, one button per row so no title is squeezed', () => {
    const ids = kb.entries.filter((e) => e.kind === 'principle' && e.organisation === 'southwark').map((e) => e.id);
    const b = entryButtons(entries(...ids), { list: true });
    expect(b.list).to.have.length(8);
    expect(b.sets.map((s) => s.items.length)).to.deep.equal(Array(8).fill(BUTTONS_PER_ROW));
    expect(BUTTONS_PER_ROW).to.be.at.most(MAX_ACTIONS_PER_SET);
    expect(b.sets.flatMap((s) => s.items).map((i) => i.data)).to.deep.equal(ids.map((entryId) => ({ action: 'ask', entryId })));
    expect(b.sets[0].items[0].title).to.equal('1. Child/Young Person centred');
  });
});
