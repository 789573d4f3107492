/**
 * Past, resolved, reviewed and training framing calms; the model never speaks without harm
 * evidence. The messages are the issue's own examples (issue 13), not items of any held-out set.
 */
import { expect } from 'chai';
import { assessUrgency, combine, ruleEvidence, COMBINATION } from '../../../src/safeguarding/urgent/index.js';
import { MODEL_MIN_HARM, settled } from '../../../src/safeguarding/urgent/assess.js';

const CALM = [
  'the YP who went missing last weekend is back and the return home interview is done, what goes in the record',
  'the mum who threatened me in march has now got an injunction and its all sorted, can i close the case',
  'the baby with the fracture from last month is now with grandparents under a care order, whats next for the plan',
  "the suicide risk assessment for my yp was reviewed today and she's doing much better, what should the plan say",
  "in the SCR the boy told his teacher he'd be killed if he went home and nobody acted - what are the lessons",
  'mum wants to know if she can be assessed as a kinship carer',
  'spoke to tyler and his mum shanice about bedtime, is there a template for a parenting agreement',
];

describe('urgent risk: settled framing and harm evidence', () => {
  for (const text of CALM) {
    it(`is calm: "${text.slice(0, 60)}…"`, () => expect(assessUrgency(text).urgent).to.equal(false));
  }

  it('still fires on a child who fears for their life tonight', () => {
    expect(assessUrgency("kid said 'if I go home tonight I wont be alive tomorrow' what do i do").urgent).to.equal(true);
  });

  it('a settled case becomes urgent again when something is happening now', () => {
    const closed = 'the case was closed last year and mum is doing well';
    expect(assessUrgency(closed).urgent).to.equal(false);
    const again = 'the case was closed last year but tonight mum rang, dad is back at the house with a knife';
    expect(settled(ruleEvidence(again))).to.equal(false);
    expect(assessUrgency(again).urgent).to.equal(true);
  });

  it('a negated settled word does not calm ("not stable")', () => {
    expect(ruleEvidence('the placement is not stable').settledCues).to.equal(0);
    expect(ruleEvidence('the placement is stable now').settledCues).to.equal(1);
  });

  it('the model never fires without harm evidence, however confident it is', () => {
    const ev = ruleEvidence('spoke to the family about bedtime routines and homework');
    expect(ev.allHarm).to.be.below(MODEL_MIN_HARM);
    expect(combine(ev, 0.999)).to.equal(false);
    const harm = ruleEvidence('mums boyfriend hit the baby');
    expect(harm.allHarm).to.be.at.least(MODEL_MIN_HARM);
    expect(combine(harm, COMBINATION.pUrgent)).to.equal(true);
  });

  it('settled framing calms even strong rule evidence', () => {
    const ev = ruleEvidence('for the training scenario, dad has a knife and is threatening to stab the worker');
    expect(settled(ev)).to.equal(true);
    expect(combine(ev, 1)).to.equal(false);
  });
});
