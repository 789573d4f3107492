/**
 * urgent-heldout-8.json, a frozen blind set (see ../frozen-sets.test.ts): written by someone who had
 * not read the detector, pinned by sha256 after set 7's report and before the detector work that
 * followed it, never opened while tuning, and measured once when that work was committed (01dfbab). Since
 * urgent-heldout-9 replaced it as the blind set it is training data (one cross-validation fold of
 * src/scripts/train-urgent.ts, as set 7 became), so the figures this test prints are in-sample now. The floors below sit at those
 * figures, rounded down (187/199 is 93.97%, 187/195 is 95.90%): a regression ratchet, never lowered to
 * let a change pass. Prints figures and errors by the set's kinds only, never item text.
 */
import { urgentSetTests } from '../frozen-sets.js';

/**
 * Measured once at 01dfbab (407 items: 199 urgent, 208 not urgent), detector alone and through screening
 * as the bot reads a message, both 187/199 recall 94.0%, 187/195 precision 95.9%. Precision is up from
 * set 7's 89.7% (false alarms 24 -> 8), recall down from set 7's 95.4% (misses 10 -> 12); cross-validation
 * at the same commit said 98.5% / 98.2%, optimistic since the folds' errors were read while tuning.
 * Both are below issue 13's targets (98% / 97%). Detector misses by the set's kinds: infant_injury 3,
 * one each of physical_abuse_disclosure, sexual_abuse_disclosure, family_flight, self_harm,
 * domestic_abuse, trafficking_modern_slavery, staff_safety, prebirth_newborn and parental_mental_health
 * (screened: infant_injury 2, self_harm 2); false alarms: court_prep 3, harmless_harm_words 2, one each
 * of idiom, media and admin.
 */
const FLOORS = {
  detector: { recall: 0.939, precision: 0.958 },
  screened: { recall: 0.939, precision: 0.958 },
};

describe('urgent risk on the frozen blind set urgent-heldout-8', () => urgentSetTests('urgent-heldout-8.json', FLOORS));
