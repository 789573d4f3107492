/**
 * urgent-heldout-4.json, the frozen blind set (see ../frozen-sets.test.ts): its tuning half was tuned
 * and trained on (src/scripts/train-urgent.ts); its reporting half was measured once, when the work
 * for issue 13 was done. The floors below sit at those figures: a regression ratchet, never lowered
 * to let a change pass. Since then the whole set is training data (one cross-validation fold), so
 * these figures are in-sample; the honest figure for unseen wording is urgent-heldout-8's.
 * Prints figures only, never item text.
 */
import { halfOf, readSet, urgentFloorTests, type UrgentItem } from '../frozen-sets.js';

/**
 * Measured once on the reporting half (215 items: 105 urgent), detector alone and through screening as
 * the bot reads a message: detector 98/105 recall 93.3%, 98/109 precision 89.9%; screened 97/105
 * recall 92.4%, 97/108 precision 89.8%. Both are below the targets: the errors are mostly resolved
 * cases the settled lexicon did not reach (9 false alarms) and urgent messages it calmed or missed (7).
 */
const FLOORS = {
  detector: { recall: 0.933, precision: 0.899 },
  screened: { recall: 0.923, precision: 0.898 },
};

describe('urgent risk on the frozen blind set urgent-heldout-4 (reporting half)', () => {
  const reporting = readSet<UrgentItem>('urgent-heldout-4.json').filter((i) => halfOf(i.text) === 'reporting');

  urgentFloorTests(() => reporting, FLOORS);
});
