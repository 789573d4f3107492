import { expect } from 'chai';
import { makeCheck, mark, optionLabel, seededRandom, shuffle } from '../../src/induction/checks.js';
import { loadJourneys } from '../../src/induction/journeys.js';
import { KNOWLEDGE_DIR, realKb } from './helpers.js';

describe('induction checks', () => {
  const kb = realKb();
  const journeys = loadJourneys(KNOWLEDGE_DIR, kb);

  it('shuffles deterministically per seed', () => {
    const a = shuffle([1, 2, 3, 4, 5, 6], seededRandom('u1'));
    expect(shuffle([1, 2, 3, 4, 5, 6], seededRandom('u1'))).to.deep.equal(a);
    expect([...a].sort()).to.deep.equal([1, 2, 3, 4, 5, 6]);
  });

  it('drops short labels that give the answer away and refuses labels naming an organisation', () => {
    expect(optionLabel(kb, kb.entryById.get('southwark-principle-fair')!)).to.equal('Fair');
    expect(optionLabel(kb, kb.entryById.get('bf-aspire-timeliness')!)).to.equal('Always respect timeliness');
    expect(optionLabel(kb, kb.entryById.get('kent-vision')!)).to.equal(undefined);
  });

  it('builds every check of every journey: 4 options, one right, stable for a user, varying between users', () => {
    for (const journey of journeys.values()) {
      for (const m of journey.modules) {
        for (let c = 0; c < m.checks; c++) {
          const check = makeCheck(kb, journey, m.id, c, 'user-a');
          expect(check, `${journey.organisation}/${m.id}/${c}`).to.not.equal(undefined);
          expect(check!.options).to.have.length(4);
          expect(new Set(check!.options.map((o) => o.title)).size).to.equal(4);
          expect(makeCheck(kb, journey, m.id, c, 'user-a')).to.deep.equal(check);
          const right = kb.entryById.get(check!.answerEntryId)!;
          const own = (e: string) => kb.entryById.get(e)!.organisation === journey.organisation;
          if (c === 0) {
            expect(right.organisation).to.equal(journey.organisation);
            expect(m.steps).to.include(right.id);
            expect(check!.options.filter((o) => own(o.entryId))).to.have.length(1);
          } else {
            expect(right.organisation).to.not.equal(journey.organisation);
            expect(check!.options.filter((o) => !own(o.entryId))).to.have.length(1);
          }
        }
      }
    }
    const j = journeys.get('southwark')!;
    const seeds = Array.from({ length: 8 }, (_, i) => JSON.stringify(makeCheck(kb, j, 'practice-principles', 0, `user-${i}`)!.options));
    expect(new Set(seeds).size).to.be.greaterThan(1);
  });

  it('asks the example question with a Southwark principle among other organisations\' ideas', () => {
    const check = makeCheck(kb, journeys.get('southwark')!, 'practice-principles', 0, 'u')!;
    expect(check.question).to.equal("Which of these is one of Southwark's practice principles?");
    const right = check.options.find((o) => o.id === check.correctId)!;
    expect(right.entryId).to.match(/^southwark-principle-/);
  });

  it('marks on the server and rejects option ids it did not offer', () => {
    const check = makeCheck(kb, journeys.get('kent')!, 'practice-model', 0, 'u')!;
    expect(mark(check, check.correctId)).to.deep.equal({ correct: true });
    const wrong = check.options.find((o) => o.id !== check.correctId)!;
    expect(mark(check, wrong.id)).to.deep.equal({ correct: false });
    expect(mark(check, 'z')).to.equal(undefined);
    expect(makeCheck(kb, journeys.get('kent')!, 'practice-model', 5, 'u')).to.equal(undefined);
    expect(makeCheck(kb, journeys.get('kent')!, 'nope', 0, 'u')).to.equal(undefined);
  });
});
