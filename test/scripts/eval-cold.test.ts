import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EvalItem } from '../../src/knowledge/evaluate.js';
import { COLD_QUESTIONS, coldFigures, coldTable, SEEDS_DIR, type ColdFigures } from '../../src/scripts/eval-cold.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Floors of the cold figure: each seed imported alone with the importer, no hand-written aids, scored strictly on
 * its held-out questions. Measured when the importer landed: 61.9% strict pooled, 97.0% declined (engine of
 * ba2dd29). With the answer model also trained on cold rows (train-answers): 70.9% strict pooled (per document
 * 61.1 / 70.5 / 70.6 / 74.3 / 77.5%), 91.1% declined. With lists' own aids (asked for by number and kind, lead-in
 * titles, acronym letters; 4bc0936): 76.2% strict pooled (63.9 / 84.1 / 76.5 / 77.1 / 77.5%), 91.1% declined, measured
 * once on the whole set against the answer model then being retrained (the tuning half alone: 76.3% / 95.8%).
 * With the next-door gates of 6186b95 (out-of-scope words must be in the passage itself, years, rates, figures,
 * post-holders, processes): 76.2% strict pooled (same per document), 95.6% declined, both at the issue's targets
 * (75% strict, 95% declined). The floors sit just under.
 */
const FLOOR = { strict: 0.75, declined: 0.94, perDocument: 0.62 };

describe('cold figure: the engine answering from freshly imported documents alone', function () {
  this.timeout(120_000);
  let figures: ColdFigures;

  before(async function () {
    if (!existsSync(SEEDS_DIR)) this.skip(); // the seeds live in ../shared, which CI lays beside the repository
    figures = await coldFigures(JSON.parse(readFileSync(COLD_QUESTIONS, 'utf8')) as EvalItem[]);
    console.log(`      ${coldTable(figures).join('\n      ')}`);
  });

  it(`keeps pooled strict at or above ${FLOOR.strict * 100}% and out-of-scope declined at or above ${FLOOR.declined * 100}%`, () => {
    expect(figures.strict).to.be.at.least(FLOOR.strict);
    expect(figures.declined).to.be.at.least(FLOOR.declined);
  });

  it(`scores every document (its own questions, all out-of-scope ones) at or above ${FLOOR.perDocument * 100}% strict`, () => {
    expect(figures.documents).to.have.length(5);
    for (const d of figures.documents) {
      expect(d.report.scored.length, d.file).to.be.at.least(30);
      expect(d.report.outOfScope.length, d.file).to.be.at.least(40);
      expect(d.report.strict, d.file).to.be.at.least(FLOOR.perDocument);
    }
  });

  it('is reported by npm run eval -- --cold', function () {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/scripts/eval.ts', '--cold', '--quiet'], { cwd: REPO, encoding: 'utf8' });
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout).to.match(/\| \*\*all, pooled\*\* \| \| \*\*\d+\.\d%\*\*/);
    expect(r.stdout).to.contain('004_980b48335205bc37.txt');
  });
});
