/**
 * urgent-heldout-10.json, a frozen blind set (see ../frozen-sets.test.ts): written by someone who had
 * not read the detector, pinned by sha256 before the round-five work (the calm lean, 964d870), never opened
 * while tuning, and measured once when that work was committed. Since round six it is training data (one
 * cross-validation fold in src/scripts/train-urgent.ts, and it teaches the calm lean), so the figures this test
 * prints are in-sample; the floors below stay at the figures measured once, rounded down (203/212 is 95.75%,
 * 203/209 is 97.13%): the record of that report and a regression ratchet, never lowered to let a change pass.
 * urgent-heldout-11.json is training data too since round eight; urgent-heldout-12.json is the blind set now. Prints figures and errors by the set's kinds only, never item text.
 */
import { expect } from 'chai';
import { loadModel } from '../../../src/safeguarding/urgent/index.js';
import { urgentSetTests } from '../frozen-sets.js';

/**
 * Measured once at 964d870 (423 items: 212 urgent, 211 not urgent), detector alone and through screening
 * as the bot reads a message, both 203/212 recall 95.8%, 203/209 precision 97.1%. Precision is up from set
 * 9's 90.0% (false alarms 24 -> 6) and meets issue 13's target (97%); recall is down from set 9's 97.7%
 * (misses 5 -> 9) and below the target (98%). Cross-validation at the same commit said 97.8% / 97.7%.
 * Misses by the set's kinds: understated 2, one each of buried_risk, worker_threatened, threat_to_kill,
 * exploitation_now, forced_marriage, disclosure, quoted_speech; false alarms: one each of resolved,
 * placement_admin, staff_wellbeing, harmless_harm_word, plan_no_new, paired_resolved.
 */
const FLOORS = {
  detector: { recall: 0.957, precision: 0.971 },
  screened: { recall: 0.957, precision: 0.971 },
};

describe('urgent risk on the frozen set urgent-heldout-10 (measured once blind, training data since)', () => {
  it('is training data since it was measured; set 12, still blind, is not', () => {
    const trainedOn = loadModel().meta.trainedOn as string[];
    expect(trainedOn).to.include('urgent-heldout-10.json');
    expect(trainedOn).to.include('urgent-heldout-11.json');
    expect(trainedOn).to.not.include('urgent-heldout-12.json');
  });
  urgentSetTests('urgent-heldout-10.json', FLOORS);
});
