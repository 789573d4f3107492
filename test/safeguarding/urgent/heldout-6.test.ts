/**
 * urgent-heldout-6.json, a frozen blind set (see ../frozen-sets.test.ts): written by someone who had
 * not read the detector, committed and pinned by sha256 in 0cf0069 before the detector work that
 * followed set 5's report, never opened while tuning, and measured once when that work was committed
 * (28ca6af). Since that report it is training data (one cross-validation fold of
 * src/scripts/train-urgent.ts, as urgent-heldout-5 became), so the figures this test prints are
 * in-sample now; the floors below stay at the figures measured once, as the record of that report and
 * a regression ratchet, never lowered to let a change pass. Its errors were not read while tuning the
 * work that followed (its cross-validated fold was the first-look figure); the honest figure for unseen
 * wording is urgent-heldout-8's. Prints figures and errors by the set's kinds only, never item text.
 */
import { urgentSetTests } from '../frozen-sets.js';

/**
 * Measured once (428 items: 199 urgent, 229 not urgent), detector alone and through screening as the
 * bot reads a message: detector 175/199 recall 87.9%, 175/190 precision 92.1%; screened 176/199 recall
 * 88.4%, 176/190 precision 92.6%. Both are below the targets (98% / 97%) and far below
 * cross-validation (99.9% / 99.4%), which the lexicon work had read: the detector still learns the
 * wording of the sets it has seen more than the situations. Detector misses by the set's kinds: weapon 3,
 * worker-own-crisis 3, two each of sexual-abuse-disclosure, cse-exploitation, fgm, radicalisation and
 * mixed-practice-question, one each of seven others; false alarms: hard-negative-mixed 9, idiom 2,
 * media-tv-books 2, reviewed-sorted 1, hypothetical-policy 1.
 */
const FLOORS = {
  detector: { recall: 0.879, precision: 0.921 },
  screened: { recall: 0.884, precision: 0.926 },
};

describe('urgent risk on urgent-heldout-6 (measured once blind, training data since)', () => urgentSetTests('urgent-heldout-6.json', FLOORS));
