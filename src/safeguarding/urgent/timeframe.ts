/**
 * When the harm happened: the time frame of a message, read from its shape rather than from
 * listed sentences. Pure. A message anchored in the past by a date, a month, a season, a term or
 * "N weeks ago" ("in 2023", "back in january", "last term", "3 weeks ago") talks about something
 * that happened before; minutes, hours, today and last night are not past anchors (they are
 * recent, and FRESH in patterns.ts keeps them live). assess.ts calms a past-anchored message unless
 * something is said to be happening now.
 *
 *   pastAnchors(' the yp who ran off in march is settled ') → 1
 *   pastAnchors(' he ran off an hour ago ') → 0
 *   pastAnchors(' the yp from last year just rang ') → 0
 */

const MONTHS = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';
const SEASONS = '(spring|summer|autumn|winter|christmas|xmas|easter|half term|holidays)';
/** Units long enough that "N units ago" is history, not a live event (minutes and hours are not). */
const LONG_UNITS = '(days?|weeks?|wks?|months?|mths?|years?|yrs?|terms?)';
const COUNTS = '(\\d+|a|an|one|two|three|four|five|six|few|couple|couple of)';

/** Each regular expression is one kind of past anchor; a message counts each kind once. */
export const PAST_ANCHORS: readonly RegExp[] = [
  // a calendar year ("in 2023", "scr from 2019")
  /\b(19[5-9]\d|20[0-2]\d)\b/,
  // a month with a preposition ("in march", "back in january"; a bare "may" or "march" is a verb)
  new RegExp(`\\b(in|from|since|back in|during|early|late|mid|before|until|end of|start of|beginning of) ${MONTHS}\\b`),
  // the last completed period ("last term", "last months disclosure")
  new RegExp(`\\b(last|this past|the previous) (week|weeks|weekend|month|months|year|years|term|${SEASONS})\\b`),
  // a season or holiday gone by ("over the summer", "before christmas")
  new RegExp(`\\b(over|during|back in|before) (the )?${SEASONS}\\b`),
  // "N days/weeks/years ago"
  new RegExp(`\\b${COUNTS} ${LONG_UNITS} ago\\b`),
  // a state that has lasted months or years ("stable for 4 months", "with her aunt for a year now")
  new RegExp(`\\bfor (${COUNTS}|several|many) (months?|mths?|years?|yrs?)\\b`),
];

/**
 * "just" puts an old case back in the present ("the lad from last year just rang", "the baby from
 * last month - just seen a fresh bruise"): a message holding it has no past anchor.
 */
const RECENT = /\bjust\b/;

/** How many kinds of past anchor a normalised message holds: `pastAnchors(normalise(text))`. */
export function pastAnchors(normalised: string): number {
  return RECENT.test(normalised) ? 0 : PAST_ANCHORS.filter((re) => re.test(normalised)).length;
}
