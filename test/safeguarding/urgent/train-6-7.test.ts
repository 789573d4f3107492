/**
 * urgent-train-6.json and urgent-train-7.json: labelled sets written blind by other authors for
 * training (458 and 457 messages), copied in untouched (736b7c6, 676ee0f). Before they were read or
 * trained on, the detector of the time (736b7c6) was measured on each once: those figures are the
 * honest estimate of how it did on unseen writers. Since then both are training data (one
 * cross-validation fold each in src/scripts/train-urgent.ts), so the figures this test prints are
 * in-sample; the floors stay at the figures measured once, as the record of that report and a
 * regression ratchet, never lowered to let a change pass. The honest figure for unseen wording is
 * urgent-heldout-8's. Prints figures and errors by the sets' kinds only, never item text.
 */
import { urgentSetTests } from '../frozen-sets.js';

/**
 * Measured once each, untouched, with the detector before this work (736b7c6):
 * urgent-train-6 (195 urgent, 263 not): detector 183/195 recall 93.8%, 183/215 precision 85.1%; screened
 * 184/195 94.4%, 184/217 84.8%. Misses: physical_abuse 3, self_harm 2, neglect 2, one each of fgm,
 * parent_intoxicated, honour_abuse, cse, domestic_violence; false alarms: planned_concern 9, resolved 6,
 * harmless_word 6, idiom 4, training 3, recording 2, review 1, court_admin 1.
 * urgent-train-7 (196 urgent, 261 not): detector and screened 187/196 recall 95.4%, 187/204 precision 91.7%.
 * Misses: neglect 3, buried 2, one each of missing, sexual_abuse, allegation, dv; false alarms:
 * harmless_word 5, resolved 5, planned 3, wellbeing 2, recording 1, training 1.
 */
const FLOORS: Record<string, Record<string, { recall: number; precision: number }>> = {
  'urgent-train-6.json': { detector: { recall: 0.938, precision: 0.851 }, screened: { recall: 0.943, precision: 0.847 } },
  'urgent-train-7.json': { detector: { recall: 0.954, precision: 0.916 }, screened: { recall: 0.954, precision: 0.916 } },
};

for (const [file, floors] of Object.entries(FLOORS)) {
  describe(`urgent risk on ${file} (measured once blind, training data since)`, () => urgentSetTests(file, floors, 150));
}
