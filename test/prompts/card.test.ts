import { expect } from 'chai';
import { KIND_NAMES, promptHeading, promptMessage } from '../../src/prompts/card.js';
import { PROMPT_KINDS, promptEntries } from '../../src/prompts/rotation.js';
import { validateCard } from '../../src/cards/validate.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { makeDeps } from '../support/fake-deps.js';
import { answerQuoteText, quoteLines } from '../support/quote.js';

describe('daily prompt card', () => {
  const kb = loadKnowledge(new URL('../../knowledge', import.meta.url).pathname);
  const deps = makeDeps({ kb });
  const heading = (card: Record<string, unknown>) => (card.body as { text: string; style?: string }[])[0];

  it('says what kind of passage it posts, never calling a mission or an aim a principle', () => {
    const cases: Record<string, string> = {
      'southwark-principle-fair': "Today's practice principle",
      'southwark-putting-children-first': "Today's mission",
      'sf-aim-placements': "Today's aim",
      'bf-aspire-visits': "Today's team priority",
      'kent-culture': "Today's commitment",
      'bf-secure-base-availability': "Today's part of the practice model",
      'sf-purpose': "Today's statement of purpose",
    };
    for (const [id, want] of Object.entries(cases)) {
      const msg = promptMessage(deps, kb.entryById.get(id)!);
      expect(heading(msg.card!), id).to.deep.include({ text: want, style: 'heading' });
      expect(msg.text, id).to.equal(`${want}: ${kb.entryById.get(id)!.title}`);
      expect(String(msg.card!.speak), id).to.match(new RegExp(`^${want}: `));
    }
  });

  it('names every kind the rotation can post, and only principles as principles', () => {
    for (const kind of PROMPT_KINDS) {
      expect(KIND_NAMES[kind], kind).to.be.a('string').and.not.equal('');
      if (kind !== 'principle') expect(promptHeading({ kind }), kind).not.to.match(/principle/i);
    }
  });

  it('quotes the whole passage, list items on their own lines, for every organisation', () => {
    for (const org of kb.organisations) {
      for (const e of promptEntries(kb.entries, org.id)) {
        const card = promptMessage(deps, e).card!;
        expect(validateCard(card), e.id).to.deep.equal([]);
        expect(answerQuoteText(card), e.id).to.equal(quoteLines(e.quote));
      }
    }
  });
});
