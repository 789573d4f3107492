/**
 * urgent-heldout-5.json, a frozen blind set (see ../frozen-sets.test.ts): written by someone who had
 * not read the detector, committed in 9f8e7e5 and pinned by sha256 before any further detector
 * change, never read while tuning, and measured once when the structural rework for issue 13 was
 * done (7bae90c). It is not training data (src/scripts/train-urgent.ts leaves it out). The floors
 * below sit at those figures: a regression ratchet, never lowered to let a change pass. Prints
 * figures only, never item text.
 */
import { expect } from 'chai';
import { assessUrgency } from '../../../src/safeguarding/urgent/index.js';
import { screen } from '../../../src/safeguarding/screen.js';
import { readSet } from '../frozen-sets.js';

/** Issue 13's targets. */
const TARGET = { recall: 0.98, precision: 0.97 };
/**
 * Measured once (379 items: 180 urgent, 199 not urgent), detector alone and through screening as the
 * bot reads a message: detector 162/180 recall 90.0%, 162/179 precision 90.5%; screened 159/180
 * recall 88.3%, 159/176 precision 90.3%. Both are below the targets, and well below cross-validation
 * (98.8% / 97.9%). Detector errors by the set's kinds: misses worker_crisis 4, fgm 2, locked_out 2,
 * dv_now 2 and one each of seven others; false alarms past_resolved 6, idiom 5, everyday_no_harm 3,
 * one each of review_lessons, training and admin.
 */
const FLOORS = {
  detector: { recall: 0.9, precision: 0.905 },
  screened: { recall: 0.883, precision: 0.903 },
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

describe('urgent risk on the frozen blind set urgent-heldout-5', () => {
  const items = readSet<Item>('urgent-heldout-5.json');

  it('holds at least 150 urgent and 150 not urgent messages', () => {
    expect(items.filter((i) => i.label === 'urgent').length).to.be.at.least(150);
    expect(items.filter((i) => i.label === 'not_urgent').length).to.be.at.least(150);
    expect(items.every((i) => i.label === 'urgent' || i.label === 'not_urgent')).to.equal(true);
  });

  for (const [name, urgent] of [['detector', (t: string) => assessUrgency(t).urgent], ['screened', (t: string) => screen(t).urgent]] as const) {
    it(`${name}: recall and precision at or above the figures measured once (target ${pct(TARGET.recall)} / ${pct(TARGET.precision)})`, () => {
      const f = score(items, urgent);
      const byKind = new Map<string, number>();
      for (const i of items) if (urgent(i.text) !== (i.label === 'urgent')) byKind.set(i.kind, (byKind.get(i.kind) ?? 0) + 1);
      console.log(`      ${name}: recall ${pct(f.recall)} precision ${pct(f.precision)} (tp ${f.tp}, fp ${f.fp}, fn ${f.fn}, n ${items.length}); errors by kind: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
      expect(f.recall, 'recall').to.be.at.least(FLOORS[name].recall);
      expect(f.precision, 'precision').to.be.at.least(FLOORS[name].precision);
    });
  }
});
