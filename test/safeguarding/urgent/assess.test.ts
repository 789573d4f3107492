import fs from 'node:fs';
import { expect } from 'chai';
import { assessUrgency } from '../../../src/safeguarding/urgent/assess.js';
import { screen } from '../../../src/safeguarding/screen.js';

type Label = 'urgent' | 'risk-topic' | 'guidance' | 'smalltalk' | 'out-of-scope';
const items: { label: Label; text: string }[] = JSON.parse(
  fs.readFileSync(new URL('../fixtures/urgent-labelled.json', import.meta.url), 'utf8'),
);

/** Both thresholds come from the issue: missing an emergency is worse than an extra card. */
const MIN_RECALL = 0.95;
const MIN_PRECISION = 0.9;

describe('urgent risk detection on the labelled set', () => {
  it('has a labelled set of at least 120 items covering every label', () => {
    expect(items.length).to.be.at.least(120);
    for (const label of ['urgent', 'risk-topic', 'guidance', 'smalltalk', 'out-of-scope']) {
      expect(items.some((i) => i.label === label), label).to.equal(true);
    }
  });

  it(`scores recall >= ${MIN_RECALL} and precision >= ${MIN_PRECISION}`, () => {
    let tp = 0, fp = 0, fn = 0;
    const misses: string[] = [];
    for (const item of items) {
      const got = assessUrgency(item.text).urgent;
      const want = item.label === 'urgent';
      if (got && want) tp++;
      else if (got) { fp++; misses.push(`false alarm [${item.label}]: ${item.text}`); }
      else if (want) { fn++; misses.push(`missed: ${item.text}`); }
    }
    const recall = tp / (tp + fn);
    const precision = tp / (tp + fp);
    console.log(`      urgent: recall ${(recall * 100).toFixed(1)}% precision ${(precision * 100).toFixed(1)}% (tp ${tp}, fp ${fp}, fn ${fn}, n ${items.length})`);
    for (const m of misses) console.log(`        ${m}`);
    expect(recall, 'recall').to.be.at.least(MIN_RECALL);
    expect(precision, 'precision').to.be.at.least(MIN_PRECISION);
  });

  it('marks policy questions about risk as riskTopic, not urgent', () => {
    const policy = items.filter((i) => i.label === 'risk-topic');
    const flagged = policy.filter((i) => assessUrgency(i.text).riskTopic).length;
    console.log(`      riskTopic on policy questions: ${flagged}/${policy.length}`);
    expect(flagged / policy.length).to.be.at.least(0.9);
    for (const i of policy) expect(assessUrgency(i.text).urgent, i.text).to.equal(false);
  });

  it('does not call ordinary guidance, small talk or out-of-scope questions a risk topic', () => {
    const calm = items.filter((i) => ['guidance', 'smalltalk', 'out-of-scope'].includes(i.label));
    const noisy = calm.filter((i) => assessUrgency(i.text).riskTopic);
    expect(noisy.length / calm.length).to.be.at.most(0.1);
  });

  it('screen() carries the verdicts and handles empty text', () => {
    expect(screen('').urgent).to.equal(false);
    expect(screen('my YP is missing').urgent).to.equal(true);
    const s = screen('what do we do when a child is at risk?');
    expect(s.urgent).to.equal(false);
    expect(s.riskTopic).to.equal(true);
  });
});
