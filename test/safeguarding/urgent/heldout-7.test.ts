/**
 * urgent-heldout-7.json, a frozen blind set (see ../frozen-sets.test.ts): written by someone who had
 * not read the detector, committed and pinned by sha256 in 1f39ea1 before the detector work that
 * followed set 6's report, never opened while tuning, and measured once when that work was committed
 * (15c210c). Since urgent-heldout-8 replaced it as the blind set it is training data (one
 * cross-validation fold of src/scripts/train-urgent.ts, as sets 5 and 6 became), so the figures this
 * test prints are in-sample now. The floors below stay at the figures measured once (rounded down:
 * 209/233 is 89.699%): the record of that report and a regression ratchet, never lowered to let a
 * change pass. Prints figures and errors by the set's kinds only, never item text.
 */
import { urgentSetTests } from '../frozen-sets.js';

/**
 * Measured once (454 items: 219 urgent, 235 not urgent), detector alone and through screening as the
 * bot reads a message, both 209/219 recall 95.4%, 209/233 precision 89.7%. Recall is up from set 6's
 * 87.9% and near the cross-validated fold never read while tuning (set 6's, 94.5%); precision is down
 * from set 6's 92.1% and below that fold's 96.9%. Both are below issue 13's targets (98% / 97%).
 * Misses by the set's kinds: sexual_abuse 3, infant_injury 2, one each of neglect, afraid_to_go_home,
 * radicalisation, suicide_child and fgm_planned; false alarms: harmless_harm_word 6, idiom 5, recording 4,
 * past_resolved 3, placement_admin 3, court_prep 2, practice_question 1.
 */
const FLOORS = {
  detector: { recall: 0.954, precision: 0.896 },
  screened: { recall: 0.954, precision: 0.896 },
};

describe('urgent risk on urgent-heldout-7 (measured once blind, training data since)', () => urgentSetTests('urgent-heldout-7.json', FLOORS));
