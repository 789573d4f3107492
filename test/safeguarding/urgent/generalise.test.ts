/**
 * The structure added for unseen writers (issue 13, after set 6 and the blind training files 4 and 5):
 * learned harm evidence (the model's weights on a message's content words, without people, family
 * roles, places and time) lets the model speak when no lexicon concept matched; a long message is also
 * read a few sentences at a time; a question followed by a live statement is a report; the writer's own
 * errand ("just updating") does not put an old case in the present, while something today or ahead
 * keeps a dated story live; a benign explanation ("turned out to be", "GP confirmed") calms. Messages
 * written for this test, not set items.
 */
import { expect } from 'chai';
import {
  assessUrgency, carriesContent, learnedHarm, loadModel, ruleEvidence, urgentFeatures,
} from '../../../src/safeguarding/urgent/index.js';
import { sentences, settled } from '../../../src/safeguarding/urgent/assess.js';
import { pastAnchors } from '../../../src/safeguarding/urgent/timeframe.js';
import { normalise } from '../../../src/safeguarding/urgent/text.js';
import { readSet, type UrgentItem } from '../frozen-sets.js';

const model = loadModel();
const learned = (text: string): number => learnedHarm(model, urgentFeatures(text));

describe('urgent risk: learned harm evidence', () => {
  it('counts content words and lexicon concepts, never people, family roles, time or the rules\' context scores', () => {
    for (const name of ['w:mum', 'w:tonight', 'w:xnam', 'b:^_my', 'b:mum_and', 'r:victim', 'r:immediacy']) expect(carriesContent(name), name).to.equal(false);
    for (const name of ['w:machet', 'b:tool_up', 'b:mum_scream', 'c:weapon']) expect(carriesContent(name), name).to.equal(true);
  });

  for (const text of ['mum wants to know if she can be assessed as a kinship carer',
    'spoke to tyler and his mum shanice about bedtime, is there a template for a parenting agreement']) {
    it(`"${text}" has no harm evidence, lexical or learned, and is not urgent`, () => {
      expect(ruleEvidence(text).allHarm).to.equal(0);
      expect(learned(text)).to.be.at.most(0);
      expect(assessUrgency(text).urgent).to.equal(false);
    });
  }

  it('is necessary, not sufficient: content leaning towards urgent still needs a confident model', () => {
    expect(assessUrgency('can you send me the induction timetable for next week').urgent).to.equal(false);
  });

  it('lets a confident model speak on content the lexicons do not name', () => {
    // ("tooled up", this test's first example, is in the weapon lexicon since the blind training files 6 and 7.)
    const text = 'mum just rang, her ex is outside the flat and hes carrying, the baby is with her';
    expect(ruleEvidence(text).allHarm).to.equal(0);
    expect(learned(text)).to.be.above(0);
    expect(assessUrgency(text).urgent).to.equal(true);
  });
});

describe('urgent risk: reading a long message a few sentences at a time', () => {
  it('splits sentences after . ! ? and line breaks', () => {
    expect(sentences('one. two! three?\nfour')).to.deep.equal(['one.', 'two!', 'three?', 'four']);
  });

  it('finds an emergency told in the middle of a routine update, and leaves a routine update calm', () => {
    const buried = 'Update from the unit. The new rota is working and the garden is finished. One of the boys told the night worker '
      + 'that his uncle hits him with a belt and the uncle is collecting him at 9 tonight. Manager is on leave. Can someone send the form for the audit?';
    expect(assessUrgency(buried).urgent).to.equal(true);
    const routine = 'Update from the unit. The new rota is working and the garden is finished. The boys went bowling and loved it. '
      + 'Manager is on leave. Can someone send the form for the audit?';
    expect(assessUrgency(routine).urgent).to.equal(false);
  });
});

describe('urgent risk: a question followed by what is happening', () => {
  it('is a report, so the policy words do not frame it away', () => {
    expect(ruleEvidence('whats the lado timescale? the childminder just slapped the toddler in front of me').isReport).to.equal(true);
    expect(ruleEvidence('whats the lado timescale? can you send the form').isReport).to.equal(false);
    expect(ruleEvidence('template for a safety plan? yp just said they are going to hang themselves tonight').concepts).to.include('suicidal');
  });
});

describe('urgent risk: when the harm happened, and benign explanations', () => {
  const anchors = (text: string): number => pastAnchors(normalise(text));

  it('the writer\'s own "just" (updating, logging, wanted to note) leaves a dated case in the past; a fresh "just" does not', () => {
    expect(anchors('she had a seizure last month, meds sorted, just updating the health section')).to.equal(1);
    expect(anchors('the lad from last year just rang')).to.equal(0);
    expect(settled(ruleEvidence('she had a seizure last month, care plan written, just logging it'))).to.equal(true);
  });

  it('something today or ahead keeps a dated story live', () => {
    expect(anchors('she disclosed it at contact last week, next contact is this afternoon')).to.equal(0);
    expect(anchors('he was released from prison last week and left a voicemail today')).to.equal(0);
  });

  for (const text of ['the bruise on his arm turned out to be a birthmark, GP confirmed',
    'the cut on her hand is from the cooking club, first aid done, no issues',
    'he told his teacher he wanted to die of embarrassment, just a funny update']) {
    it(`"${text}" is calm`, () => expect(assessUrgency(text).urgent).to.equal(false));
  }
});

// Speed is measured by `npm run bench -- urgent` (ratios against a baseline in the same run), never in a timed test.
