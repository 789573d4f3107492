import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { buildIndex, search, type SearchIndex } from '../../src/knowledge/engine.js';
import { evaluate, splitOf, type EvalItem } from '../../src/knowledge/evaluate.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));
const PARAPHRASES = fileURLToPath(new URL('./fixtures/paraphrases.json', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** Floors for the held-out sets, just below what the engine reaches, counting what a user gets (strict: a clear
 * answer quoting the right passage; see evaluate.ts). A and B (tuned on over several releases): 96.3 / 98.2% strict,
 * precision 97.2 / 98.2%, out of scope declined 100 / 100%. C and D were written blind and frozen; their tuning
 * halves guide changes: C tune 91.4% strict, 93.4% precision, 100% declined; D tune 81.3%, 87.0%, 100%.
 * Reporting halves, read only as figures, once per release (this release at cd6a038):
 *   C report: 92.7% strict, precision 90.8%, declined 80.0%, did-you-mean 0% (previous release: 80.2%, 90.6%,
 *     93.3%, 4.2%). The declined floor moved from 90% to 78%: the entries now carry about 25 questions each,
 *     situations in staff words, which lifted strict by 12 points and lets more questions next door find words
 *     they share with a passage. It is the trade this release made, stated here, not a regression let through.
 *   D report (first measured when D was frozen, after the first round of questions: 79.9%, 80.4%, 75.4%):
 *     82.7% strict, precision 79.9%, declined 75.4%.
 *   E (written blind after C's and D's reports were read), both halves measured once at 9d1c0b5: report 88.8%
 *     strict, 90.5% right first, precision 85.1%, declined 78.0%; tune 88.0%, 84.8%, 79.6%. Its tuning half then
 *     guided the out-of-scope rules of 94175b1 (tune: declined 91.8%, precision 88.6%).
 *   F (written blind after E was read), both halves measured once at 39f00f5: report 82.1% strict, 84.6% right
 *     first, precision 77.4%, declined 73.3%; tune 83.3%, 81.9%, 87.3%.
 *   G (written blind at the end of the session that measured E and F, never opened), measured once at 539f0e1,
 *     after the learned out-of-scope lean and the blind training sets h, i, j: report 86.6% strict, 91.6% right
 *     first, precision 90.4%, declined 91.8%, did-you-mean 0%; tune 85.6%, 87.8%, 94.0%; whole 86.1%, 89.1%, 92.9%.
 *     The engine at the start of that session, on the same set: whole 86.9%, 83.1%, 75.8%.
 *   K (written blind after G was measured, never opened), measured once at b9751f3, after the blind training sets
 *     l, m, n and list items shown with their lead-in: report 89.9% strict, 90.8% right first, precision 90.7%,
 *     declined 94.2%, did-you-mean 0.8%; tune 93.4%, 91.1%, 90.2%; whole 91.7%, 90.9%, 92.2%. The engine at the
 *     start of that session, on the same set: whole 91.7%, 87.3%, 83.5%.
 *   P (written blind at the end of the session that measured K, never opened), measured once at 5f714f6, after
 *     answers quoted their companions and a wrong answer cost 2.2 right ones: report 89.1% strict, 91.8% right first,
 *     precision 95.1%, declined 100%, did-you-mean 0.9%; tune 93.1%, 96.0%, 98.3%; whole 91.3%, 95.6%, 99.0%. The
 *     engine at the start of that session, on the same set: report 86.4%, 90.5%, 97.7%; tune 83.1%, 84.4%, 93.2%.
 *     Over HTTP against npm start (botclient eval, a user who does not answer "which organisation?"): strict 86.7%,
 *     out of scope abstained 98.1%; the 11 questions between are all "which organisation?" cards.
 *   Q (written blind at the start of the session after P's, never opened), measured once at 852d382, after the
 *     refusal words were pruned, the kind-named signal and the learned leader model: report 90.6% strict, 92.3% right
 *     first, precision 96.4%, declined 96.4%, did-you-mean 0%; tune 89.4%, 87.6%, 90.2%, declined 90.7%; whole 90.0%,
 *     90.0%, 93.2%, 93.6%. The engine at the start of that session, on the same set: report 91.5%, 92.3%, 97.3%, 96.4%;
 *     tune 89.4%, 87.6%, 89.4%, 90.7% (one question either way on each half: the session's changes did not move Q).
 *   R (written blind at the start of the session that measured Q), partly seen by the lead at the start of the next
 *     session (heldout-sets.test.ts), then measured once with that session's starting engine (b35c7f8) before any
 *     change: report 92.2% strict, 89.6% right first, precision 94.6%, declined 98.4%, did-you-mean 0.9%; tune 90.4%,
 *     87.8%, 88.9%, declined 93.8%. It trains the answer model since.
 *   S (written blind at the start of that session, pinned unopened), measured once at 9f415a5 at the end of the
 *     session's engine work (slips out of authored questions, T and U in training, boosted trees on the answer model):
 *     report 93.0% strict, 89.6% right first, 96.5% top 3, precision 95.5%, declined 96.4%, did-you-mean 0.9%; tune
 *     89.6%, 90.4%, 92.8%, 96.4%; whole 91.3%, 90.0%, 94.2%, 96.4%. The engine at the start of that session, on the
 *     same set: report 91.3%, 89.6%, 93.8%, 94.5%; tune 88.7%, 90.4%, 91.9%, 94.5%. Over HTTP against npm start
 *     (botclient eval, a user who does not answer "which organisation?"): strict 83.5%, out of scope abstained 98.2%;
 *     21 answerable questions got "which organisation?" cards. S trains the answer model since.
 *   C, D, E, F, G, K, P, Q, R and S train the answer model whole since (train-answers.ts): their floors guard, no longer report.
 * After the lean (7be7b2d), re-read as regression guards: C report 91.7% strict, 95.7% precision, 100% declined;
 * D report 80.6%, 87.5%, 98.2%; E report 86.2%, 90.1%, 92.7%; F report 81.2%, 83.3%, 91.1%. Their precision and
 * declined floors rose with it.
 * A change that lowers a set below its floor must say why. */
const HELDOUT_FLOORS: Record<string, { strict: number; precision: number; declined: number; split?: 'tune' | 'report' }> = {
  'heldout-a.json': { strict: 0.95, precision: 0.96, declined: 0.95 },
  'heldout-b.json': { strict: 0.95, precision: 0.96, declined: 0.95 },
  'heldout-c.json tune': { strict: 0.9, precision: 0.92, declined: 0.95, split: 'tune' },
  'heldout-c.json report': { strict: 0.9, precision: 0.93, declined: 0.95, split: 'report' },
  'heldout-d.json tune': { strict: 0.78, precision: 0.85, declined: 0.95, split: 'tune' },
  'heldout-d.json report': { strict: 0.78, precision: 0.85, declined: 0.95, split: 'report' },
  'heldout-e.json tune': { strict: 0.86, precision: 0.9, declined: 0.95, split: 'tune' },
  'heldout-e.json report': { strict: 0.84, precision: 0.88, declined: 0.9, split: 'report' },
  'heldout-f.json tune': { strict: 0.8, precision: 0.85, declined: 0.93, split: 'tune' },
  'heldout-f.json report': { strict: 0.79, precision: 0.81, declined: 0.88, split: 'report' },
  'heldout-g.json tune': { strict: 0.83, precision: 0.85, declined: 0.9, split: 'tune' },
  'heldout-g.json report': { strict: 0.84, precision: 0.88, declined: 0.89, split: 'report' },
  'heldout-k.json tune': { strict: 0.91, precision: 0.88, declined: 0.88, split: 'tune' },
  'heldout-k.json report': { strict: 0.87, precision: 0.88, declined: 0.92, split: 'report' },
  // One out-of-scope question of 44 is 2.3 points: declined floors sit a question or so under the measured 100%.
  'heldout-p.json tune': { strict: 0.93, precision: 0.96, declined: 0.96, split: 'tune' },
  'heldout-p.json report': { strict: 0.89, precision: 0.95, declined: 0.97, split: 'report' },
  'heldout-q.json tune': { strict: 0.88, precision: 0.89, declined: 0.88, split: 'tune' },
  'heldout-q.json report': { strict: 0.89, precision: 0.95, declined: 0.94, split: 'report' },
  'heldout-r.json tune': { strict: 0.88, precision: 0.87, declined: 0.92, split: 'tune' },
  'heldout-r.json report': { strict: 0.9, precision: 0.93, declined: 0.96, split: 'report' },
  'heldout-s.json tune': { strict: 0.88, precision: 0.91, declined: 0.95, split: 'tune' },
  'heldout-s.json report': { strict: 0.92, precision: 0.95, declined: 0.95, split: 'report' },
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
    it(`keeps ${name} at or above ${floor.strict * 100}% strict, ${floor.precision * 100}% precision, ${floor.declined * 100}% out of scope declined`, () => {
      const all = JSON.parse(readFileSync(fixture(name.split(' ')[0]), 'utf8')) as EvalItem[];
      const items = floor.split ? all.filter((i) => splitOf(i.id) === floor.split) : all;
      const report = evaluate(index, items);
      const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
      const figures = `${name}: strict ${pct(report.strict)}, right first ${pct(report.top1)}, top-3 ${pct(report.top3)}, precision ${pct(report.precision)}, out of scope declined ${pct(report.noAnswerShare)} (${report.scored.length} answerable, ${report.outOfScope.length} out of scope)`;
      console.log(`      ${figures}`);
      expect(report.scored.length).to.be.greaterThan(80);
      expect(report.strict, figures).to.be.at.least(floor.strict);
      expect(report.precision, figures).to.be.at.least(floor.precision);
      expect(report.noAnswerShare, figures).to.be.at.least(floor.declined);
    });
  }

  // oos-probe.json: 150 questions next door to the guidance, written blind; the out-of-scope rules were written
  // after reading what it let through (76% declined then, 96% after), so this is a regression guard, not a measure.
  it('declines at least 94% of the out-of-scope probe (in-sample)', () => {
    const report = evaluate(index, JSON.parse(readFileSync(fixture('oos-probe.json'), 'utf8')) as EvalItem[]);
    const answered = report.outOfScope.filter((r) => r.result.outcome !== 'no-answer').map((r) => `${r.item.id} → ${r.result.hits[0]?.entry.id}`);
    expect(report.outOfScope.length).to.equal(150);
    expect(report.noAnswerShare, answered.join('\n')).to.be.at.least(0.94);
  });

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
