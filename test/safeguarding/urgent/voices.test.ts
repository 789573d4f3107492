import { expect } from 'chai';
import { ruleEvidence, urgentFeatures } from '../../../src/safeguarding/urgent/index.js';
import { voices } from '../../../src/safeguarding/urgent/voices.js';

/** Written for this test from the general shapes voices.ts reads, never from a labelled message. */
const read = (text: string) => voices(ruleEvidence(text).tokens, text);

describe('urgent risk: who says what (voices.ts)', () => {
  it('a professional\'s conclusion is a conclusion; their doubt or concern is not', () => {
    expect(read('the paediatrician accepted the explanation for the mark').proConclusion).to.equal(true);
    expect(read('explanation was accepted by the GP, consistent with a fall').proConclusion).to.equal(true);
    const doubt = read('doctor says the bruise is not consistent with a fall');
    expect(doubt.proDoubt).to.equal(true);
    expect(doubt.proConclusion).to.equal(false);
    expect(read('school nurse is concerned about the marks on his arm').proDoubt).to.equal(true);
  });

  it('a parent\'s or carer\'s account alone is a claim, not a conclusion', () => {
    const claim = read('mum says he fell off the sofa');
    expect(claim.carerClaim).to.equal(true);
    expect(claim.proConclusion).to.equal(false);
  });

  it('quoted words read in a past frame or in today\'s', () => {
    expect(read('years ago she once said "i wish i was dead"').quotedPast).to.equal(true);
    const today = read('she just said "i wish i was dead"');
    expect(today.quotedNow).to.equal(true);
    expect(today.quotedPast).to.equal(false);
  });

  it('a plan holding, and nothing new since', () => {
    expect(read('safety plan is in place and working well').planHolding).to.equal(true);
    expect(read('on a cp plan, no new incidents since the conference').nothingSince).to.equal(true);
    expect(read('safety plan in place but tonight he has hit her').planHolding).to.equal(false);
  });

  it('reaches the model as features', () => {
    expect(ruleEvidence('the paediatrician accepted the explanation').voices.proConclusion).to.equal(true);
    expect(urgentFeatures('the paediatrician accepted the explanation').get('r:proConclusion')).to.equal(1);
  });

  it('the last sentence\'s words are features of their own, when there are two or more sentences', () => {
    const two = urgentFeatures('he had a mark on his arm. the gp was happy with it');
    expect(two.get('e:happy')).to.equal(1);
    expect(two.has('e:arm')).to.equal(false);
    expect([...urgentFeatures('he had a mark on his arm').keys()].some((n) => n.startsWith('e:'))).to.equal(false);
  });
});
