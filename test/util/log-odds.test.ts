import { expect } from 'chai';
import { learnLogOdds, withPairs } from '../../src/util/log-odds.js';

describe('util: naive-Bayes log-odds of terms', () => {
  it('reads a sequence as its words and adjacent pairs, each once', () => {
    expect(withPairs(['how', 'much', 'how', 'much'])).to.deep.equal(['how', 'much', 'how_much', 'much_how']);
    expect(withPairs([])).to.deep.equal([]);
  });

  it('weighs a term towards the class that uses it more, counting each text once, with sorted keys', () => {
    const towards = [['mileage', 'claim', 'claim'], ['mileage', 'form'], ['leave']];
    const against = [['principle'], ['principle', 'claim'], ['family']];
    const table = learnLogOdds(towards, against, { minCount: 2 });
    expect(table.mileage).to.be.above(0);
    expect(table.principle).to.be.below(0);
    expect(table.claim, 'one text each side').to.equal(0);
    expect(table).to.not.have.property('leave'); // seen once: below minCount
    expect(Object.keys(table)).to.deep.equal([...Object.keys(table)].sort());
    // (2 + 0.5) / (3 + 1) against (0 + 0.5) / (3 + 1): log 5, to 3 decimals.
    expect(table.mileage).to.equal(Math.round(Math.log(5) * 1000) / 1000);
  });

  it('leaves out terms leaning less than minWeight, and rounds to the decimals asked', () => {
    const table = learnLogOdds([['a', 'b'], ['a']], [['b'], ['a']], { minCount: 1, minWeight: 0.5, decimals: 1 });
    expect(table).to.not.have.property('b'); // one text each side: 0
    expect(table.a).to.equal(0.5); // log((2.5 / 3) / (1.5 / 3)) = 0.51, kept, to 1 decimal
  });
});
