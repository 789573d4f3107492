import { expect } from 'chai';
import { blocksText, ELLIPSIS, entryBlocks, quoteBlocks, quoteLines } from '../../src/cards/quote.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

describe('cards: quote layout', () => {
  const kb = loadKnowledge(new URL('../../knowledge', import.meta.url).pathname);

  it('puts each list item on its own block, keeping its bullet and words', () => {
    const quote = kb.entryById.get('bf-secure-base-model')!.quote;
    const blocks = quoteBlocks(quote);
    const items = blocks.filter((b) => b.item).map((b) => b.text);
    expect(items).to.deep.equal([
      '• availability - people are there for me',
      '• sensitivity - my feelings are manageable',
      "• acceptance - I don't always have to be strong",
      '• co-operation - I can work with others to find a solution',
      '• team membership - I am valued and I belong',
    ]);
    expect(blocks[0]).to.include({ item: false, spacing: 'None' });
    expect(blocks.filter((b) => b.item).every((b) => b.spacing === 'Small')).to.equal(true);
  });

  it('treats "- item" lists the same way, and a one-line quote as one block', () => {
    const surrey = quoteBlocks(kb.entryById.get('surrey-principles-overview')!.quote);
    expect(surrey.filter((b) => b.item)).to.have.length(8);
    expect(surrey[1].text.startsWith('- Promoting the welfare of children')).to.equal(true);
    const one = kb.entryById.get('southwark-principle-fair')!.quote;
    expect(quoteBlocks(one)).to.deep.equal([{ text: one, item: false, spacing: 'None' }]);
  });

  it('loses no word of any quote in the knowledge base', () => {
    for (const e of kb.entries) {
      const text = blocksText(quoteBlocks(e.quote));
      expect(text, e.id).to.equal(quoteLines(e.quote));
      const words = (s: string) => s.split(/\s+/).filter(Boolean).join(' ');
      expect(words(text), e.id).to.equal(words(e.quote));
    }
  });

  it('shows a short list item after its list\'s lead-in, with an ellipsis only where the source has lines between', () => {
    const shown = (id: string) => {
      const e = kb.entryById.get(id)!;
      return entryBlocks(e.quote, e.leadIn, kb.sourceById.get(e.source)!.text).map((b) => b.text);
    };
    const lead = kb.entryById.get('bf-aspire-overview')!.quote.split('\n')[0];
    expect(shown('bf-aspire-timeliness')).to.deep.equal([lead, 'Always respect timeliness']);
    expect(shown('bf-aspire-supervision')).to.deep.equal([lead, ELLIPSIS, 'Reflective supervision']);
    expect(shown('southwark-principle-fair')).to.deep.equal(quoteBlocks(kb.entryById.get('southwark-principle-fair')!.quote).map((b) => b.text));
    for (const e of kb.entries.filter((x) => x.leadIn)) expect(e.leadIn!.length, e.id).to.be.greaterThan(10);
  });
});
