/**
 * urgent-heldout-9.json, a frozen blind set (see ../frozen-sets.test.ts): written by someone who had
 * not read the detector, pinned by sha256 after set 8's report and before the detector work that
 * followed it, never opened while tuning, and measured once when that work was committed (2edc0b2). Since
 * then it is training data (one cross-validation fold of src/scripts/train-urgent.ts, and it teaches the calm
 * lean), so the figures this test prints are in-sample; urgent-heldout-10 is the blind set now. The floors below sit at those
 * figures, rounded down (215/220 is 97.73%, 215/239 is 89.96%): a regression ratchet, never lowered to
 * let a change pass. Prints figures and errors by the set's kinds only, never item text.
 */
import { urgentSetTests } from '../frozen-sets.js';

/**
 * Measured once at 2edc0b2 (444 items: 220 urgent, 224 not urgent), detector alone and through screening
 * as the bot reads a message, both 215/220 recall 97.7%, 215/239 precision 90.0%. Recall is up from set
 * 8's 94.0% (misses 12 -> 5), precision down from set 8's 95.9% (false alarms 8 -> 24); cross-validation
 * at the same commit said 98.5% / 98.4%, optimistic since the folds' errors were read while tuning.
 * Recall is just below issue 13's target (98%), precision well below it (97%). Misses by the set's kinds:
 * understated 2, one each of radicalisation, forced_marriage and da_last_night; false alarms: idiom 6,
 * resolved 4, managed_plan 4, historic 2, wellbeing 2, exam 2, policy 2, media 1, court 1.
 */
const FLOORS = {
  detector: { recall: 0.977, precision: 0.899 },
  screened: { recall: 0.977, precision: 0.899 },
};

describe('urgent risk on the frozen blind set urgent-heldout-9', () => urgentSetTests('urgent-heldout-9.json', FLOORS));
