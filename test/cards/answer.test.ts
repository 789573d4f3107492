import { expect } from 'chai';
import { answerCard, listItems } from '../../src/cards/answer.js';
import { MAX_BUTTON_CHARS } from '../../src/cards/buttons.js';
import { validateCard } from '../../src/cards/validate.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { makeDeps } from '../support/fake-deps.js';
import { answerQuoteText, expectShownQuote, quoteLines } from '../support/quote.js';

import { nodes as walk, type Json } from '../support/json.js';
const asks = (card: Json) => walk(card).filter((o) => o.type === 'Action.Submit' && (o.data as Json)?.action === 'ask');
const bodyTexts = (card: Json) => walk(card.body).filter((o) => o.type === 'TextBlock').map((o) => String(o.text));

describe('cards: answer card over the real knowledge base', () => {
  const kb = loadKnowledge(new URL('../../knowledge', import.meta.url).pathname);
  const deps = makeDeps({ kb, config: { publicBaseUrl: 'https://guide.example.org' } });
  const card = (id: string) => answerCard(deps, kb.entryById.get(id)!);

  /** The lists the documents state, and the entries that are their items. */
  const LISTS: Record<string, string[]> = {
    'southwark-principles-overview': kb.entries.filter((e) => e.organisation === 'southwark' && e.kind === 'principle').map((e) => e.id),
    'surrey-principles-overview': kb.entries.filter((e) => e.organisation === 'surrey' && e.kind === 'principle').map((e) => e.id),
    'bf-aspire-overview': kb.entries.filter((e) => e.kind === 'priority').map((e) => e.id),
    'bf-secure-base-model': kb.entries.filter((e) => e.kind === 'model-element').map((e) => e.id),
    'bf-outcomes-overview': kb.entries.filter((e) => e.kind === 'outcome').map((e) => e.id),
    'bf-rights-overview': kb.entries.filter((e) => e.kind === 'right').map((e) => e.id),
    'bf-offer-overview': kb.entries.filter((e) => e.kind === 'offer').map((e) => e.id),
    'sf-regulations-overview': kb.entries.filter((e) => e.kind === 'regulation').map((e) => e.id),
    'sf-aims-overview': ['sf-aim-placements', 'sf-aim-support-carers'],
  };

  it('an overview or model names every one of its items, each a button to its own answer, not cut at 5', () => {
    for (const [id, items] of Object.entries(LISTS)) {
      expect(listItems(deps, kb.entryById.get(id)!).map((e) => e.id), id).to.deep.equal(items);
      const c = card(id);
      const data = asks(c).map((a) => a.data);
      for (const entryId of items) expect(data, `${id} → ${entryId}`).to.deep.include({ action: 'ask', entryId });
      const texts = bodyTexts(c);
      for (const entryId of items) expect(texts, `${id} names ${entryId} in full`).to.include(`${items.indexOf(entryId) + 1}. ${kb.entryById.get(entryId)!.title}`);
      expect(texts).to.include(`Each of the ${items.length} in full`);
      expect(String(c.speak)).to.include(`Each of the ${items.length} has its own answer`);
    }
    expect(LISTS['southwark-principles-overview']).to.have.length(8);
  });

  it('a model that lists nothing, and a passage that is not a list, get related follow-ups only', () => {
    expect(listItems(deps, kb.entryById.get('sf-secure-base-model')!)).to.deep.equal([]);
    expect(listItems(deps, kb.entryById.get('southwark-principle-fair')!)).to.deep.equal([]);
    expect(bodyTexts(card('sf-secure-base-model')).some((t) => t.startsWith('Each of the'))).to.equal(false);
  });

  it('every answer card is valid, holds its whole quote in the first answer-quote element, and keeps buttons short', () => {
    for (const e of kb.entries) {
      const c = card(e.id);
      expect(validateCard(c), e.id).to.deep.equal([]);
      const quote = walk(c).find((o) => o.id === 'answer-quote')!;
      expect(quote.type, e.id).to.equal('Container');
      expectShownQuote(answerQuoteText(c), e);
      const texts = bodyTexts(c);
      for (const a of walk(c).filter((o) => typeof o.type === 'string' && String(o.type).startsWith('Action.'))) {
        expect(String(a.title).length, `${e.id}: ${String(a.title)}`).to.be.at.most(MAX_BUTTON_CHARS);
      }
      for (const a of asks(c)) {
        const target = kb.entryById.get(String((a.data as Json).entryId))!;
        // A title too long for a button is in the body in full, numbered like its button.
        if (target.title.length > MAX_BUTTON_CHARS || String(a.title).endsWith('…')) {
          const n = /^(\d+)\. /.exec(String(a.title))?.[1];
          expect(n, `${e.id}: ${String(a.title)} is numbered`).to.not.equal(undefined);
          expect(texts, `${e.id}: ${target.title}`).to.include(`${n}. ${target.title}`);
        }
      }
    }
  });

  it('lists a long-titled follow-up in full in the body when its button is cut', () => {
    const c = card('southwark-principle-fair');
    const overview = kb.entryById.get('southwark-principles-overview')!;
    expect(asks(c).map((a) => a.title)).to.include("3. Southwark's eight practice…");
    expect(bodyTexts(c)).to.include(`3. ${overview.title}`);
  });
});

describe('cards: an answer quoting companions', () => {
  const kb = loadKnowledge(new URL('../../knowledge', import.meta.url).pathname);
  const deps = makeDeps({ kb, config: { publicBaseUrl: 'https://guide.example.org' } });
  const e = (id: string) => kb.entryById.get(id)!;

  it('quotes every passage in the document\'s order, whatever order they are given in, and says them all', () => {
    const card = answerCard(deps, e('kent-performance-standards'), '', [e('kent-social-work-contract')]);
    expect(answerQuoteText(card)).to.equal([e('kent-social-work-contract').quote, e('kent-performance-standards').quote].join('\n'));
    expect(String(card.speak)).to.include(e('kent-social-work-contract').quote).and.include(e('kent-performance-standards').quote);
    expect(bodyTexts(card)).to.include(e('kent-performance-standards').title).and.not.include(e('kent-social-work-contract').title);
  });

  it('marks with an ellipsis where the document has text between two passages', () => {
    const card = answerCard(deps, e('kent-social-work-contract'), '', [e('kent-management-support')]);
    expect(answerQuoteText(card)).to.equal([e('kent-social-work-contract').quote, '\u2026', e('kent-management-support').quote].join('\n'));
  });

  it('leaves the card as before when there are none, and feedback stays with the answer', () => {
    const plain = answerCard(deps, e('kent-social-work-contract'));
    expectShownQuote(answerQuoteText(plain), e('kent-social-work-contract'));
    const card = answerCard(deps, e('kent-social-work-contract'), '', [e('kent-performance-standards')]);
    const feedback = walk(card).filter((o) => (o.data as Json)?.action === 'feedback').map((o) => (o.data as Json).entryId);
    expect(feedback).to.not.be.empty;
    expect(new Set(feedback)).to.deep.equal(new Set(['kent-social-work-contract']));
    expect(validateCard(card)).to.deep.equal([]);
  });
});
