import { expect } from 'chai';
import { loadBankHolidays, parseBankHolidays, HolidaysError } from '../../src/prompts/holidays.js';
import { weekdayOf } from '../../src/prompts/schedule.js';

/** The gov.uk England and Wales list (2028 from the same rules), copied here so the data file is checked independently. */
const EXPECTED: Record<string, string[]> = {
  2025: ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26'],
  2026: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'],
  2027: ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'],
  2028: ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26'],
};

/** Easter Sunday (anonymous Gregorian algorithm), to cross-check Good Friday and Easter Monday. */
function easter(y: number): string {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
const shift = (date: string, n: number) => new Date(Date.parse(`${date}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('bank holidays (England and Wales)', () => {
  const all = loadBankHolidays();

  for (const [year, dates] of Object.entries(EXPECTED)) {
    it(`has exactly the ${year} list, every date a weekday`, () => {
      const inYear = [...all].filter((d) => d.startsWith(`${year}-`)).sort();
      expect(inYear).to.deep.equal(dates);
      for (const d of dates) expect([0, 6]).not.to.include(weekdayOf(d), d);
    });

    it(`${year}: Good Friday and Easter Monday follow Easter Sunday`, () => {
      const sunday = easter(Number(year));
      expect(all.has(shift(sunday, -2))).to.equal(true);
      expect(all.has(shift(sunday, 1))).to.equal(true);
    });
  }

  it('includes the substitute days 28 Dec 2026, 27 and 28 Dec 2027 and 3 Jan 2028', () => {
    for (const d of ['2026-12-28', '2027-12-27', '2027-12-28', '2028-01-03']) expect(all.has(d), d).to.equal(true);
    expect(all.has('2026-12-26')).to.equal(false); // a Saturday: the substitute is the Monday
  });

  it('adds extra dates (EXTRA_BANK_HOLIDAYS) without dropping the file’s', () => {
    const more = loadBankHolidays(undefined, ['2029-01-01']);
    expect(more.has('2029-01-01')).to.equal(true);
    expect(more.size).to.equal(all.size + 1);
  });

  it('refuses a malformed file with a coded error', () => {
    expect(() => parseBankHolidays('2025:\n  - { date: 2025-13, name: x }\n')).to.throw(HolidaysError);
    expect(() => parseBankHolidays('2025:\n  - { date: 2026-01-01, name: x }\n')).to.throw(/under 2025/);
  });
});
