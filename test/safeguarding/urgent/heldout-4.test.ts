/**
 * urgent-heldout-4.json, the frozen blind set (see ../frozen-sets.test.ts): its tuning half was tuned
 * and trained on (src/scripts/train-urgent.ts); its reporting half was measured once, when the work
 * for issue 13 was done. The floors below sit at those figures: a regression ratchet, never lowered
 * to let a change pass. Since then the whole set is training data (one cross-validation fold), so
 * these figures are in-sample; the honest figure for unseen wording is urgent-heldout-5's.
 * Prints figures only, never item text.
 */
import { expect } from 'chai';
import { assessUrgency } from '../../../src/safeguarding/urgent/index.js';
import { screen } from '../../../src/safeguarding/screen.js';
import { halfOf, readSet } from '../frozen-sets.js';

/** Issue 13's targets on the reporting half. */
const TARGET = { recall: 0.98, precision: 0.97 };
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

interface Item { label: string; text: string; kind: string }

function score(items: Item[], urgent: (text: string) => boolean): { recall: number; precision: number; tp: number; fp: number; fn: number } {
  let tp = 0, fp = 0, fn = 0;
  for (const i of items) {
    const got = urgent(i.text);
    const want = i.label === 'urgent';
    if (got && want) tp++; else if (got) fp++; else if (want) fn++;
  }
  return { recall: tp / (tp + fn), precision: tp / (tp + fp || 1), tp, fp, fn };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

describe('urgent risk on the frozen blind set urgent-heldout-4 (reporting half)', () => {
  const reporting = readSet<Item>('urgent-heldout-4.json').filter((i) => halfOf(i.text) === 'reporting');

  for (const [name, urgent] of [['detector', (t: string) => assessUrgency(t).urgent], ['screened', (t: string) => screen(t).urgent]] as const) {
    it(`${name}: recall and precision at or above the figures measured once (target ${pct(TARGET.recall)} / ${pct(TARGET.precision)})`, () => {
      const f = score(reporting, urgent);
      const byKind = new Map<string, number>();
      for (const i of reporting) if (urgent(i.text) !== (i.label === 'urgent')) byKind.set(i.kind, (byKind.get(i.kind) ?? 0) + 1);
      console.log(`      ${name}: recall ${pct(f.recall)} precision ${pct(f.precision)} (tp ${f.tp}, fp ${f.fp}, fn ${f.fn}, n ${reporting.length}); errors by kind: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
      expect(f.recall, 'recall').to.be.at.least(FLOORS[name].recall);
      expect(f.precision, 'precision').to.be.at.least(FLOORS[name].precision);
    });
  }
});
