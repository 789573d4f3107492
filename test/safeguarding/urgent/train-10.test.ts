/**
 * urgent-train-10.json: a labelled set written blind by another author for training (408 messages, understated
 * and buried risk), committed untouched (b726b75). Before it was read or trained on, the detector of the time
 * (8917ae7) was measured on it once: those figures are the honest estimate of how it did on an unseen writer.
 * Since then it is training data (one cross-validation fold in src/scripts/train-urgent.ts, and it teaches the
 * calm lean), so the figures this test prints are in-sample; the floors stay at the figures measured once, as
 * the record of that report and a regression ratchet, never lowered to let a change pass. Prints figures and
 * errors by the set's kinds only, never item text.
 */
import { urgentSetTests } from '../frozen-sets.js';

/**
 * Measured once, untouched, with the detector before round six (8917ae7), 225 urgent and 183 not:
 * detector 216/225 recall 96.0%, 216/230 precision 93.9%; screened 214/225 95.1%, 214/228 93.9%.
 * Misses (detector): terse_textspeak 3, suicide_plan 2, formal_procedural 2, one each of understated and
 * scared_to_go_home (screened: terse_textspeak 5). False alarms: idiom 4, minor_concern 3, adult_historic_disclosure 2,
 * safety_plan_in_place 2, one each of handled_already, staff_venting and tv_drama.
 */
const FLOORS = {
  detector: { recall: 0.96, precision: 0.939 },
  screened: { recall: 0.951, precision: 0.938 },
};

describe('urgent risk on urgent-train-10.json (measured once blind, training data since)', () => urgentSetTests('urgent-train-10.json', FLOORS, 150));
