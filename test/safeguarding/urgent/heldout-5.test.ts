/**
 * urgent-heldout-5.json, a frozen blind set (see ../frozen-sets.test.ts): written by someone who had
 * not read the detector, committed in 9f8e7e5 and pinned by sha256 before any further detector
 * change, never read while tuning, and measured once when the structural rework for issue 13 was
 * done (7bae90c). Since that report it is training data (one cross-validation fold of
 * src/scripts/train-urgent.ts, as urgent-heldout-4 became), so the figures this test prints are
 * in-sample now; the floors below stay at the figures measured once, as the record of that report
 * and a regression ratchet, never lowered to let a change pass. The honest figure for unseen
 * wording is urgent-heldout-7's. Prints figures only, never item text.
 */
import { expect } from 'chai';
import { assessUrgency } from '../../../src/safeguarding/urgent/index.js';
import { screen } from '../../../src/safeguarding/screen.js';
import { readSet, urgentFloorTests, type UrgentItem } from '../frozen-sets.js';

/** How the bot reads a message: the detector alone, and screening as a turn does. */
const READERS = { detector: (t: string) => assessUrgency(t).urgent, screened: (t: string) => screen(t).urgent };
/** Issue 13's targets. */
const TARGET = { recall: 0.98, precision: 0.97 };
/**
 * Measured once, blind (379 items: 180 urgent, 199 not urgent), detector alone and through screening as the
 * bot reads a message: detector 162/180 recall 90.0%, 162/179 precision 90.5%; screened 159/180
 * recall 88.3%, 159/176 precision 90.3%. Both are below the targets, and well below cross-validation
 * (98.8% / 97.9%). Detector errors by the set's kinds: misses worker_crisis 4, fgm 2, locked_out 2,
 * dv_now 2 and one each of seven others; false alarms past_resolved 6, idiom 5, everyday_no_harm 3,
 * one each of review_lessons, training and admin.
 */
const FLOORS = {
  detector: { recall: 0.9, precision: 0.905 },
  screened: { recall: 0.883, precision: 0.903 },
};

describe('urgent risk on urgent-heldout-5 (measured once blind, training data since)', () => {
  const items = readSet<UrgentItem>('urgent-heldout-5.json');

  it('holds at least 150 urgent and 150 not urgent messages', () => {
    expect(items.filter((i) => i.label === 'urgent').length).to.be.at.least(150);
    expect(items.filter((i) => i.label === 'not_urgent').length).to.be.at.least(150);
    expect(items.every((i) => i.label === 'urgent' || i.label === 'not_urgent')).to.equal(true);
  });

  urgentFloorTests(() => items, READERS, FLOORS, TARGET);
});
