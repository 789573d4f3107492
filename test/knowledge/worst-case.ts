/**
 * Texts that used to stall the bot (one 2,000-letter "word" took 29 s and 4 GB): long words, long runs
 * of one letter, thousands of unique tokens. Each is at most 2,000 characters, the longest question we search.
 */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Deterministic pseudo-random words (no Math.random: the same texts on every run). */
function words(count: number, length: number, seed: number): string[] {
  let s = seed;
  const next = () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
  return Array.from({ length: count }, () => Array.from({ length }, () => LETTERS[Math.floor(next() * 26)]).join(''));
}

/** Name → text, each at most 2,000 characters. */
export function worstCaseTexts(): Record<string, string> {
  return {
    'one 2,000-letter word': words(1, 2000, 1)[0],
    'a run of 2,000 of one letter': 'a'.repeat(2000),
    'a capitalised 2,000-letter word': 'X' + words(1, 1999, 2)[0],
    'two letters repeated': 'ab'.repeat(1000),
    'unique 20-letter words': words(95, 20, 3).join(' '),
    'unique 18-letter words': words(105, 18, 4).join(' '),
    'unique 10-letter words': words(180, 10, 5).join(' '),
    '333 unique 5-letter words': words(333, 5, 6).join(' '),
    '1,000 one-letter tokens': words(1000, 1, 7).join(' '),
    'hyphenated unique words': words(400, 4, 8).join('-'),
    'a long word ending in -ization': 'a'.repeat(1990) + 'ization',
  };
}
