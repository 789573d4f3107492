/**
 * Urgent sets beyond the first labelled one, each written in staff voice by someone who did not
 * tune the detector on it. urgent-heldout-3.json is the only one never trained on: its figures
 * are the honest estimate for unseen wording. The others are now training data for the model
 * (src/scripts/train-urgent.ts), so their figures here are in-sample; the model's meta holds the
 * cross-validated ones. Prints figures only, never item text.
 */
import fs from 'node:fs';
import { expect } from 'chai';
import { assessUrgency } from '../../../src/safeguarding/urgent/assess.js';

/** The release target for unseen paraphrase (issue 9). */
const TARGET_RECALL = 0.95;
const TARGET_PRECISION = 0.9;
/**
 * Floors just below the figures measured when the model was trained (recall / precision):
 * heldout 100/100, heldout-2 100/100, heldout-3 100/98.0 (unseen), train-2 99.3/100,
 * train-3 99.3/97.4. All are above the target. They are regression ratchets: retraining
 * may move a message or two, but never lower a floor to make a change pass.
 */
const FLOORS: Record<string, { recall: number; precision: number; trained: boolean }> = {
  'urgent-heldout.json': { recall: 0.98, precision: 0.98, trained: true },
  'urgent-heldout-2.json': { recall: 0.97, precision: 0.97, trained: true },
  'urgent-heldout-3.json': { recall: 0.98, precision: 0.96, trained: false },
  'urgent-train-2.json': { recall: 0.98, precision: 0.98, trained: true },
  'urgent-train-3.json': { recall: 0.98, precision: 0.96, trained: true },
};

for (const [file, floor] of Object.entries(FLOORS)) {
  describe(`urgent risk detection on ${file}${floor.trained ? ' (training data)' : ' (held out)'}`, () => {
    const items: { label: string; text: string }[] = JSON.parse(
      fs.readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8'),
    );

    it('holds urgent items and hard non-urgent ones', () => {
      expect(items.filter((i) => i.label === 'urgent').length).to.be.at.least(30);
      expect(items.filter((i) => i.label !== 'urgent').length).to.be.at.least(25);
    });

    it(`scores recall >= ${floor.recall} and precision >= ${floor.precision} (target ${TARGET_RECALL} / ${TARGET_PRECISION})`, () => {
      let tp = 0, fp = 0, fn = 0, topic = 0, topics = 0;
      for (const item of items) {
        const got = assessUrgency(item.text);
        const want = item.label === 'urgent';
        if (got.urgent && want) tp++;
        else if (got.urgent) fp++;
        else if (want) fn++;
        if (item.label === 'risk-topic') { topics++; if (got.riskTopic) topic++; }
      }
      const recall = tp / (tp + fn);
      const precision = tp / (tp + fp);
      console.log(`      ${file}: recall ${(recall * 100).toFixed(1)}% precision ${(precision * 100).toFixed(1)}% (tp ${tp}, fp ${fp}, fn ${fn}, n ${items.length}); riskTopic ${topic}/${topics}`);
      expect(recall, 'recall').to.be.at.least(floor.recall);
      expect(precision, 'precision').to.be.at.least(floor.precision);
    });
  });
}
