/**
 * The calm lean (lean.ts): a naive-Bayes table learned from labelled messages, and the two gates it drives
 * (assess.ts calmedByLean, alarmedByLean). The messages are made up for these tests, not items of any set.
 */
import { expect } from 'chai';
import {
  alarmedByLean, calmedByLean, combine, COMBINATION, writerInCrisis, type Combination,
} from '../../../src/safeguarding/urgent/assess.js';
import { calmLean, learnLean, leanTerms, loadModel, ruleEvidence } from '../../../src/safeguarding/urgent/index.js';

const toks = (s: string): string[] => s.split(' ');
/** Gates open wide, so that only the protections decide. */
const OPEN: Combination = { ...COMBINATION, calmGate: 0, alarmGate: 0, pAlarm: 0 };

describe('urgent risk: the calm lean', () => {
  it('reads words and adjacent pairs, each once, numbers folded', () => {
    expect(leanTerms(toks('plan in place 3 plan'))).to.deep.equal(['plan', 'in', 'place', '#', 'plan_in', 'in_place', 'place_#', '#_plan']);
  });

  it('learns calm words as positive, urgent words as negative, and leaves rare words out', () => {
    const urgent = [toks('he hit her now'), toks('she is bleeding now'), toks('knife at the door now'), toks('one odd word')];
    const calm = [toks('plan in place'), toks('the plan is reviewed'), toks('plan agreed last month')];
    const table = learnLean(urgent, calm);
    expect(table.plan).to.be.above(0);
    expect(table.now).to.be.below(0);
    expect(table).to.not.have.property('odd');
    expect(calmLean(table, toks('plan in place'))).to.be.above(0);
    expect(calmLean(table, toks('now'))).to.be.below(0);
    expect(calmLean(table, toks('unheard words'))).to.equal(0);
  });

  it('is learned the same way each time (sorted, rounded)', () => {
    const u = [toks('a b c'), toks('a b'), toks('a c')];
    const c = [toks('b c d'), toks('c d'), toks('d d')];
    expect(JSON.stringify(learnLean(u, c))).to.equal(JSON.stringify(learnLean(u, c)));
  });

  it('never calms harm reported as going on now, nor a writer in crisis', () => {
    const now = ruleEvidence('dad is hitting mum right now in front of the kids, i can hear it');
    expect(calmedByLean(now, 100, OPEN)).to.equal(false);
    const crisis = ruleEvidence('i want to kill myself tonight, i have the pills');
    expect(writerInCrisis(crisis)).to.equal(true);
    expect(calmedByLean(crisis, 100, OPEN)).to.equal(false);
    expect(combine(crisis, 0, OPEN, -Infinity, 100)).to.equal(true);
  });

  it('a strong calm lean calms a message the rules alone would have raised', () => {
    const ev = ruleEvidence('the child had a bruise on his arm, the plan was agreed at conference');
    expect(combine(ev, 1, { ...COMBINATION, calmGate: Infinity }, -Infinity, 50)).to.equal(true);
    expect(combine(ev, 1, { ...COMBINATION, calmGate: 10 }, -Infinity, 50)).to.equal(false);
  });

  it('its alarm needs harm evidence and the model, and never overrules a review or training frame', () => {
    const none = ruleEvidence('spoke to the family about bedtime routines and homework');
    expect(alarmedByLean(none, 1, -100, -1, OPEN)).to.equal(false);
    expect(combine(none, 1, OPEN, -1, -100)).to.equal(false);
    const harm = ruleEvidence('mums boyfriend hit the baby');
    expect(alarmedByLean(harm, 0.99, -100, -Infinity, { ...OPEN, pAlarm: 0.98 })).to.equal(true);
    expect(alarmedByLean(harm, 0.5, -100, -Infinity, { ...OPEN, pAlarm: 0.98 })).to.equal(false);
    const drill = ruleEvidence('for the training scenario, dad has a knife and is threatening to stab the worker');
    expect(alarmedByLean(drill, 1, -100, -Infinity, OPEN)).to.equal(false);
    expect(combine(drill, 1, OPEN, -Infinity, -100)).to.equal(false);
  });

  it('the committed model carries a lean table of stemmed words and pairs', () => {
    const table = loadModel().lean ?? {};
    expect(Object.keys(table).length).to.be.above(1000);
    expect(Object.keys(table).every((t) => t.split('_').length <= 2 && !t.includes(' '))).to.equal(true);
  });
});
