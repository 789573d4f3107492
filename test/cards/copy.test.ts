import { expect } from 'chai';
import { counted, longDate, sentence } from '../../src/cards/copy.js';

describe('cards: copy helpers', () => {
  it('writes dates the British way, on the UK day', () => {
    expect(longDate(Date.UTC(2026, 11, 6, 12))).to.equal('6 December 2026');
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    expect(longDate(Date.UTC(2026, 5, 30, 23, 30))).to.equal('1 July 2026');
  });

  it('ends a sentence with exactly one full stop', () => {
    expect(sentence('What I can do, with example questions')).to.equal('What I can do, with example questions.');
    expect(sentence('Public page (it may have moved.)')).to.equal('Public page (it may have moved.)');
    expect(sentence('Done.')).to.equal('Done.');
    expect(sentence('Section:')).to.equal('Section.');
  });

  it('counts people and things in the singular and plural', () => {
    expect(counted(1, 'person', 'people')).to.equal('1 person');
    expect(counted(2, 'person', 'people')).to.equal('2 people');
    expect(counted(0, 'step', 'steps')).to.equal('0 steps');
  });
});
