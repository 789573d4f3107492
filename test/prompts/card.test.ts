import { expect } from 'chai';
import { KIND_NAMES, promptHeading, promptMessage } from '../../src/prompts/card.js';
import { PROMPT_KINDS, promptEntries } from '../../src/prompts/rotation.js';
import { validateCard } from '../../src/cards/validate.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { makeDeps } from '../support/fake-deps.js';
import { answerQuoteText, expectShownQuote, isQuoted } from '../support/quote.js';

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

  it('writes its own notes as sentences: no doubled full stop, no trailing colon', () => {
    for (const e of kb.entries.filter((x) => x.reflection)) {
      const card = promptMessage(deps, e).card!;
      const texts: string[] = [];
      const walk = (x: unknown) => {
        if (Array.isArray(x)) x.forEach(walk);
        else if (x && typeof x === 'object') { const o = x as Record<string, unknown>; if (typeof o.text === 'string') texts.push(o.text); Object.values(o).forEach(walk); }
      };
      walk(card.body);
      for (const t of texts.filter((x) => !isQuoted(e, x))) {
        expect(t, e.id).not.to.match(/\.\s*\.(?!\.)/);
        if (!t.endsWith('says:')) expect(t, e.id).not.to.match(/:\s*$/);
      }
    }
    const kent = JSON.stringify(promptMessage(deps, kb.entryById.get('kent-vision')!).card);
    expect(kent).to.include('the page may have been retired. This guidance is undated, from about 2014 to 2016: check it is still current.');
  });

  it('quotes the whole passage, list items on their own lines, for every organisation', () => {
    for (const org of kb.organisations) {
      for (const e of promptEntries(kb.entries, org.id)) {
        const card = promptMessage(deps, e).card!;
        expect(validateCard(card), e.id).to.deep.equal([]);
        expectShownQuote(answerQuoteText(card), e);
      }
    }
  });
});
