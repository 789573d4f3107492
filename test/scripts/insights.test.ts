import { expect } from 'chai';
import { parseArgs } from '../../src/scripts/insights.js';

describe('npm run insights arguments', () => {
  it('defaults to 7 days of figures', () => expect(parseArgs([])).to.deep.equal({ periodMs: 7 * 86_400_000, csv: false }));
  it('reads --since and --csv', () => expect(parseArgs(['--since', '30d', '--csv'])).to.deep.equal({ periodMs: 30 * 86_400_000, csv: true }));
  it('reads --since=2w', () => expect(parseArgs(['--since=2w'])).to.deep.equal({ periodMs: 14 * 86_400_000, csv: false }));
  it('refuses unknown arguments and bad periods', () => {
    expect(parseArgs(['--bogus'])).to.have.property('error');
    expect(parseArgs(['--since', 'lots'])).to.have.property('error');
  });
});
