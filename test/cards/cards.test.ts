import { expect } from 'chai';
import { validateCard } from '../../src/cards/validate.js';
import { answerCard, MAX_RELATED } from '../../src/cards/answer.js';
import { didYouMeanCard, askOrganisationCard } from '../../src/cards/choices.js';
import { noAnswerCard, askWhoFor } from '../../src/cards/no-answer.js';
import { principlesCard } from '../../src/cards/principles.js';
import { welcomeCard, helpCard, aboutCard } from '../../src/cards/info.js';
import { sourceView, ageNote } from '../../src/cards/source-view.js';
import { makeDeps } from '../support/fake-deps.js';
import { answerQuoteText } from '../support/quote.js';

import { nodes as walk, type Json } from '../support/json.js';

/** Every object in a card, depth first. */
const byId = (card: Json, id: string) => walk(card).find((o) => o.id === id);
const actions = (card: Json) => walk(card).filter((o) => typeof o.type === 'string' && (o.type as string).startsWith('Action.'));

describe('cards', () => {
  const deps = makeDeps({ config: { publicBaseUrl: 'https://guide.example.org' } });
  const entry = (id: string) => deps.kb.entryById.get(id)!;

  it('every card renders clean at 1.5 with no template leftovers', () => {
    const cards = {
      answer: answerCard(deps, entry('southwark-principle-strengths-based'), 'A reminder'),
      answerOld: answerCard(deps, entry('kent-vision')),
      didYouMean: didYouMeanCard(deps, deps.kb.entries.slice(0, 5)),
      askOrg: askOrganisationCard(deps, { question: 'consent' }),
      askOrgRetype: askOrganisationCard(deps, { retype: true }),
      noAnswer: noAnswerCard(deps, 'southwark'),
      noAnswerNoOrg: noAnswerCard(deps),
      principles: principlesCard(deps),
      principlesOne: principlesCard(deps, 'southwark'),
      welcome: welcomeCard(deps, 'personal'),
      help: helpCard(deps, [{ name: 'help', description: 'Shows this', example: 'help' }], 'channel'),
      about: aboutCard(deps),
    };
    for (const [name, card] of Object.entries(cards)) {
      expect(validateCard(card), name).to.deep.equal([]);
      expect(JSON.stringify(card), name).not.to.include('${');
    }
  });

  it('answer card quotes verbatim, links to the guide section, and offers feedback and follow-ups', () => {
    const e = entry('southwark-principle-strengths-based');
    const card = answerCard(deps, e);
    expect(byId(card, 'answer-quote')!.type, 'one element holds the whole quote').to.equal('Container');
    expect(answerQuoteText(card)).to.equal(e.quote);
    const urls = actions(card).filter((a) => a.type === 'Action.OpenUrl');
    expect(urls[0]).to.include({ title: 'Read in the guide', url: 'https://guide.example.org/guide/southwark-practice-principles#our-practice-principles' });
    expect(urls[1].title).to.match(/may have moved/);
    const submits = actions(card).filter((a) => a.type === 'Action.Submit').map((a) => a.data);
    expect(submits).to.deep.include({ action: 'ask', entryId: 'southwark-principle-relationship-based' });
    expect(submits).to.deep.include({ action: 'feedback', entryId: e.id, helpful: true });
    expect(submits).to.deep.include({ action: 'feedback', entryId: e.id, helpful: false });
    expect(walk(card).some((o) => o.type === 'Input.Text' && o.label)).to.equal(true);
    expect(JSON.stringify(card)).not.to.match(/check it is still current/);
  });

  it('marks old sources, third-party copies and documents with no link honestly', () => {
    expect(JSON.stringify(answerCard(deps, entry('kent-vision')))).to.include('This guidance dates from 2016: check it is still current');
    const surrey = answerCard(deps, entry('surrey-consent-children'));
    expect(actions(surrey).find((a) => a.type === 'Action.OpenUrl' && a.title !== 'Read in the guide')!.title).to.equal('Open a third-party copy');
    expect(JSON.stringify(surrey)).to.include('March 2019: check it is still current');
    const d2 = makeDeps();
    d2.kb.sourceById.get('surrey-family-resilience')!.urlStatus = 'none';
    const none = answerCard(d2, d2.kb.entryById.get('surrey-consent-children')!);
    expect(actions(none).filter((a) => a.type === 'Action.OpenUrl')).to.have.length(1);
    expect(JSON.stringify(none)).to.include('Document, no official link');
  });

  it('ageNote counts from the latest moment a partial date can mean', () => {
    expect(ageNote('2022', Date.UTC(2025, 11, 31))).to.equal('');
    expect(ageNote('2022', Date.UTC(2026, 0, 2))).to.match(/2022/);
    expect(ageNote('not a date', Date.UTC(2026, 0, 2))).to.equal('');
  });

  it('caps related follow-ups and did-you-mean candidates', () => {
    const d = makeDeps();
    const e = d.kb.entryById.get('southwark-principle-strengths-based')!;
    e.related = d.kb.entries.map((x) => x.id).concat(['gone']);
    const related = actions(answerCard(d, e)).filter((a) => (a.data as Json | undefined)?.action === 'ask');
    expect(related).to.have.length(MAX_RELATED);
    const dym = actions(didYouMeanCard(d, d.kb.entries));
    expect(dym.map((a) => (a.data as Json).action)).to.deep.equal(['ask', 'ask', 'ask', 'none']);
  });

  it('no-answer names who to ask: config per organisation, then "*", then the organisation', () => {
    expect(askWhoFor(deps, 'southwark')).to.equal('your practice lead or principal social worker');
    const d = makeDeps({ config: { askWho: { '*': 'the learning team', kent: 'the Kent PSW' } } });
    expect(askWhoFor(d, 'kent')).to.equal('the Kent PSW');
    expect(askWhoFor(d, 'southwark')).to.equal('the learning team');
    expect(JSON.stringify(noAnswerCard(d, 'kent'))).to.include("There's no guidance on that in this guide").and.include('the Kent PSW');
  });

  it('sourceView gives a one-line citation naming the publisher', () => {
    expect(sourceView(deps, entry('surrey-consent-children')).citation).to.match(/^Surrey Safeguarding Children Board, /);
    const d = makeDeps();
    d.kb.organisationById.get('surrey')!.name = 'Surrey County Council';
    const facts = walk(answerCard(d, d.kb.entryById.get('surrey-consent-children')!)).filter((o) => 'title' in o && 'value' in o);
    expect(facts).to.deep.include({ title: 'Published by', value: 'Surrey Safeguarding Children Board' });
    expect(walk(answerCard(deps, entry('kent-vision'))).some((o) => o.title === 'Published by')).to.equal(false);
  });
});
