import { expect } from 'chai';
import { fitTrees, treesLogOdds, DEFAULT_TREES } from '../../src/knowledge/boosted.js';
import { fitLogistic, logOdds } from '../../src/knowledge/calibration.js';

/** Two signals that answer only together (XOR-like): no weighted sum separates them. */
function together(n: number): { xs: number[][]; ys: number[] } {
  const xs: number[][] = [];
  const ys: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = (i % 7) / 6;
    const b = ((i * 3) % 11) / 10;
    xs.push([a, b]);
    ys.push((a > 0.5) !== (b > 0.5) ? 1 : 0);
  }
  return { xs, ys };
}

const accuracy = (ps: number[], ys: number[]): number => ps.filter((p, i) => (p >= 0.5 ? 1 : 0) === ys[i]).length / ys.length;
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

describe('boosted trees on a logistic model (boosted.ts)', () => {
  const { xs, ys } = together(600);
  const lr = fitLogistic(xs, ys);
  const base = xs.map((x) => logOdds(lr, x));

  it('learn what signals say together, which the logistic model alone cannot', () => {
    const trees = fitTrees(xs, ys, base);
    const alone = accuracy(base.map(sigmoid), ys);
    const boosted = accuracy(xs.map((x, i) => sigmoid(base[i] + treesLogOdds(trees, x))), ys);
    expect(alone).to.be.below(0.7);
    expect(boosted).to.be.above(0.95);
  });

  it('are deterministic: the same rows grow the same trees', () => {
    expect(JSON.stringify(fitTrees(xs, ys, base))).to.equal(JSON.stringify(fitTrees(xs, ys, base)));
  });

  it('never make a leaf of fewer rows than asked, so no leaf describes a handful of questions', () => {
    const few = { ...DEFAULT_TREES, count: 1, minLeaf: 250 };
    const [tree] = fitTrees(xs, ys, base, few).trees;
    // 600 rows and leaves of at least 250: at most one split.
    expect(tree.feature.filter((f) => f >= 0).length).to.be.at.most(1);
  });

  it('change nothing when there are no trees', () => {
    expect(treesLogOdds({ rate: 0.1, trees: [] }, [0.3, 0.9])).to.equal(0);
  });
});
