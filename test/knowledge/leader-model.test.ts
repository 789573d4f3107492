import { expect } from 'chai';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { buildIndex, leaderCandidates, rankQuestion, search } from '../../src/knowledge/engine.js';
import { chooseLeader, fitLeaderModel, loadLeaderModel, LEADER_DEPTH, LEADER_FEATURES, LEADER_SWITCH, type LabelledQuestion } from '../../src/knowledge/leader-model.js';

const dims = LEADER_FEATURES.length;
/** A candidate whose only non-zero signal is coverage (the first feature). */
const cand = (d: number, coverage: number, y = 0) => ({ d, x: [coverage, ...new Array<number>(dims - 1).fill(0)], y });

describe('leader model: a learned last word on which of the first passages answers', () => {
  it('learns from pairs that differ in rightness, and promotes a runner-up only when surer than the switch point', () => {
    // Training pairs where the passage covering more of the question is the right one, whichever the ranking put first.
    const questions: LabelledQuestion[] = [];
    for (let i = 0; i < 40; i++) {
      questions.push({ candidates: [cand(0, 0.3, 0), cand(1, 0.9, 1)] });
      questions.push({ candidates: [cand(0, 0.8, 1), cand(1, 0.2, 0)] });
    }
    const model = fitLeaderModel(questions);
    expect(model.features).to.deep.equal([...LEADER_FEATURES]);
    const promoted = chooseLeader(model, [cand(7, 0.2), cand(8, 0.95)]);
    expect(promoted.best).to.equal(1);
    const kept = chooseLeader(model, [cand(7, 0.9), cand(8, 0.3)]);
    expect(kept.best).to.equal(0);
    expect(kept.doubt).to.be.below(LEADER_SWITCH);
    // Equal candidates: no reason to switch, and the doubt is about even.
    const even = chooseLeader(model, [cand(7, 0.5), cand(8, 0.5)]);
    expect(even.best).to.equal(0);
    expect(even.doubt).to.be.within(0.3, 0.7);
    expect(chooseLeader(model, [cand(7, 0.5)])).to.deep.equal({ best: 0, doubt: 0 });
  });

  it('is committed, and the engine compares at most LEADER_DEPTH passages, the ranking\'s own leader first', () => {
    const model = loadLeaderModel();
    expect(model, 'src/knowledge/leader-model.json').to.not.equal(null);
    const ix = buildIndex(loadKnowledge('knowledge'), { leaderModel: null });
    const r = rankQuestion(ix, 'what does surrey say about working with families strengths', {})!;
    const c = leaderCandidates(ix, r, 'what does surrey say about working with families strengths');
    expect(c.length).to.be.at.most(LEADER_DEPTH);
    expect(c[0].d).to.equal(r.ranked[0]);
    expect(c.every((x) => x.x.length === dims && x.x.every(Number.isFinite))).to.equal(true);
  });

  it('a search ranked with and without it differs only in which leader comes first, never in the passages offered', () => {
    const kb = loadKnowledge('knowledge');
    const withModel = buildIndex(kb);
    const without = buildIndex(kb, { leaderModel: null });
    for (const q of ['kent vision', 'what kind of services is surrey trying to build', 'what is ASPIRE?', 'secure base model']) {
      const a = rankQuestion(withModel, q, {})!;
      const b = rankQuestion(without, q, {})!;
      expect(new Set(a.ranked.slice(0, LEADER_DEPTH)), q).to.deep.equal(new Set(b.ranked.slice(0, LEADER_DEPTH)));
      expect(a.leaderDoubt, q).to.be.within(0, 1);
      expect(search(withModel, q).features?.leaderDoubt, q).to.equal(a.leaderDoubt);
    }
  });
});
