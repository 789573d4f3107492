/**
 * When the harm happened: the time frame of a message, read from its shape rather than from
 * listed sentences. Pure. A message anchored in the past by a date, a month, a season, a term or
 * "N weeks ago" ("in 2023", "back in january", "last term", "3 weeks ago") talks about something
 * that happened before; minutes, hours, today and last night are not past anchors (they are
 * recent, and FRESH in patterns.ts keeps them live). assess.ts calms a past-anchored message unless
 * something is said to be happening now.
 *
 * A month or a season says only when, not whether it is over: "over half term" is history in "ran off
 * over half term" and a plan in "going on a special trip over half term". Such anchors count only
 * when nothing in the message points forward ("going on", "next week", "booked", "will be"); the
 * unambiguous ones (a year, "last term", "N weeks ago") always count.
 *
 *   pastAnchors(' the yp who ran off in march is settled ') → 1
 *   pastAnchors(' he ran off an hour ago ') → 0
 *   pastAnchors(' the yp from last year just rang ') → 0
 *   pastAnchors(' shes going abroad over half term ') → 0
 */

const MONTHS = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';
const SEASONS = '(spring|summer|autumn|winter|christmas|xmas|easter|half term|holidays|new years eve|new year|bonfire night)';
/** Units long enough that "N units ago" is history, not a live event (minutes and hours are not). */
const LONG_UNITS = '(days?|weeks?|wks?|months?|mths?|years?|yrs?|terms?)';
const COUNTS = '(\\d+|a|an|one|two|three|four|five|six|few|couple|couple of|many|several)';

/** Past anchors that say the harm is over, whatever else the message says. */
export const PAST_ANCHORS: readonly RegExp[] = [
  // a calendar year ("in 2023", "scr from 2019")
  /\b(19[5-9]\d|20[0-2]\d)\b/,
  // the last completed period ("last term", "last months disclosure")
  new RegExp(`\\b(last|this past|the previous) (week|weeks|weekend|month|months|year|years|term|${SEASONS})\\b`),
  // "N days/weeks/years ago", "years ago", "long ago"
  new RegExp(`\\b(${COUNTS} ${LONG_UNITS}|years|months|ages|long) ago\\b`),
  // a state that has lasted months or years ("stable for 4 months", "with her aunt for a year now")
  new RegExp(`\\bfor (${COUNTS}|several|many) (months?|mths?|years?|yrs?)\\b`),
];

/** Anchors that name a time but not whether it is past: a month or a season ("in march", "over the summer"). */
export const CALENDAR_ANCHORS: readonly RegExp[] = [
  // a month with a preposition ("in march", "back in january"; a bare "may" or "march" is a verb)
  new RegExp(`\\b(in|from|since|back in|during|early|late|mid|before|until|end of|start of|beginning of) ${MONTHS}\\b`),
  // a season or holiday ("over the summer", "before christmas", "from the summer")
  new RegExp(`\\b(over|during|back in|before|from|since|in) (the )?${SEASONS}\\b`),
];

/** The message looks forward: a plan, a booking, something about to happen. */
const FUTURE = /\b(tomorrow|tonight|next (week|weekend|month|term|few days|friday|monday|tuesday|wednesday|thursday|saturday|sunday)|going (on|to|abroad|away|back)|gonna|will (be|do|have|go|take)|(is|are|she|he|they) having|(is|are|has|have|been) booked|booked (a |the )?(flight|ticket|trip)|flights? (is|are|on|for|tomorrow|tonight)|about to|planning to|plans? to|due to (go|fly|travel|leave)|(flights?|tickets?) (is |are |been )?booked|booked for|taking (her|him|them|the kids?|the children) (abroad|away|out of))\b/;

/**
 * "just" puts an old case back in the present ("the lad from last year just rang", "the baby from
 * last month - just seen a fresh bruise"): a message holding it has no past anchor. Not the "just" of
 * the writer's own errand ("just updating the record", "just logging", "just wanted to note it"),
 * which says nothing about when the harm happened.
 */
export const RECENT = /\bjust\b(?! (updat|logg|log\b|not|wanted|want\b|wanting|checking|check\b|renew|to |a quick|asking|ask\b|wonder|letting|noting|note\b|need|fyi|thought|so you know|for info|curious|confirm))/;
/**
 * The harm is dated in the past but the case has something today or ahead ("contact was last week,
 * next contact is this afternoon", "released last week, left a voicemail today"): the anchor dates
 * the story, not the danger, so it does not calm.
 */
const TODAY_OR_AHEAD = /\b(today|this (morning|afternoon|evening|weekend)|tomorrow|tonight|right now|next (contact|visit)|is due|due in|coming (to|round|over|back)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/;

/** How many kinds of past anchor a normalised message holds: `pastAnchors(normalise(text))`. */
export function pastAnchors(normalised: string): number {
  if (RECENT.test(normalised) || TODAY_OR_AHEAD.test(normalised)) return 0;
  const fixed = PAST_ANCHORS.filter((re) => re.test(normalised)).length;
  return FUTURE.test(normalised) ? fixed : fixed + CALENDAR_ANCHORS.filter((re) => re.test(normalised)).length;
}
