/**
 * Round six's structure for unseen writers (issue 13, after set 10): a short hedging opening before "but"
 * ("prob nothing but", "just flagging this but") lends the report after it no calm. Messages written for this
 * test, not set items.
 */
import { expect } from 'chai';
import { afterHedge, HEDGE_MAX_WORDS } from '../../../src/safeguarding/urgent/assess.js';

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
