import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitOf, type EvalItem } from '../../src/knowledge/evaluate.js';

/** Held-out set F, written blind from the five documents (never from knowledge/ or the tests), frozen before
 * any change it could steer. Its tuning half may guide changes; its reporting half is read only as figures,
 * once per release. Written after E was measured (331 questions, 100 out of scope), for this release's last figures.
 * Changing the file changes the hash: a new set gets a new name instead. */
export const HELDOUT_F = fileURLToPath(new URL('./fixtures/heldout-f.json', import.meta.url));
const FROZEN_SHA256 = '9cd23ee3d4ac3ad7c1c1a64b3979cf9e48c63c5857a5d66cdfd7c0a60857b780';

describe('held-out set F: frozen and split', () => {
  const bytes = readFileSync(HELDOUT_F);
  const items = JSON.parse(bytes.toString('utf8')) as EvalItem[];

  it('is the frozen file', () => {
    expect(createHash('sha256').update(bytes).digest('hex')).to.equal(FROZEN_SHA256);
  });

  it('holds at least 200 questions, 40 of them out of scope, every answerable one with phrases and an organisation', () => {
    expect(items.length).to.be.at.least(200);
    expect(items.filter((i) => i.kind === 'out_of_scope').length).to.be.at.least(40);
    for (const i of items.filter((x) => x.kind === 'answerable')) {
      expect(i.expect_any, i.id).to.be.an('array').that.is.not.empty;
      expect(i.org, i.id).to.be.a('string');
    }
  });

  it('splits into two halves of similar size by id, the same way every time', () => {
    const tune = items.filter((i) => splitOf(i.id) === 'tune');
    const report = items.filter((i) => splitOf(i.id) === 'report');
    expect(tune.length + report.length).to.equal(items.length);
    expect(Math.abs(tune.length - report.length)).to.be.below(items.length * 0.2);
    for (const half of [tune, report]) expect(half.filter((i) => i.kind === 'out_of_scope').length).to.be.at.least(15);
    expect(splitOf('f001')).to.equal(splitOf('f001'));
  });
});
