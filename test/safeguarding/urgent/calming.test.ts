/**
 * The calming contexts by category (src/safeguarding/urgent/calming.ts) and the structure added after the
 * blind training files 6 and 7: a resolution calms the harm it follows, not harm told after it; a benign
 * explanation is not undone by "again"; a reported "she's fine" is a claim, not an all-clear; "non
 * accidental" is not an accident; a statement ending "what do i do?" is a report. Messages written for
 * this test, not set items.
 */
import { expect } from 'chai';
import { assessUrgency, ruleEvidence, settled } from '../../../src/safeguarding/urgent/index.js';

const urgent = (t: string): boolean => assessUrgency(t).urgent;

describe('urgent risk: calming contexts by category', () => {
  it('a resolution calms the harm it follows, not harm told after it', () => {
    expect(settled(ruleEvidence('the boy who ran off on friday was found safe and well by police'))).to.equal(true);
    expect(settled(ruleEvidence('Supervision went well, thanks. Forgot to say: the baby had a bruise on her cheek at my visit and dad is taking them away.'))).to.equal(false);
  });

  it('a benign explanation calms, and "again" does not undo it; the present moment does', () => {
    expect(settled(ruleEvidence('he said he would kill his sister if she took his charger again, they were laughing, typical teenager'))).to.equal(true);
    expect(settled(ruleEvidence('typical teenager stuff earlier but right now he is hitting his sister'))).to.equal(false);
  });

  it('"says she\'s fine" is a claim, and "non accidental" is not an accident', () => {
    expect(ruleEvidence('baby is floppy and mum says she fine and will not let me ring 111').benignCues).to.equal(0);
    expect(ruleEvidence('hospital think the fracture is non accidental').benignCues).to.equal(0);
    expect(ruleEvidence('the bump was accidental, she tripped on the step').benignCues).to.equal(1);
  });

  it('an everyday cause, a managed plan, a record or stored knives are calm', () => {
    for (const t of ['the cut on her knee is from the trampoline, plaster on, she is fine',
      'dad drinks at weekends, on the cin plan and we will review at the next core group',
      'how do i word the case note about last months police callout',
      'the carers keep the kitchen knives in a locked drawer, is that enough for the fostering panel']) expect(urgent(t), t).to.equal(false);
  });

  it('a statement ending in a plea for what to do now is a report', () => {
    expect(ruleEvidence('on a visit, the 3 kids are alone in the flat and mums phone is off, what do i do?').isReport).to.equal(true);
    expect(ruleEvidence('what do i do if a child discloses abuse?').isReport).to.equal(false);
  });
});
