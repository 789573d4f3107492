import { expect } from 'chai';
import { loadBankHolidays } from '../../src/prompts/holidays.js';
import { dueAt, formatUk, isPostingDay, londonParts, londonToUtc, nextPostAt, parseTime } from '../../src/prompts/schedule.js';

const holidays = loadBankHolidays();
const utc = (iso: string) => Date.parse(iso);

describe('schedule (UK time)', () => {
  describe('09:00 local across the clock changes', () => {
    const cases: [string, string][] = [
      ['2026-03-27', '2026-03-27T09:00:00Z'], // Friday before: GMT
      ['2026-03-30', '2026-03-30T08:00:00Z'], // Monday after: BST
      ['2026-10-23', '2026-10-23T08:00:00Z'], // Friday before: BST
      ['2026-10-26', '2026-10-26T09:00:00Z'], // Monday after: GMT
      ['2027-03-26', '2027-03-26T09:00:00Z'],
      ['2027-03-29', '2027-03-29T08:00:00Z'],
      ['2027-10-29', '2027-10-29T08:00:00Z'],
      ['2027-11-01', '2027-11-01T09:00:00Z'],
    ];
    for (const [date, iso] of cases) {
      it(`${date} 09:00 London is ${iso}`, () => expect(londonToUtc(date, '09:00')).to.equal(utc(iso)));
    }

    for (const [day, iso] of [['2026-03-29', '2026-03-29T08:00:00Z'], ['2026-10-25', '2026-10-25T09:00:00Z'], ['2027-03-28', '2027-03-28T08:00:00Z'], ['2027-10-31', '2027-10-31T09:00:00Z']]) {
      it(`on the change day ${day} an every-day post is at 09:00 local (${iso})`, () => {
        const sub = { time: '09:00', days: 'everyday' as const };
        expect(londonToUtc(day, '09:00')).to.equal(utc(iso));
        expect(nextPostAt(sub, utc(`${day}T00:30:00Z`), holidays)).to.equal(utc(iso));
        expect(dueAt(sub, utc(iso) - 60_000, holidays).due).to.equal(false);
        expect(dueAt(sub, utc(iso), holidays)).to.include({ due: true, date: day, reason: 'due' });
        expect(londonParts(utc(iso)).time).to.equal('09:00');
      });
    }
  });

  it('a last post dated later than today (run-due --at a future time) counts today as done: not due, and next comes after it', () => {
    const sub = { time: '09:00', days: 'everyday' as const, lastPostDate: '2026-06-03' };
    const mondayTen = utc('2026-06-01T09:00:00Z'); // 10:00 BST
    expect(dueAt(sub, mondayTen, holidays)).to.include({ due: false, reason: 'already-posted' });
    expect(nextPostAt(sub, mondayTen, holidays)).to.equal(utc('2026-06-04T08:00:00Z'));
    expect(dueAt({ ...sub, lastPostDate: '2026-05-31' }, mondayTen, holidays)).to.include({ due: true, reason: 'catch-up' });
  });

  it('weekday subscriptions skip Saturday and Sunday; every-day ones do not', () => {
    expect(isPostingDay('2026-10-24', 'weekdays', holidays)).to.equal(false);
    expect(isPostingDay('2026-10-25', 'weekdays', holidays)).to.equal(false);
    expect(isPostingDay('2026-10-26', 'weekdays', holidays)).to.equal(true);
    expect(isPostingDay('2026-10-24', 'everyday', holidays)).to.equal(true);
  });

  it('every subscription skips bank holidays, in each year 2025 to 2028', () => {
    for (const d of ['2025-08-25', '2026-12-28', '2027-03-26', '2027-12-27', '2028-01-03', '2028-05-29']) {
      expect(isPostingDay(d, 'weekdays', holidays), d).to.equal(false);
      expect(isPostingDay(d, 'everyday', holidays), d).to.equal(false);
    }
  });

  it('next post after Christmas 2026 skips the weekend and the Boxing Day substitute', () => {
    const next = nextPostAt({ time: '09:00', days: 'weekdays', lastPostDate: '2026-12-24' }, utc('2026-12-24T10:00:00Z'), holidays);
    expect(next).to.equal(utc('2026-12-29T09:00:00Z'));
    expect(formatUk(next!)).to.equal('Tuesday 29 December 2026 at 09:00 UK time');
  });

  describe('catch-up window', () => {
    const sub = { time: '09:00', days: 'weekdays' as const };
    it('a process started at 10:00 still posts (catch-up)', () => {
      expect(dueAt(sub, utc('2026-06-01T09:00:00Z'), holidays)).to.include({ due: true, reason: 'catch-up' }); // 10:00 BST
    });
    it('16:59 still posts; 17:00 and 17:01 do not', () => {
      expect(dueAt(sub, utc('2026-06-01T15:59:00Z'), holidays).due).to.equal(true);
      expect(dueAt(sub, utc('2026-06-01T16:00:00Z'), holidays)).to.include({ due: false, reason: 'too-late' });
      expect(dueAt(sub, utc('2026-06-01T16:01:00Z'), holidays).due).to.equal(false);
    });
    it('not twice a day, and not before its start date', () => {
      expect(dueAt({ ...sub, lastPostDate: '2026-06-01' }, utc('2026-06-01T09:00:00Z'), holidays).reason).to.equal('already-posted');
      expect(dueAt({ ...sub, startDate: '2026-06-02' }, utc('2026-06-01T09:00:00Z'), holidays).reason).to.equal('not-started');
    });
  });

  it('reads times people type', () => {
    expect(parseTime('9:30')).to.equal('09:30');
    expect(parseTime('09.45')).to.equal('09:45');
    expect(parseTime('9am')).to.equal('09:00');
    expect(parseTime('2:15pm')).to.equal('14:15');
    expect(parseTime('12pm')).to.equal('12:00');
    expect(parseTime('9')).to.equal('09:00');
    expect(parseTime('25:00')).to.equal(undefined);
    expect(parseTime('9:75')).to.equal(undefined);
    expect(parseTime('nine')).to.equal(undefined);
  });
});
