/** Words of the daily command's replies, in one place so they read consistently. */
import type { Days } from './schedule.js';
import type { DailyCommand } from './parse.js';

/** Markdown with a blank line around the list, so Teams shows one line per item rather than one run of text. */
export const USAGE = [
  'To get a principle of the day in this channel:',
  [
    '- **daily on** (09:00 on weekdays, UK time)',
    '- **daily on 9:30**, **daily on every day kent**, **daily on 08:45 weekdays surrey**',
    '- **daily status** to see the settings and the next post, **daily off** to stop, **daily now** for one straight away.',
  ].join('\n'),
  'Times from 07:00 to 16:00. There are no posts on bank holidays in England and Wales.',
].join('\n\n');

/** "09:00 on weekdays" / "09:00 every day". */
export function describeTiming(time: string, days: Days): string {
  return `${time} ${days === 'weekdays' ? 'on weekdays (Monday to Friday)' : 'every day'}, UK time`;
}

/** A kind explanation of what could not be read, followed by the usage. */
export function usageFor(cmd: Extract<DailyCommand, { op: 'error' }>, organisations: string[]): string {
  const lead = {
    'unknown-op': `I did not recognise "${cmd.word}" after "daily".`,
    'bad-time': `I could not read "${cmd.word}" as a time. Try 9:30 or 14:00.`,
    'time-out-of-hours': `${cmd.word} is outside the hours I post in (07:00 to 16:00 UK time).`,
    'unknown-organisation': `I do not have guidance for "${cmd.word}". I know: ${organisations.join(', ')}.`,
    unexpected: `I did not expect "${cmd.word}" there.`,
  }[cmd.problem];
  return `${lead}\n\n${USAGE}`;
}

/** Why a subscription ended, for `daily status`. */
export function endedReason(reason: string | undefined): string {
  if (reason === 'removed-403' || reason === 'not-found-404') return 'they stopped because I could no longer post in this channel (I may have been removed). Turn them on again with **daily on**.';
  return 'they were turned off. Turn them on again with **daily on**.';
}
