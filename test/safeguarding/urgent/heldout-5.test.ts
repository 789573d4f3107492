/**
 * urgent-heldout-5.json, a frozen blind set (see ../frozen-sets.test.ts): written by someone who had
 * not read the detector, committed in 9f8e7e5 and pinned by sha256 before any further detector
 * change, never read while tuning, and measured once when the structural rework for issue 13 was
 * done (7bae90c). Since that report it is training data (one cross-validation fold of
 * src/scripts/train-urgent.ts, as urgent-heldout-4 became), so the figures this test prints are
 * in-sample now; the floors below stay at the figures measured once, as the record of that report
 * and a regression ratchet, never lowered to let a change pass. The honest figure for unseen
 * wording is urgent-heldout-8's. Prints figures only, never item text.
 */
import { urgentSetTests } from '../frozen-sets.js';

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

describe('urgent risk on urgent-heldout-5 (measured once blind, training data since)', () => urgentSetTests('urgent-heldout-5.json', FLOORS));
