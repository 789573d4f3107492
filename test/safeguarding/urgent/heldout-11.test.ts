/**
 * urgent-heldout-11.json, a frozen blind set (see ../frozen-sets.test.ts): written by someone who had not read the
 * detector, pinned by sha256 in the session of round five, never opened while tuning (rounds six and seven), and
 * measured once when round seven was committed (024be74). Since round eight it is training data (one
 * cross-validation fold in src/scripts/train-urgent.ts, and it teaches the calm lean), so the figures this test prints
 * are in-sample. The floors stay at the figures measured once, rounded down: the record of that report and a
 * regression ratchet, never lowered to let a change pass.
 * Prints figures and errors by the set's kinds only, never item text.
 */
import { urgentSetTests } from '../frozen-sets.js';

/**
 * Measured once at 024be74 (430 items: 216 urgent, 214 not urgent). Detector alone: recall 98.6% (213/216), precision
 * 92.6% (213/230); through screening as the bot reads a message: 98.6% (213/216), 92.2% (213/231). Recall meets issue
 * 13's target (98%) on an unseen writer for the first time; precision does not (97%), down from set 10's 97.1%
 * (false alarms 6 -> 17). Cross-validation at the same commit said 98.5% / 97.3%.
 * Misses: child_left_alone, sextortion_now, baby_unexplained_injury, one each. False alarms (detector):
 * harmless_explanation_accepted 6 (7 screened), idiom 3, quoting_past_words 2, managed_plan 2, and one each of
 * case_review, historic_abuse, media_storyline, placement.
 */
const FLOORS = {
  detector: { recall: 0.986, precision: 0.926 },
  screened: { recall: 0.986, precision: 0.922 },
};

describe('urgent risk on the frozen set urgent-heldout-11 (measured once blind, training data since)', () => {
  urgentSetTests('urgent-heldout-11.json', FLOORS);
});
