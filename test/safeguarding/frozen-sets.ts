/** The frozen red-team sets (see frozen-sets.test.ts): their hashes, reader and deterministic split. */
import { expect } from 'chai';
import fs from 'node:fs';
import { halfOf } from '../../src/scripts/heldout-split.js';
import { assessUrgency } from '../../src/safeguarding/urgent/index.js';
import { screen } from '../../src/safeguarding/screen.js';

export { halfOf };

/** sha256 of each file as committed: urgent-heldout-4 and personal-data-heldout in bcff8c3, urgent-heldout-5 in 9f8e7e5, urgent-heldout-6 in 0cf0069. */
export const FROZEN: Readonly<Record<string, string>> = Object.freeze({
  'urgent-heldout-4.json': '88e05b610c5e6996791a4fc0232b34058b0dc1d566e20106ae3c0625df4ca076',
  'urgent-heldout-5.json': 'd045fc1355d8c9d64ccb90538abe75bc2ebf5a825fa464812281ff848285671d',
  'urgent-heldout-6.json': 'ea6b8f8101c07bc80296a44f067d1f120dca072000cafe0124977167f47a656f',
  'urgent-heldout-7.json': 'cfec692c57d5e724db8ae96e43ac64d1b1b35ea8ea7460fe0ac612ff69696f77',
  'urgent-heldout-8.json': '5c1eef184b4b3599fa512b6863bc14cbddc08d766c001ba5e177c4d22bb1d7f3',
  'urgent-heldout-9.json': '67a5b8ee0f1a0b2b2893d6c53238a8b632ddafdba9ff759eb6a34a12c2a0f1b2',
  'urgent-heldout-10.json': 'b21fd5c99221302b3b5b3eb719d161fde7f901b995c114ac461217f0f1365745',
  'urgent-heldout-11.json': '59d1afe79fa65819939239c56c6ba90a68372d4b8ea89f6ceef9dbbb8455bcff',
  'urgent-heldout-12.json': '721dc5f64c5e92d5544323ad1d677785ef21e3d1fe736133fdf8f5583ffc8c86',
  'urgent-heldout-13.json': 'ef0266df0637341e249dee766ab3167ebba9e571765be043497a4d368b3d5807',
  'personal-data-heldout.json': '77aaca3551cd55b761c08195ed3234814326cf70dc813838f1c1856695479178',
});

/** Parsed items of a fixture file. */
export function readSet<T>(file: string): T[] {
  return JSON.parse(fs.readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')) as T[];
}

/** One labelled message of an urgent set. */
export interface UrgentItem { label: string; text: string; kind: string }
/** Recall and precision floors (0..1). */
export interface Floor { recall: number; precision: number }

/** Recall, precision and the counts of a detector over labelled messages. */
export function scoreUrgent(items: UrgentItem[], urgent: (text: string) => boolean): Floor & { tp: number; fp: number; fn: number } {
  let tp = 0, fp = 0, fn = 0;
  for (const i of items) {
    const got = urgent(i.text);
    const want = i.label === 'urgent';
    if (got && want) tp++; else if (got) fp++; else if (want) fn++;
  }
  return { recall: tp / (tp + fn), precision: tp / (tp + fp || 1), tp, fp, fn };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** How the bot reads a message: the detector alone, and screening as a turn does. */
export const URGENT_READERS: Record<string, (text: string) => boolean> = {
  detector: (t) => assessUrgency(t).urgent,
  screened: (t) => screen(t).urgent,
};
/** Issue 13's targets. */
export const URGENT_TARGET: Floor = { recall: 0.98, precision: 0.97 };

/** A test that a set holds at least `min` urgent and `min` not urgent messages, and no other label. */
export function labelTest(items: () => UrgentItem[], min: number): void {
  it(`holds at least ${min} urgent and ${min} not urgent messages`, () => {
    const set = items();
    expect(set.filter((i) => i.label === 'urgent').length).to.be.at.least(min);
    expect(set.filter((i) => i.label === 'not_urgent').length).to.be.at.least(min);
    expect(set.every((i) => i.label === 'urgent' || i.label === 'not_urgent')).to.equal(true);
  });
}

/**
 * Registers one test per way of reading a message (the detector alone, and screening as the bot reads it): it
 * prints the figures, the misses and the false alarms by the set's kinds (never item text) and holds them at their floors.
 */
export function urgentFloorTests(items: () => UrgentItem[], floors: Record<string, Floor>, readers = URGENT_READERS, target = URGENT_TARGET): void {
  for (const [name, urgent] of Object.entries(readers)) {
    it(`${name}: recall and precision at or above the figures measured once (target ${pct(target.recall)} / ${pct(target.precision)})`, () => {
      const set = items();
      const f = scoreUrgent(set, urgent);
      const misses = new Map<string, number>();
      const alarms = new Map<string, number>();
      for (const i of set) {
        const want = i.label === 'urgent';
        if (urgent(i.text) !== want) (want ? misses : alarms).set(i.kind, ((want ? misses : alarms).get(i.kind) ?? 0) + 1);
      }
      const list = (m: Map<string, number>): string => [...m].map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
      console.log(`      ${name}: recall ${pct(f.recall)} precision ${pct(f.precision)} (tp ${f.tp}, fp ${f.fp}, fn ${f.fn}, n ${set.length}); misses by kind: ${list(misses)}; false alarms by kind: ${list(alarms)}`);
      expect(f.recall, 'recall').to.be.at.least(floors[name].recall);
      expect(f.precision, 'precision').to.be.at.least(floors[name].precision);
    });
  }
}

/** The tests of one whole labelled urgent set: its labels (at least `min` of each) and its floors. */
export function urgentSetTests(file: string, floors: Record<string, Floor>, min = 150): void {
  const items = readSet<UrgentItem>(file);
  labelTest(() => items, min);
  urgentFloorTests(() => items, floors);
}
