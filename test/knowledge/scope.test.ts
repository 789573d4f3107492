import { expect } from 'chai';
import { learnScope, passageLean, passageTerms, scopeLean, scopeTerms } from '../../src/knowledge/scope.js';

describe('knowledge/scope: the learned out-of-scope lean', () => {
  const inScope = ['what are our practice principles', 'what does the vision say about families', 'how do we work with families', 'what are the principles of practice'];
  const outOfScope = ['how much mileage can i claim', 'what is the mileage rate', 'how do i claim overtime', 'can i claim for parking'];
  const table = learnScope(inScope, outOfScope);

  it('reads a question as stemmed words and adjacent pairs, numbers dropped', () => {
    expect(scopeTerms('Claiming mileage in 2024')).to.include.members(['claim', 'mileag', 'claim_mileag', 'mileag_in']);
    expect(scopeTerms('Claiming mileage in 2024')).to.not.include('2024');
  });

  it('weighs words by the class that uses them, ignoring words seen once', () => {
    expect(table.claim).to.be.above(0);
    expect(table.principl).to.be.below(0);
    expect(table).to.not.have.property('overtim');
  });

  it('leans out for words out-of-scope questions used and in for the guide\'s own words', () => {
    expect(scopeLean(table, 'can i claim mileage', new Set())).to.be.above(0.7);
    expect(scopeLean(table, 'tell me the practice principles', new Set())).to.be.below(0.3);
    expect(scopeLean({}, 'can i claim mileage', new Set())).to.equal(0.5);
  });

  it('reads only the table\'s own words: "constructor" is not Object.prototype\'s, and the lean stays a number', () => {
    expect(scopeLean({}, 'who is the constructor of the tostring valueof', new Set())).to.equal(0.5);
  });

  it('does not count a word the best passage itself uses: a guide stating mileage answers about mileage', () => {
    const passage = passageTerms('Travel', 'Staff claim mileage at the agreed rate.');
    expect(scopeLean(table, 'claiming mileage', passage)).to.equal(0.5);
    expect(scopeLean(table, 'claiming mileage', new Set())).to.be.above(0.7);
  });
});

describe('knowledge/scope: passageLean, the lean against the passage that would answer', () => {
  const table = learnScope(['what are our practice principles', 'what are the principles of practice'], ['how often do i visit', 'how often is supervision', 'how often are reviews']);

  it('leans out for a detail the passage does not state', () => {
    expect(passageLean(table, 'how often is reflective supervision', { title: 'Reflective supervision', quote: 'We value reflective supervision.' })).to.be.above(0.7);
  });

  it('leans neither way when the passage states the very detail asked for (imported guidance with frequencies)', () => {
    expect(passageLean(table, 'how often is reflective supervision', { title: 'Supervision', quote: 'Every social worker has reflective supervision at least once a month.' })).to.equal(0.5);
  });
});
