import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { buildIndex, search, type SearchIndex } from '../../src/knowledge/engine.js';
import { evaluate, type EvalItem } from '../../src/knowledge/evaluate.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));
const PARAPHRASES = fileURLToPath(new URL('./fixtures/paraphrases.json', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** Floors for the independent held-out sets, just below what the engine reaches (A: 97.2 / 100 / 100;
 * B: 95.4 / 99.1 / 90.5 at the time of writing). Set A is tuned on; B is only ever read as these aggregates,
 * so it stays an honest estimate. A change that lowers either set below its floor must say why. */
const HELDOUT_FLOORS: Record<string, { top1: number; top3: number; noAnswer: number }> = {
  'heldout-a.json': { top1: 0.96, top3: 0.99, noAnswer: 0.95 },
  'heldout-b.json': { top1: 0.94, top3: 0.98, noAnswer: 0.9 },
};

/** Floors for the in-repo paraphrase set (staff voice, written for this repo; the dev and held-out sets are scored by `npm run eval`). */
const MIN_TOP1 = 0.85;
const MIN_NO_ANSWER = 0.9;

describe('knowledge engine: pipeline on the real knowledge base', () => {
  let kb: KnowledgeBase;
  let index: SearchIndex;
  before(() => {
    kb = loadKnowledge(KNOWLEDGE_DIR);
    index = buildIndex(kb);
  });

  it(`finds the right passage first for at least ${MIN_TOP1 * 100}% of paraphrased staff questions`, () => {
    const items = JSON.parse(readFileSync(PARAPHRASES, 'utf8')) as EvalItem[];
    const report = evaluate(index, items);
    const misses = report.scored.filter((r) => r.rank !== 1).map((r) => `${r.item.id}: ${r.item.question} → ${r.result.outcome} ${r.result.hits[0]?.entry.id ?? ''}`);
    expect(report.scored.length).to.be.greaterThan(30);
    expect(report.top1, misses.join('\n')).to.be.at.least(MIN_TOP1);
  });

  it(`answers at most ${Math.round((1 - MIN_NO_ANSWER) * 100)}% of out-of-scope questions`, () => {
    const items = JSON.parse(readFileSync(PARAPHRASES, 'utf8')) as EvalItem[];
    const report = evaluate(index, items);
    const answered = report.outOfScope.filter((r) => r.result.outcome !== 'no-answer').map((r) => `${r.item.question} → ${r.result.hits[0]?.entry.id}`);
    expect(report.outOfScope.length).to.be.greaterThan(8);
    expect(report.noAnswerShare, answered.join('\n')).to.be.at.least(MIN_NO_ANSWER);
  });

  for (const [name, floor] of Object.entries(HELDOUT_FLOORS)) {
    it(`keeps the held-out figures on ${name} at or above ${floor.top1 * 100} / ${floor.top3 * 100} / ${floor.noAnswer * 100}%`, () => {
      const items = JSON.parse(readFileSync(fixture(name), 'utf8')) as EvalItem[];
      const report = evaluate(index, items);
      const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
      const figures = `${name}: top-1 ${pct(report.top1)}, top-3 ${pct(report.top3)}, out-of-scope no-answer ${pct(report.noAnswerShare)} (${report.scored.length} scored, ${report.outOfScope.length} out of scope)`;
      console.log(`      ${figures}`);
      expect(report.scored.length).to.be.greaterThan(100);
      expect(report.top1, figures).to.be.at.least(floor.top1);
      expect(report.top3, figures).to.be.at.least(floor.top3);
      expect(report.noAnswerShare, figures).to.be.at.least(floor.noAnswer);
    });
  }

  it('finds nearly every entry from its own title in the top three', () => {
    const lost = kb.entries.filter((e) => !search(index, e.title, { organisation: e.organisation }).hits.slice(0, 3).some((h) => h.entry.id === e.id));
    expect(lost.length, lost.map((e) => e.id).join(', ')).to.be.at.most(Math.ceil(kb.entries.length * 0.1));
  });

  it('asks which organisation for "our principles" without a default, and answers with one', () => {
    expect(search(index, 'what are our principles?', {}).outcome).to.equal('ask-organisation');
    const r = search(index, 'what are our principles?', { organisation: 'southwark' });
    expect(r.outcome).to.not.equal('ask-organisation');
    expect(r.hits[0].entry.organisation).to.equal('southwark');
  });
});
