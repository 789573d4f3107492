import { expect } from 'chai';
import { ageNote, sectionLabel, sourceView } from '../../src/cards/source-view.js';
import { answerCard } from '../../src/cards/answer.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { makeDeps } from '../support/fake-deps.js';

describe('cards: source view', () => {
  const kb = loadKnowledge(new URL('../../knowledge', import.meta.url).pathname);
  const deps = makeDeps({ kb });

  it('shows a section heading without the colon the document ends it with', () => {
    expect(sectionLabel('Evidence Informed:')).to.equal('Evidence Informed');
    const view = sourceView(deps, kb.entryById.get('southwark-principle-evidence-informed')!);
    expect(view.section).to.equal('Evidence Informed');
    expect(view.citation).to.include('section "Evidence Informed"').and.not.include('Informed:"');
    const facts = JSON.stringify(answerCard(deps, kb.entryById.get('southwark-principle-evidence-informed')!));
    expect(facts).not.to.match(/"value":"[^"]*:"/);
  });

  it('never gives an undated document a date: Kent\'s note agrees with its date fact', () => {
    const kent = kb.sourceById.get('kent-vision')!;
    const note = ageNote(kent.date, Date.UTC(2026, 0, 1), kent.dateLabel);
    expect(note).to.equal('This guidance is undated, from about 2014 to 2016: check it is still current');
    const fact = kb.entryById.get('kent-document-fact')!;
    expect(fact.title).to.include('undated').and.include('about 2014 to 2016');
    const card = JSON.stringify(answerCard(deps, fact));
    expect(card).to.include(note).and.not.include('dates from 2016');
    // A dated document still says when it dates from.
    expect(ageNote('2019-03', Date.UTC(2026, 0, 1), 'March 2019')).to.equal('This guidance dates from March 2019: check it is still current');
  });
});
