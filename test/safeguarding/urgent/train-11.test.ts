/**
 * urgent-train-11.json: a labelled set written blind by another author for training (433 messages: understated,
 * terse and buried risk, staff at risk, cases already actioned), committed untouched and pinned here by sha256.
 * Before it was read or trained on, the detector of the time (0b72ac8, unchanged at 8846bd1) was measured on it
 * once: those figures are the honest estimate of how it did on an unseen writer. After this commit it becomes
 * training data (one cross-validation fold in src/scripts/train-urgent.ts, and it teaches the calm lean), so the
 * figures this test prints are then in-sample; the floors stay at the figures measured once, as the record of
 * that report and a regression ratchet, never lowered to let a change pass. Prints figures and errors by the
 * set's kinds only, never item text.
 */
import { expect } from 'chai';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { loadModel } from '../../../src/safeguarding/urgent/index.js';
import { urgentSetTests } from '../frozen-sets.js';

const FILE = 'urgent-train-11.json';
/** sha256 of the file as written by its author and committed untouched. */
const SHA256 = 'dafe9175b1379dcbf71693a2c13fe934c6e2c3b49e70617a1cd77899c5972eed';

/**
 * Measured once, untouched, with the detector of round six (0b72ac8), 222 urgent and 211 not:
 * detector 209/222 recall 94.1%, 209/219 precision 95.4%; screened the same.
 * Misses: understated 4, plan_new_incident 2, terse 2, staff_risk 2, one each of baby_injury, third_party and
 * formal_nonnative. False alarms: already_actioned_safe 5, low_level_concern 2, one each of venting_wellbeing,
 * rambling_nonurgent and mixed_admin_past.
 */
const FLOORS = {
  detector: { recall: 0.941, precision: 0.954 },
  screened: { recall: 0.941, precision: 0.954 },
};

describe('urgent risk on urgent-train-11.json (measured once blind, training data since)', () => {
  it('is the file as written blind (sha256 pinned)', () => {
    const bytes = fs.readFileSync(new URL(`../fixtures/${FILE}`, import.meta.url));
    expect(crypto.createHash('sha256').update(bytes).digest('hex')).to.equal(SHA256);
  });
  it('is training data since it was measured, as is set 11 since round eight; the blind set 12 is not', () => {
    const trainedOn = loadModel().meta.trainedOn as string[];
    expect(trainedOn).to.include(FILE);
    expect(trainedOn).to.include('urgent-heldout-11.json');
    expect(trainedOn).to.not.include('urgent-heldout-12.json');
  });
  urgentSetTests(FILE, FLOORS, 150);
});
