/**
 * Round six's and seven's structure for unseen writers (issue 13, after set 10 and the blind urgent-train-11).
 * Round six: a short hedging opening before "but" ("prob nothing but", "just flagging this but") lends the report
 * after it no calm. Messages written for this test, not set items.
 */
import { expect } from 'chai';
import { afterHedge, combine, COMBINATION, HEDGE_MAX_WORDS, settled } from '../../../src/safeguarding/urgent/assess.js';
import { contentLean } from '../../../src/safeguarding/urgent/evidence.js';
import { ruleEvidence } from '../../../src/safeguarding/urgent/rules.js';

describe('urgent risk: a hedging opening before "but"', () => {
  it('reads what follows a short opening with no harm, time, resolved, review or policy cue of its own', () => {
    expect(afterHedge('prob nothing but the boy says his stepdad locks him in the shed')).to.equal('the boy says his stepdad locks him in the shed');
    expect(afterHedge('just flagging this but mum sounded drunk on the phone')).to.equal('mum sounded drunk on the phone');
  });

  it('leaves an opening that is a statement of its own: harm, a date, a resolved case or a long clause', () => {
    expect(afterHedge('he was hit by his dad in 2019 but is fine now')).to.equal(undefined);
    expect(afterHedge('it was all sorted last month but mum rang again')).to.equal(undefined);
    const long = `${Array.from({ length: HEDGE_MAX_WORDS + 1 }, () => 'word').join(' ')} but something`;
    expect(afterHedge(long)).to.equal(undefined);
    expect(afterHedge('no conjunction here at all')).to.equal(undefined);
  });
});

/*
 * Round seven (after the blind urgent-train-11): "ASYE" names the writer's first year, not a training frame;
 * without a lexicon concept, content words that lean towards emergencies in the calm lean, with the whole wording
 * leaning hard that way, are learned harm evidence; a person not seen (for days, since) is a state still going on;
 * harm said to be happening now is harm going on; a resolution cue after "to" is a purpose ("to settle him"); "news"
 * is not stemmed to "new".
 * Messages written for this test, not set items.
 */
describe('urgent risk: round seven', () => {
  it('reads ASYE as the writer\'s first year, not as training framing', () => {
    expect(settled(ruleEvidence('ASYE here. dad just punched mum in front of me and the kids are in the room'))).to.equal(false);
    expect(settled(ruleEvidence('scenario for my ASYE group: dad punches mum in front of the kids'))).to.equal(true);
  });

  it('counts only content terms in the content lean', () => {
    const table = { belt: -2, he: -3, he_got: -1, got_belt: -1 };
    expect(contentLean(table, ['he', 'got', 'belt'])).to.equal(-3);
  });

  it('lets the lean be harm evidence without a lexicon concept only when content and wording both lean urgent', () => {
    const ev = ruleEvidence('he has got one hooked on his door just in case');
    expect(ev.allHarm).to.equal(0);
    const c = { ...COMBINATION, leanHarm: 20 };
    expect(combine(ev, 0.9, c, -0.1, -25, -1)).to.equal(true);
    expect(combine(ev, 0.9, c, -0.1, -25, 1)).to.equal(false);
    expect(combine(ev, 0.9, c, -0.1, -5, -1)).to.equal(false);
    expect(combine(ev, 0.2, c, -0.1, -25, -1)).to.equal(false);
  });

  it('reads a person not seen as a state still going on, and harm happening now as going on', () => {
    expect(ruleEvidence('he has not been seen for 3 days, he was exploited last year').liveState).to.equal(true);
    expect(ruleEvidence('dv is happening now, i can hear the kids').harmNow).to.equal(true);
  });

  it('stems "news" as itself, so "on the new laptops" is no media frame', () => {
    expect(ruleEvidence('what is the password policy on the new laptops').exerciseCues).to.equal(0);
    expect(ruleEvidence('there was a stabbing on the news').exerciseCues).to.be.above(0);
  });

  it('reads a resolution cue after "to" as a purpose, not a state', () => {
    expect(ruleEvidence('mum gave him her tablets to settle him').settledCues).to.equal(0);
    expect(ruleEvidence('he is settled with his nan').settledCues).to.be.above(0);
  });
});
