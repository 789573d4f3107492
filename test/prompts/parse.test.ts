import { expect } from 'chai';
import { parseDaily } from '../../src/prompts/parse.js';
import { FIXTURE_ORGANISATIONS } from '../support/fixture-kb.js';

const orgs = [...FIXTURE_ORGANISATIONS, { id: 'bracknell-forest', name: 'Bracknell Forest Council', shortName: 'Bracknell Forest', aliases: ['bracknell'], askWho: 'x' }];
const p = (s: string) => parseDaily(s, orgs);

describe('daily command parsing', () => {
  it('reads the examples', () => {
    expect(p('on')).to.deep.equal({ op: 'on', time: undefined, days: undefined, organisation: undefined });
    expect(p('on 9:30')).to.include({ op: 'on', time: '09:30' });
    expect(p('on every day kent')).to.include({ op: 'on', days: 'everyday', organisation: 'kent' });
    expect(p('on 08:45 weekdays surrey')).to.deep.equal({ op: 'on', time: '08:45', days: 'weekdays', organisation: 'surrey' });
    expect(p('ON at 10am for Bracknell Forest, every day')).to.deep.equal({ op: 'on', time: '10:00', days: 'everyday', organisation: 'bracknell-forest' });
    expect(p('on southwark 9.15')).to.include({ time: '09:15', organisation: 'southwark' });
  });

  it('reads off, status and now', () => {
    expect(p('off')).to.deep.equal({ op: 'off' });
    expect(p('stop')).to.deep.equal({ op: 'off' });
    expect(p('status')).to.deep.equal({ op: 'status' });
    expect(p('')).to.deep.equal({ op: 'status' });
    expect(p('now')).to.deep.equal({ op: 'now', organisation: undefined });
    expect(p('now kent')).to.deep.equal({ op: 'now', organisation: 'kent' });
  });

  it('explains bad input rather than guessing', () => {
    expect(p('sometimes')).to.include({ op: 'error', problem: 'unknown-op' });
    expect(p('on 25:00')).to.include({ op: 'error', problem: 'bad-time' });
    expect(p('on 9:75')).to.include({ op: 'error', problem: 'bad-time' });
    expect(p('on 22:00')).to.include({ op: 'error', problem: 'time-out-of-hours' });
    expect(p('on 06:30')).to.include({ op: 'error', problem: 'time-out-of-hours' });
    expect(p('on narnia')).to.include({ op: 'error', problem: 'unknown-organisation', word: 'narnia' });
    expect(p('off please now')).to.include({ op: 'error', problem: 'unexpected' });
    expect(p('now 9:30')).to.include({ op: 'error', problem: 'unexpected' });
  });
});
