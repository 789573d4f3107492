import { expect } from 'chai';
import { USAGE } from '../../src/prompts/replies.js';

describe('daily prompt replies', () => {
  it('usage sets its list apart with blank lines, so Teams shows one line per item', () => {
    const parts = USAGE.split('\n\n');
    expect(parts).to.have.length(3);
    expect(parts[1].split('\n').every((l) => l.startsWith('- '))).to.equal(true);
    expect(parts[2]).to.match(/^Times from 07:00/);
  });
});
