/**
 * urgent-train-8.json and urgent-train-9.json: labelled sets written blind by other authors for
 * training (486 and 458 messages), committed untouched (6bd7f54, f85b585). Before they were read or
 * trained on, the detector of the time (7e847f8) was measured on each once: those figures are the
 * honest estimate of how it did on unseen writers. Since then both are training data (one
 * cross-validation fold each in src/scripts/train-urgent.ts, and they teach the calm lean), so the
 * figures this test prints are in-sample; the floors stay at the figures measured once, as the record
 * of that report and a regression ratchet, never lowered to let a change pass. Prints figures and
 * errors by the sets' kinds only, never item text.
 */
import { urgentSetTests } from '../frozen-sets.js';

/**
 * Measured once each, untouched, with the detector before this work (7e847f8):
 * urgent-train-8 (214 urgent, 272 not): detector 207/214 recall 96.7%, 207/234 precision 88.5%; screened
 * 205/214 95.8%, 205/232 88.4%. Misses: missing_now 2, one each of fgm_risk, peer_abuse,
 * criminal_exploitation, injury_seen, forced_marriage; false alarms: managed_plan 6, harmless_explanation 6,
 * medical_care_in_place 3, historic 3, idiom 3, one each of quoting, policy_question, staff_wellbeing,
 * care_leaver_practical, foster_carer_question, placement_matching.
 * urgent-train-9 (180 urgent, 278 not): detector 161/180 recall 89.4%, 161/190 precision 84.7%; screened
 * 161/180 89.4%, 161/191 84.3%. Misses: two each of understated, procedural_question, disclosure,
 * suicide_selfharm, domestic_abuse_now, infant_mark, one each of missing_now, radicalisation,
 * fgm_forced_marriage, carer_intoxicated, buried_in_admin, afraid_to_go_home, exploitation_now; false
 * alarms: harmless_explanation 6, wellbeing 4, hypothetical 3, supervision 3, historic 2 (3 screened),
 * conference_minutes 2, idiom 2, foster_carer_everyday 2, one each of learning_review, exam_assignment,
 * quoted, resolved, media.
 */
const FLOORS: Record<string, Record<string, { recall: number; precision: number }>> = {
  'urgent-train-8.json': { detector: { recall: 0.967, precision: 0.884 }, screened: { recall: 0.957, precision: 0.883 } },
  'urgent-train-9.json': { detector: { recall: 0.894, precision: 0.847 }, screened: { recall: 0.894, precision: 0.842 } },
};

for (const [file, floors] of Object.entries(FLOORS)) {
  describe(`urgent risk on ${file} (measured once blind, training data since)`, () => urgentSetTests(file, floors, 150));
}
