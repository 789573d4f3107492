/**
 * Small helpers that keep our own words tidy wherever they are built from parts: one full stop at
 * the end of a sentence, "1 person" / "2 people", and dates written the British way ("6 December 2026").
 */

/** The time zone our readers live in: dates on cards are the day it was in the UK. */
const ZONE = 'Europe/London';
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' });

/** A date as people write it: `longDate(Date.UTC(2026, 11, 6))` → "6 December 2026" (UK day). */
export function longDate(ms: number): string {
  return LONG_DATE.format(new Date(ms));
}

/** The text ending with exactly one full stop (or its own ! or ?): `sentence('Public page (moved.)')` → "Public page (moved.)". */
export function sentence(text: string): string {
  const t = text.trim();
  if (!t) return t;
  if (/[.!?]$/u.test(t) || /[.!?][)”’"']$/u.test(t)) return t;
  return `${t.replace(/[\s,;:]+$/u, '')}.`;
}

/** A count with the right noun: `counted(1, 'person', 'people')` → "1 person". */
export function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
