/**
 * urgent-train-4.json and urgent-train-5.json: labelled sets written blind by other authors for
 * training (655 and 560 messages), copied in untouched. Before they were read or trained on, the
 * detector of the time (1f39ea1) was measured on each once: those figures are the honest estimate of
 * how it did on unseen writers. Since then both are training data (one cross-validation fold each in
 * src/scripts/train-urgent.ts), so the figures this test prints are in-sample; the floors stay at the
 * figures measured once, as the record of that report and a regression ratchet, never lowered to let a
 * change pass. The honest figure for unseen wording is urgent-heldout-8's. Prints figures and errors by
 * the sets' kinds only, never item text.
 */
import { urgentSetTests } from '../frozen-sets.js';

/**
 * Measured once each, untouched, with the detector before this work (1f39ea1):
 * urgent-train-4 (322 urgent, 333 not): detector 257/322 recall 79.8%, 257/283 precision 90.8%; screened
 * 255/322 79.2%, 255/280 91.1%. Misses: worker_crisis 11, sexual_abuse_disclosure 9, radicalisation 6,
 * practice_q_plus_risk 6, fgm 6, long_buried 6, and fewer of nine other kinds; false alarms:
 * knives_cooking_household 9, food idioms 3, and one or two of nine other kinds.
 * urgent-train-5 (280 urgent, 280 not): detector 243/280 recall 86.8%, 243/329 precision 73.9%; screened
 * 242/280 86.4%, 242/326 74.2%. Misses: implicit_risk 15 and one or two of fifteen other kinds; false
 * alarms: harmless_word 17, left_alone 6, and one to five of every other kind (benign explanations,
 * programmes, training, good news).
 */
const FLOORS: Record<string, Record<string, { recall: number; precision: number }>> = {
  'urgent-train-4.json': { detector: { recall: 0.798, precision: 0.908 }, screened: { recall: 0.792, precision: 0.911 } },
  'urgent-train-5.json': { detector: { recall: 0.868, precision: 0.739 }, screened: { recall: 0.864, precision: 0.742 } },
};

for (const [file, floors] of Object.entries(FLOORS)) {
  describe(`urgent risk on ${file} (measured once blind, training data since)`, () => urgentSetTests(file, floors, 250));
}
