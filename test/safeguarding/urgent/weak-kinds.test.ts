/**
 * The kinds urgent-heldout-5 showed weak (issue 13), in wording written for this test, not taken from
 * any labelled set: the writer's own crisis, FGM, a child locked out or in, domestic abuse happening
 * now; and, calm, resolved cases, idioms, everyday plans, reviews and training. Also the structure
 * behind them: a plan ahead makes a month or season no anchor in the past, a resolution overturned by
 * "but" is no resolution, and harm going on as the message is written is live.
 */
import { expect } from 'chai';
import { assessUrgency, combine, ruleEvidence } from '../../../src/safeguarding/urgent/index.js';
import { settled, writerInCrisis } from '../../../src/safeguarding/urgent/assess.js';

const URGENT: Record<string, string[]> = {
  "the writer's own crisis": [
    'i dont want to wake up tomorrow, this job has broken me',
    'im sat in my car with a bottle of pills, i dont want to go home',
    'i keep thinking everyone would be better off if i was gone',
    'is it normal to feel like i want to die most days? asking for me',
  ],
  fgm: [
    'school nurse says a year 4 girl told her she is having the special cut when she goes to see her nan next month',
    'girl is scared because she is going home for the summer to be made clean',
    'mum says its time for her daughter to be circumcised like her sisters, they fly on saturday',
  ],
  'a child locked out or in': [
    'foster carer has locked the 14yo out and wont let her back in, shes on the doorstep',
    'toddler shut in a bedroom on her own all day while mum is at work, neighbour says',
    'mum has thrown the 13yo out after a row, hes sat in the bus shelter with nowhere to go',
    'baby left in a hot car on the drive, mum is inside and wont answer the door',
  ],
  'domestic abuse happening now': [
    'mum just rang whispering that he is in the house and has a knife, kids are upstairs',
    'woman in the refuge says he has found her and is parked across the road watching the building',
    'dad posted that if he cant have the children nobody can, and he has them this afternoon',
  ],
};

const CALM: Record<string, string[]> = {
  'a resolved case': [
    'the teenager who was missing over easter came home safe and has been settled since, do i still need a strategy meeting',
    'the girl who self harmed last term has been discharged by camhs and is doing really well, can we step down',
    'missing 15yo returned safe and well this morning, police have closed the log',
    'the yp who disclosed at her review has since moved to her aunts and says she feels safe there',
  ],
  'an idiom': [
    'this caseload is going to be the death of me',
    'im dead on my feet after three visits',
    'she said she was going to kill it in her driving test and she passed',
    'fire drill at 3, leave your laptops',
  ],
  'an everyday plan': [
    'foster carer wants to take the children camping in wales at half term, who authorises it',
    'the yp got a new phone for his birthday, what should the online safety conversation cover',
    'dad was a bit late to contact but the kids were happy to see him',
    'the budget for family support is being cut again, who do i complain to',
  ],
  'a review or training': [
    'the child safeguarding practice review about the baby who died from neglect is out, what are the recommendations',
    'im running a session on recognising grooming, has anyone got a good case example',
    'were doing a mock strategy meeting next week, need someone to play a dad threatening the worker',
  ],
};

describe('urgent risk: the kinds set 5 showed weak, in fresh wording', () => {
  for (const [kind, texts] of Object.entries(URGENT)) {
    it(`${kind} is urgent`, () => {
      for (const text of texts) expect(assessUrgency(text).urgent, text).to.equal(true);
    });
  }
  for (const [kind, texts] of Object.entries(CALM)) {
    it(`${kind} is calm`, () => {
      for (const text of texts) expect(assessUrgency(text).urgent, text).to.equal(false);
    });
  }
});

describe('urgent risk: structure behind the kinds', () => {
  it("the writer's crisis decides by itself, but not as a policy question nor as a joke", () => {
    expect(writerInCrisis(ruleEvidence('honestly ive got the tablets here and i want to end it'))).to.equal(true);
    expect(combine(ruleEvidence('honestly ive got the tablets here and i want to end it'), 0)).to.equal(true);
    expect(writerInCrisis(ruleEvidence("what do i say when a yp tells me 'i want to die'?"))).to.equal(false);
    expect(writerInCrisis(ruleEvidence('if the printer jams again i want to die lol'))).to.equal(false);
  });

  it('a plan ahead keeps a month or a season from dating the harm; a year or "last term" still dates it', () => {
    expect(ruleEvidence('she is going abroad over half term to be cut').pastTime).to.equal(0);
    expect(ruleEvidence('she ran off over half term and is settled now').pastTime).to.equal(1);
    expect(ruleEvidence('she went missing last term, she is going to college next week').pastTime).to.be.at.least(1);
  });

  it('a resolution overturned by "but" does not calm; one that ends the message does', () => {
    expect(settled(ruleEvidence('no concerns at the last visit but today she has a black eye and says dad hit her'))).to.equal(false);
    expect(assessUrgency('no concerns at the last visit but today she has a black eye and says dad hit her').urgent).to.equal(true);
    expect(settled(ruleEvidence('she went missing on friday but was found safe and well'))).to.equal(true);
  });

  it('harm going on as the message is written undoes a closed case and a past date', () => {
    const text = 'case was closed last year, mum rang me and dad is hitting her in front of the kids';
    expect(settled(ruleEvidence(text))).to.equal(false);
    expect(assessUrgency(text).urgent).to.equal(true);
  });

  it('a resolution reported after a recent event stays calm ("last night" does not undo it)', () => {
    expect(settled(ruleEvidence('yp who went missing last night is home, return home interview done, all sorted'))).to.equal(true);
  });

  it('a question about a live case is a report ("asking because…")', () => {
    const ev = ruleEvidence('whats the threshold for a strategy, asking because the 2yo has a bruise on her cheek i saw 5 mins ago');
    expect(ev.liveCase).to.equal(true);
    expect(ev.isReport).to.equal(true);
  });
});
