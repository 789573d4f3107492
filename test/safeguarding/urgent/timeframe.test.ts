/**
 * Structure over phrases (issue 13): when the harm happened (a past time anchor calms unless the
 * writer says it is happening now), who is at risk (the writer's own crisis), whether harm is
 * asserted or only discussed (a quiz, a storyline, "not happened, just asking"), and idioms that
 * turn literal when a person states the intent. Messages written for this test, not set items.
 */
import { expect } from 'chai';
import { assessUrgency, ruleEvidence } from '../../../src/safeguarding/urgent/index.js';
import { settled } from '../../../src/safeguarding/urgent/assess.js';
import { pastAnchors } from '../../../src/safeguarding/urgent/timeframe.js';
import { normalise } from '../../../src/safeguarding/urgent/text.js';

const anchors = (text: string): number => pastAnchors(normalise(text));

describe('urgent risk: time frame of the harm', () => {
  for (const text of ['the boy who was hurt in 2021', 'she ran away back in february', 'the row last term', 'he hit her six weeks ago',
    'nothing since the spring, stable for 5 months', 'over the summer holidays mum was drinking']) {
    it(`"${text}" is anchored in the past`, () => expect(anchors(text)).to.be.at.least(1));
  }
  for (const text of ['he hit her an hour ago', 'she ran off 20 minutes ago', 'last night dad came back drunk', 'today mum may be at the house',
    'the lad from last year just rang, hes been stabbed']) {
    it(`"${text}" is not anchored in the past`, () => expect(anchors(text)).to.equal(0));
  }

  it('a past-anchored case is calm, and urgent again when something is happening tonight', () => {
    const past = 'the yp who was beaten by her stepdad in 2022 has moved to her nans, i need to update the chronology';
    expect(settled(ruleEvidence(past))).to.equal(true);
    expect(assessUrgency(past).urgent).to.equal(false);
    const now = 'the yp who was beaten by her stepdad in 2022 says he is back in the house tonight and she is terrified';
    expect(settled(ruleEvidence(now))).to.equal(false);
    expect(assessUrgency(now).urgent).to.equal(true);
  });

  it('a scene word ("on my visit", "again") does not bring a dated case back to the present; "right now" does', () => {
    const dated = 'the toddler who had a fit on my visit in 2022 is well and at nursery, which form closes it';
    expect(settled(ruleEvidence(dated))).to.equal(true);
    expect(settled(ruleEvidence('the toddler who had a fit on my visit in 2022 is fitting again right now'))).to.equal(false);
  });
});

describe('urgent risk: who is at risk', () => {
  it("the writer's own crisis is urgent", () => {
    expect(assessUrgency("i can't cope any more and i want it all to end").urgent).to.equal(true);
    expect(ruleEvidence('honestly i want it all to end').worker).to.equal(true);
  });

  it('wanting a working day or week to end is an idiom, not a crisis', () => {
    for (const text of ['i just want this week to end lol', 'want this shift to be over', 'i want this day to end already']) {
      expect(ruleEvidence(text).allHarm, text).to.equal(0);
      expect(assessUrgency(text).urgent, text).to.equal(false);
    }
  });
});

describe('urgent risk: harm asserted or only discussed', () => {
  it('a quiz, a storyline or a question that says it has not happened is calm, even with "tonight" in it', () => {
    for (const text of ['team quiz: a 10yo says if she goes home tonight her dad will hurt her, what comes first',
      'the soap had a storyline about a girl being groomed last night, realistic?',
      'if a dad ever threatened me on a visit what should i do, not happened just asking']) {
      expect(settled(ruleEvidence(text)), text).to.equal(true);
      expect(assessUrgency(text).urgent, text).to.equal(false);
    }
  });

  it('the writer in the scene ("just", "right now") makes an exercise real', () => {
    const text = 'like the scenario from training but real: a 10yo just told me her dad will hurt her tonight';
    expect(settled(ruleEvidence(text))).to.equal(false);
    expect(assessUrgency(text).urgent).to.equal(true);
  });
});

describe('urgent risk: idioms turned literal', () => {
  it('"he will kill me" is a threat; "this caseload is killing me" is not', () => {
    expect(ruleEvidence('my yp says her brother will kill me if i tell').concepts).to.include('threat');
    expect(assessUrgency('she said hes going to kill me if she tells anyone, shes in my car').urgent).to.equal(true);
    expect(ruleEvidence('this caseload is killing me').allHarm).to.equal(0);
    expect(ruleEvidence('my manager is going to kill me').allHarm).to.equal(0);
  });

  it('a lexicon word is never typo-corrected into a harm word ("traffic" is not "trafficked")', () => {
    expect(ruleEvidence('stuck in traffic, running late for the core group').allHarm).to.equal(0);
  });
});
