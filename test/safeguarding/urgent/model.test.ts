import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { loadModel, parseModel, probability, UrgentModelError } from '../../../src/safeguarding/urgent/model.js';
import { trainModel, DEFAULT_TRAIN } from '../../../src/safeguarding/urgent/train.js';
import { urgentFeatures } from '../../../src/safeguarding/urgent/features.js';
import { ruleEvidence } from '../../../src/safeguarding/urgent/rules.js';
import { assessUrgency, combine, COMBINATION } from '../../../src/safeguarding/urgent/assess.js';

const labelled: { label: string; text: string }[] = JSON.parse(
  fs.readFileSync(new URL('../fixtures/urgent-labelled.json', import.meta.url), 'utf8'),
);

describe('urgent model file', () => {
  const model = loadModel();

  it('loads with the expected shape: a bias, a few thousand weights, every feature family, its training record', () => {
    expect(model.version).to.equal(1);
    expect(Number.isFinite(model.bias)).to.equal(true);
    const names = Object.keys(model.weights);
    expect(names.length).to.be.within(500, DEFAULT_TRAIN.maxFeatures);
    for (const prefix of ['w:', 'b:', 'c:', 'r:']) expect(names.some((n) => n.startsWith(prefix)), prefix).to.equal(true);
    expect(model.meta).to.have.property('crossValidation');
    expect(model.meta).to.have.property('trainedOn').that.does.not.include('urgent-heldout-3.json');
  });

  it('rejects a malformed or missing model with a code', () => {
    expect(() => parseModel({ version: 1, bias: 0, weights: { 'w:x': 'heavy' } })).to.throw(UrgentModelError).with.property('code', 'urgent_model_invalid');
    expect(() => parseModel(null)).to.throw(UrgentModelError);
    const missing = path.join(os.tmpdir(), `no-urgent-model-${process.pid}.json`);
    expect(() => loadModel(missing)).to.throw(UrgentModelError).with.property('code', 'urgent_model_unreadable');
  });

  it('gives probabilities in 0..1 and ranks a live report above the same words asked as policy', () => {
    const live = probability(model, urgentFeatures('the toddler has bruises on his face and dad is at the door'));
    const policy = probability(model, urgentFeatures('what is our policy when a toddler has bruises on his face?'));
    expect(live).to.be.within(0, 1);
    expect(live).to.be.greaterThan(policy);
    expect(assessUrgency('my yp is missing').probability).to.be.within(0, 1);
  });
});

describe('urgent model training', () => {
  const examples = labelled.slice(0, 160).map((i) => ({ features: urgentFeatures(i.text), urgent: i.label === 'urgent' }));
  const options = { iterations: 60, maxFeatures: 400 };

  it('is deterministic: the same data gives the same weights', () => {
    const a = trainModel(examples, options);
    const b = trainModel(examples, options);
    expect(JSON.stringify(a)).to.equal(JSON.stringify(b));
    expect(Object.keys(a.weights).length).to.be.at.most(400);
  });

  it('learns: urgent training messages score higher than the others on average', () => {
    const m = trainModel(examples, options);
    const mean = (want: boolean): number => {
      const ps = examples.filter((e) => e.urgent === want).map((e) => probability(m, e.features));
      return ps.reduce((s, p) => s + p, 0) / ps.length;
    };
    expect(mean(true)).to.be.greaterThan(mean(false) + 0.3);
  });
});

describe('combining rules and model', () => {
  it('lets clear policy framing overrule a confident model unless harm is very strong', () => {
    const policy = ruleEvidence('what is our procedure if a child says they have been hit?');
    expect(combine(policy, 0.99)).to.equal(false);
    const report = ruleEvidence('mums boyfriend just hit the baby');
    expect(combine(report, COMBINATION.pUrgent)).to.equal(true);
  });

  it('lets strong rule evidence stand even when the model is unsure', () => {
    const ev = ruleEvidence('dad has a knife and is threatening to stab me, I am locked in the bathroom');
    expect(ev.urgent).to.equal(true);
    expect(combine(ev, 0)).to.equal(true);
  });
});
