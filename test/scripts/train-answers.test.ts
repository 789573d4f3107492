import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { trainAll } from '../../src/scripts/train-answers.js';
import { FEATURE_NAMES, type AnswerModel } from '../../src/knowledge/calibration.js';
import { scopeLean, type ScopeTable } from '../../src/knowledge/scope.js';

const committed = (file: string): string => readFileSync(new URL(`../../src/knowledge/${file}`, import.meta.url), 'utf8');

describe('npm run train-answers: the calibrated answer model is reproducible', () => {
  let fresh: { associations: string; scope: string; model: string; leader: string };
  let model: AnswerModel;
  before(async function () { this.timeout(1_200_000); fresh = await trainAll(); model = JSON.parse(fresh.model) as AnswerModel; });

  it('retrains to exactly the committed model, leader model, word associations and out-of-scope lean (what --check verifies)', () => {
    expect(fresh.model).to.equal(committed('answer-model.json'));
    expect(fresh.associations).to.equal(committed('associations.json'));
    expect(fresh.scope).to.equal(committed('scope.json'));
    expect(fresh.leader).to.equal(committed('leader-model.json'));
  });

  it('is cross-validated by question set, never reading a held-out set not yet reported (V)', () => {
    const cv = model.trained!.crossValidated as Record<string, { strict: number; precision: number }>;
    expect(Object.keys(cv)).to.include.members(['heldout-a', 'heldout-b', 'heldout-c', 'heldout-k']);
    expect(Object.keys(cv).some((k) => /heldout-v\b/.test(k))).to.equal(false);
    expect(model.trained!.sets as string[]).to.not.include('heldout-v');
    expect(model.weights).to.have.length(FEATURE_NAMES.length);
    expect(model.hedgeAt).to.be.at.most(model.answerAt);
  });

  it('learns that questions next door to the guidance lean out of scope, and the model declines on that lean', () => {
    const scope = JSON.parse(fresh.scope) as ScopeTable;
    const none = new Set<string>();
    // Words no rule lists: the lean comes from what blind writers' out-of-scope questions used.
    expect(scopeLean(scope, 'how much mileage can i claim for home visits', none)).to.be.above(0.5);
    expect(scopeLean(scope, 'what does relationship based practice mean for how i work with families', none)).to.be.below(0.5);
    expect(model.weights[FEATURE_NAMES.indexOf('scopeLean')]).to.be.below(0);
  });
});
