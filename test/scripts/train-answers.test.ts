import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { train } from '../../src/scripts/train-answers.js';
import { FEATURE_NAMES, type AnswerModel } from '../../src/knowledge/calibration.js';

describe('npm run train-answers: the calibrated answer model is reproducible', () => {
  let fresh: AnswerModel;
  before(async function () { this.timeout(120_000); fresh = await train(); });

  it('retrains to exactly the committed model (what --check verifies)', () => {
    const committed = readFileSync(new URL('../../src/knowledge/answer-model.json', import.meta.url), 'utf8');
    expect(`${JSON.stringify(fresh, null, 1)}\n`).to.equal(committed);
  });

  it('is cross-validated by question set, never reading the reporting half of set C', () => {
    const cv = fresh.trained!.crossValidated as Record<string, { strict: number; precision: number }>;
    expect(Object.keys(cv)).to.include.members(['heldout-a', 'heldout-b', 'heldout-c-tune']);
    expect(Object.keys(cv).some((k) => k.includes('report'))).to.equal(false);
    expect(fresh.weights).to.have.length(FEATURE_NAMES.length);
    expect(fresh.hedgeAt).to.be.at.most(fresh.answerAt);
  });
});
