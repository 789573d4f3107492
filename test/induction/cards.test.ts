import { expect } from 'chai';
import { certificateCard, resultCard } from '../../src/induction/cards.js';
import { makeCheck } from '../../src/induction/checks.js';
import { loadJourneys } from '../../src/induction/journeys.js';
import { progressLine, statusCard, teamCard } from '../../src/induction/panels.js';
import { start, type Progress } from '../../src/induction/journey.js';
import { validateCard } from '../../src/cards/validate.js';
import { cardText, inductionDeps, KNOWLEDGE_DIR, realKb } from './helpers.js';
import { quoteLines } from '../support/quote.js';

const DEC_6 = Date.UTC(2026, 11, 6, 15, 0);

describe('induction cards', () => {
  const kb = realKb();
  const journeys = loadJourneys(KNOWLEDGE_DIR, kb);

  it('writes dates as "6 December 2026" on the certificate, the status card and progress lines', () => {
    const deps = inductionDeps();
    const journey = journeys.get('kent')!;
    const p: Progress = { ...start(journey, Date.UTC(2026, 10, 2, 10)), finishedAt: DEC_6, position: { kind: 'done' } } as Progress;
    const cert = certificateCard(deps, journey, p);
    expect(validateCard(cert)).to.deep.equal([]);
    expect(cardText(cert)).to.contain('Completed on 6 December 2026.').and.not.match(/\d{4}-\d{2}-\d{2}/);
    const status = statusCard(journey, p, false);
    expect(cardText(status)).to.contain('Started 2 November 2026, finished 6 December 2026').and.not.match(/\d{4}-\d{2}-\d{2}/);
    expect(progressLine(journey, p)).to.equal('Finished on 6 December 2026');
  });

  it('counts one person and two people', () => {
    expect(teamCard([{ name: 'Ann', status: 'Step 1' }]).speak).to.equal('1 person shares their induction progress here.');
    expect(teamCard([{ name: 'Ann', status: 'x' }, { name: 'Bob', status: 'y' }]).speak).to.equal('2 people share their induction progress here.');
  });

  it('after a wrong answer quotes only the journey\'s own organisation, never the odd one out from another', () => {
    const deps = inductionDeps();
    let oddOneOut = 0;
    for (const journey of journeys.values()) {
      for (const mod of journey.modules) {
        for (let n = 0; n < mod.checks; n++) {
          for (const seed of ['a', 'b', 'c']) {
            const check = makeCheck(kb, journey, mod.id, n, seed)!;
            const answer = kb.entryById.get(check.answerEntryId)!;
            for (const option of check.options.filter((o) => o.id !== check.correctId)) {
              const card = resultCard(deps, check, option.id, false, journey.organisation);
              expect(validateCard(card)).to.deep.equal([]);
              const text = cardText(card);
              const others = kb.entries.filter((e) => e.organisation !== journey.organisation && e.quote.length > 30);
              for (const other of others) expect(text, `${journey.organisation}/${mod.id}: ${other.id}`).not.to.contain(quoteLines(other.quote));
              if (answer.organisation === journey.organisation) {
                expect(text).to.contain(quoteLines(answer.quote));
              } else {
                oddOneOut++;
                const chosen = kb.entryById.get(option.entryId)!;
                expect(text).to.contain(`“${check.options.find((o) => o.id === check.correctId)!.title}” comes from`);
                expect(text).to.contain(quoteLines(chosen.quote));
              }
            }
          }
        }
      }
    }
    expect(oddOneOut, 'the odd-one-out checks were exercised').to.be.greaterThan(0);
  });
});
