/**
 * Time rules of the daily prompt, in UK time (Europe/London), pure: every function takes the
 * instant it reasons about. Uses only Intl.DateTimeFormat, so BST changes come from the
 * runtime's time-zone data; a 09:00 post is 09:00 local on the days the clocks change.
 */

export const ZONE = 'Europe/London';
/** Default posting time: the start of most teams' working day. */
export const DEFAULT_TIME = '09:00';
/**
 * A post missed at its time (the process was down) is still sent until this local time, and
 * not after: a principle of the day arriving in the evening would be noise, and tomorrow brings another.
 */
export const CATCH_UP_UNTIL = '17:00';
/** Earliest and latest times a channel may choose: working hours, and always before the catch-up cut-off. */
export const EARLIEST_TIME = '07:00';
export const LATEST_TIME = '16:00';

export type Days = 'weekdays' | 'everyday';

export interface LocalParts {
  date: string; // YYYY-MM-DD
  time: string; // HH:MM
  weekday: number; // 0 = Sunday
}

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

/** Local date, time and weekday in London at an instant. */
export function londonParts(ms: number): LocalParts {
  const p: Record<string, string> = {};
  for (const { type, value } of formatter.formatToParts(new Date(ms))) p[type] = value;
  const date = `${p.year}-${p.month}-${p.day}`;
  return { date, time: `${p.hour}:${p.minute}`, weekday: weekdayOf(date) };
}

/** Day of the week of a calendar date (0 = Sunday). */
export function weekdayOf(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

/** The calendar date n days after date. */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** London offset from UTC in minutes at an instant (0 in winter, 60 in summer). */
function offsetMinutes(ms: number): number {
  const p = londonParts(ms);
  const asUtc = Date.parse(`${p.date}T${p.time}:00Z`);
  return Math.round((asUtc - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/** The instant a London wall-clock time happens on a date (for a time skipped by the spring change, the instant after the gap). */
export function londonToUtc(date: string, time: string): number {
  const naive = Date.parse(`${date}T${time}:00Z`);
  let guess = naive - offsetMinutes(naive) * 60_000;
  guess = naive - offsetMinutes(guess) * 60_000;
  return guess;
}

/** True when a post goes out on this date: not a bank holiday, and a weekday unless the channel chose every day. */
export function isPostingDay(date: string, days: Days, holidays: ReadonlySet<string>): boolean {
  if (holidays.has(date)) return false;
  const wd = weekdayOf(date);
  return days === 'everyday' || (wd !== 0 && wd !== 6);
}

export interface DueCheck {
  due: boolean;
  /** Local date the post belongs to (the idempotency key's date). */
  date: string;
  reason: 'due' | 'catch-up' | 'not-a-posting-day' | 'too-early' | 'too-late' | 'already-posted' | 'not-started';
}

/** What the time rules need of a subscription. `startDate`: first date it may post (a channel subscribing after today's time starts tomorrow). */
export interface Timing {
  time: string;
  days: Days;
  lastPostDate?: string;
  startDate?: string;
}

/**
 * True when the post for `date` counts as made: the last post was for that date or a later one. The last post
 * date only moves forward, so a later one (`npm run prompts -- run-due --at` a future time) means the rotation
 * has already moved past this date: posting it would repeat an entry, and `daily status` / `prompts list`
 * would name a "next" post before the last one.
 */
function alreadyPosted(sub: Timing, date: string): boolean {
  return sub.lastPostDate !== undefined && date <= sub.lastPostDate;
}

/** Whether a subscription's post for today (London) is due at `at`, given the last date it posted. */
export function dueAt(sub: Timing, at: number, holidays: ReadonlySet<string>): DueCheck {
  const { date, time } = londonParts(at);
  if (sub.startDate && date < sub.startDate) return { due: false, date, reason: 'not-started' };
  if (!isPostingDay(date, sub.days, holidays)) return { due: false, date, reason: 'not-a-posting-day' };
  if (alreadyPosted(sub, date)) return { due: false, date, reason: 'already-posted' };
  if (time < sub.time) return { due: false, date, reason: 'too-early' };
  if (time >= CATCH_UP_UNTIL) return { due: false, date, reason: 'too-late' };
  return { due: true, date, reason: time === sub.time ? 'due' : 'catch-up' };
}

/** How far ahead nextPostAt looks: enough to cross Christmas, weekends and every bank holiday. */
const MAX_LOOKAHEAD_DAYS = 40;

/** The next instant this subscription posts after `from` (a post still due today counts as now-ish), or undefined. */
export function nextPostAt(sub: Timing, from: number, holidays: ReadonlySet<string>): number | undefined {
  const today = londonParts(from).date;
  for (let i = 0; i < MAX_LOOKAHEAD_DAYS; i++) {
    const date = addDays(today, i);
    if (!isPostingDay(date, sub.days, holidays) || alreadyPosted(sub, date) || (sub.startDate && date < sub.startDate)) continue;
    const at = londonToUtc(date, sub.time);
    if (i === 0 && from >= londonToUtc(date, CATCH_UP_UNTIL)) continue;
    return Math.max(at, i === 0 ? from : at);
  }
  return undefined;
}

const human = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** "Monday 26 October 2026 at 09:00 UK time". */
export function formatUk(ms: number): string {
  return `${human.format(new Date(ms)).replace(',', '')} at ${londonParts(ms).time} UK time`;
}

/** Parses "9" (09:00), "9:30", "09.45", "9am", "2:15pm" into "HH:MM", or undefined. */
export function parseTime(word: string): string | undefined {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i.exec(word.trim());
  if (!m) return undefined;
  let h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  const suffix = m[3]?.toLowerCase();
  if (suffix) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (suffix === 'pm' ? 12 : 0);
  }
  if (h > 23 || min > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}
