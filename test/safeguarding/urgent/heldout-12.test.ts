/**
 * urgent-heldout-12.json, a frozen blind set (see ../frozen-sets.test.ts): written by another writer who had not read
 * the detector, pinned by sha256 at the start of round seven, never opened while tuning (rounds seven to nine; one
 * declared glimpse, a count of its items holding "ASYE"), and measured once when round nine was committed (292da5d).
 * Prints figures and errors by the set's kinds only, never item text. The floors are the figures measured once,
 * rounded down: the record of that report and a regression ratchet, never lowered to let a change pass.
 */
import { urgentSetTests } from '../frozen-sets.js';

/**
 * Measured once at 7e5b7c5 (round nine's detector, 292da5d; 449 items: 219 urgent, 230 not urgent). Detector alone:
 * recall 97.7% (214/219), precision 93.9% (214/228); through screening as the bot reads a message: 97.3% (213/219),
 * 93.8% (213/227). Neither target met on this writer (98% / 97%); set 11 gave 98.6% / 92.6% with round seven.
 * Cross-validation at the same commit said 98.6% / 97.5%.
 * Misses (detector): buried_in_admin 2, staff_threat_now 1, textspeak 1, missing_high_risk 1.
 * False alarms (detector): handled_now_safe 4, past_resolved 3, low_level_concern 2, and one each of historic_adult,
 * long_admin_harm_past, long_narrative_safe, training_scenario, staff_venting.
 */
const FLOORS = {
  detector: { recall: 0.977, precision: 0.938 },
  screened: { recall: 0.972, precision: 0.938 },
};

describe('urgent risk on the frozen set urgent-heldout-12 (measured once blind)', () => {
  urgentSetTests('urgent-heldout-12.json', FLOORS);
});
