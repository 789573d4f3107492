/**
 * Parses the words after "daily": `on [HH:MM] [weekdays|every day] [organisation]`, `off`,
 * `status`, `now [organisation]`. Forgiving about order and case; anything it cannot read is
 * returned as an error with the word it stumbled on, for a kind usage reply.
 */
import type { Organisation } from '../knowledge/types.js';
import { EARLIEST_TIME, LATEST_TIME, parseTime, type Days } from './schedule.js';

export type DailyCommand =
  | { op: 'on'; time?: string; days?: Days; organisation?: string }
  | { op: 'off' }
  | { op: 'status' }
  | { op: 'now'; organisation?: string }
  | { op: 'error'; problem: 'unknown-op' | 'bad-time' | 'time-out-of-hours' | 'unknown-organisation' | 'unexpected'; word?: string };

const OPS: Record<string, 'on' | 'off' | 'status' | 'now'> = {
  on: 'on', start: 'on', subscribe: 'on', enable: 'on',
  off: 'off', stop: 'off', unsubscribe: 'off', disable: 'off',
  status: 'status', settings: 'status', '': 'status',
  now: 'now', today: 'now',
};
const DAY_PHRASES: [RegExp, Days][] = [
  [/\b(every ?day|daily|all week|7 days|seven days)\b/, 'everyday'],
  [/\b(week ?days|mon(day)?\s*(-|to)\s*fri(day)?|working days|work days)\b/, 'weekdays'],
];

/** Finds an organisation named by id, name, short name or alias in the words, or undefined. */
export function findOrganisation(words: string, organisations: readonly Organisation[]): Organisation | undefined {
  const w = ` ${words.toLowerCase().replace(/[^a-z0-9 -]/g, ' ').replace(/\s+/g, ' ').trim()} `;
  return organisations.find((o) =>
    [o.id, o.id.replace(/-/g, ' '), o.name, o.shortName, ...o.aliases].some((n) => w.includes(` ${n.toLowerCase()} `)));
}

/** Parses the argument text of the daily command. */
export function parseDaily(args: string, organisations: readonly Organisation[]): DailyCommand {
  const text = args.toLowerCase().replace(/[,;]/g, ' ').replace(/\s+/g, ' ').trim();
  const [first = '', ...rest] = text.split(' ');
  const op = OPS[first];
  if (!op) return { op: 'error', problem: 'unknown-op', word: first };
  let remaining = rest.join(' ');
  if (op === 'off' || op === 'status') return remaining ? { op: 'error', problem: 'unexpected', word: remaining } : { op };

  let days: Days | undefined;
  for (const [re, d] of DAY_PHRASES) {
    if (re.test(remaining)) { days = d; remaining = remaining.replace(re, ' '); break; }
  }
  let time: string | undefined;
  remaining = remaining.replace(/\b(at|from|on|for|the|of|principles?)\b/g, ' ');
  const timeWord = remaining.match(/\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?(?=\s|$)/);
  if (timeWord) {
    time = parseTime(timeWord[0].replace(/\s+/g, ''));
    if (!time) return { op: 'error', problem: 'bad-time', word: timeWord[0].trim() };
    if (time < EARLIEST_TIME || time > LATEST_TIME) return { op: 'error', problem: 'time-out-of-hours', word: time };
    remaining = remaining.replace(timeWord[0], ' ');
  }
  remaining = remaining.replace(/\s+/g, ' ').trim();
  let organisation: string | undefined;
  if (remaining) {
    const org = findOrganisation(remaining, organisations);
    if (!org) return { op: 'error', problem: /\d/.test(remaining) ? 'bad-time' : 'unknown-organisation', word: remaining };
    organisation = org.id;
  }
  if (op === 'now') return (time || days) ? { op: 'error', problem: 'unexpected', word: time ?? days } : { op, organisation };
  return { op, time, days, organisation };
}
