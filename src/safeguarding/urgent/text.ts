/**
 * Text pipeline for urgent-risk detection. Pure, no I/O. Mirrors MiniSearch's design: a
 * `tokenize` step, then `processTerm` (spelling fix → light stemmer) applied identically to
 * messages and to lexicon terms, so "bruised", "bruises" and "brusie" meet "bruise".
 * Lexicon terms are compiled once at load into token patterns with slots and gaps.
 */

/** Common slips and shorthand, mapped to the word the lexicons use (see glossary.md). */
const SPELLING: Readonly<Record<string, string>> = {
  brusie: 'bruise', bruse: 'bruise', bruize: 'bruise', brusing: 'bruising', brusies: 'bruises', bruses: 'bruises',
  sucidal: 'suicidal', suicdal: 'suicidal', suicidial: 'suicidal', sucicidal: 'suicidal', suacidal: 'suicidal', sucide: 'suicide',
  theatening: 'threatening', threating: 'threatening', threatning: 'threatening', thretening: 'threatening',
  theatened: 'threatened', threatend: 'threatened', thret: 'threat', thretened: 'threatened',
  punchd: 'punched', kiked: 'kicked', abusd: 'abused', abussed: 'abused', hurted: 'hurt', strangeled: 'strangled',
  unconcious: 'unconscious', unconsious: 'unconscious', unconcsious: 'unconscious', breathign: 'breathing',
  tonite: 'tonight', mising: 'missing', missin: 'missing', absconed: 'absconded',
  agressive: 'aggressive', aggresive: 'aggressive', agresive: 'aggressive', saftey: 'safety', safegaurding: 'safeguarding',
  neglet: 'neglect', violant: 'violent', pls: 'please', plz: 'please', u: 'you', ur: 'your', hes: 'he', shes: 'she',
  theyre: 'they', im: 'i', ive: 'i', bf: 'boyfriend', gf: 'girlfriend', mam: 'mum', mom: 'mum', mummy: 'mum',
  daddy: 'dad', fella: 'boyfriend', bloke: 'man', overdosd: 'overdosed', sef: 'self', slef: 'self', hiting: 'hitting',
  tablest: 'tablets', knive: 'knife', wepon: 'weapon', sexualy: 'sexually', rapped: 'raped', molested: 'molested',
};

/** Every way of saying "not" becomes `not`, so "hasnt come home" and "has not come home" meet "not come home". */
const NEGATIONS = ['hasnt', 'havent', 'hadnt', 'didnt', 'doesnt', 'dont', 'isnt', 'arent', 'wasnt', 'werent', 'wont', 'cant',
  'cannot', 'couldnt', 'wouldnt', 'shouldnt', 'aint', 'not'];

/** Irregular forms the suffix rules would miss or mangle. */
const IRREGULAR: Readonly<Record<string, string>> = {
  beaten: 'beat', beating: 'beat', took: 'take', taken: 'take', threw: 'throw', thrown: 'throw', shook: 'shake',
  shaken: 'shake', ran: 'run', running: 'run', fell: 'fall', fallen: 'fall', told: 'tell',
  // "a bit" is not a bite: the verb keeps its own stem, and the lexicons spell out "bit him" themselves.
  bite: 'bite', bites: 'bite', biting: 'bite', bitten: 'bite', gave: 'give', given: 'give', giving: 'give',
  said: 'say', says: 'say', saying: 'say', came: 'come', went: 'go', gone: 'go', going: 'go', hung: 'hang',
  died: 'die', dying: 'die', dies: 'die', tied: 'tie', ties: 'tie', tying: 'tie', missing: 'missing', fought: 'fight',
  drank: 'drink', kept: 'keep', felt: 'feel', lost: 'lose', spat: 'spit', bled: 'bleed', broke: 'break', broken: 'break',
  stuck: 'stick', caught: 'catch', sent: 'send', left: 'leave', children: 'child', kids: 'kid', women: 'woman', men: 'man',
  being: 'being', nothing: 'nothing', morning: 'morning', evening: 'evening', something: 'something', anything: 'anything',
  ring: 'ring', thing: 'thing', things: 'thing', during: 'during', bring: 'bring', this: 'this', his: 'his', is: 'is',
  was: 'was', has: 'has', does: 'do', yes: 'yes', us: 'us', news: 'news', alone: 'alone', here: 'here', there: 'there', where: 'where',
  were: 'were', care: 'care', cared: 'care', caring: 'care', carer: 'carer', carers: 'carer', more: 'more', sure: 'sure', focus: 'focus',
};

const NO_UNDOUBLE = new Set(['l', 's', 'z', 'f']);
const MIN_STEM = 3;

function undouble(s: string): string {
  const a = s[s.length - 1];
  return s.length > MIN_STEM && a === s[s.length - 2] && !NO_UNDOUBLE.has(a) && !'aeiou'.includes(a) ? s.slice(0, -1) : s;
}

/** Light English stemmer: `stem('bruising') === stem('bruises') === stem('bruise')`. */
export function stem(word: string): string {
  // Own keys only: "constructor" must not find Object.prototype's.
  const w = Object.hasOwn(SPELLING, word) ? SPELLING[word] : word;
  const base = Object.hasOwn(IRREGULAR, w) ? IRREGULAR[w] : undefined;
  if (base) return IRREGULAR[base] === base ? base : suffixes(base);
  if (NEGATIONS.includes(w)) return 'not';
  return suffixes(w);
}

/** The regular suffix rules (plural, -ing, -ed, final e), keeping stems at least MIN_STEM long. */
function suffixes(w: string): string {
  if (/^\d/.test(w) || w.length <= MIN_STEM) return w;
  let s = w;
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('ing') && s.length - 3 >= MIN_STEM) s = undouble(s.slice(0, -3));
  else if (s.endsWith('ed') && !s.endsWith('eed') && s.length - 2 >= MIN_STEM) s = undouble(s.slice(0, -2));
  else if (/(s|x|z|ch|sh)es$/.test(s) && s.length - 2 >= MIN_STEM) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(ss|us|is)$/.test(s) && s.length - 1 >= MIN_STEM) s = s.slice(0, -1);
  if (s.endsWith('e') && s.length - 1 >= MIN_STEM) s = s.slice(0, -1);
  return s;
}

/** Lower-cases, folds curly quotes, drops apostrophes ("mum's" → "mums") and collapses spaces. */
export function normalise(text: string): string {
  return ` ${text.toLowerCase().replace(/[\u2018\u2019\u02bc`']/g, '').replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim()} `;
}

/** Splits text into raw lower-case words: "14yo" → "14 yo", "a&e" → "ae", "[name]" → "xname", "she'll" → "she will". */
export function words(text: string): string[] {
  return normalise(text.replace(/\b(i|you|he|she|it|we|they)['\u2019]ll\b/gi, '$1 will'))
    .replace(/\[name\]/g, ' xname ')
    .replace(/a ?& ?e\b/g, ' ae ')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Tokens ready for matching: raw words → spelling fix → stem. */
export function tokenize(text: string): string[] {
  return words(text).map(stem);
}

/** Word classes usable as `{name}` slots inside lexicon phrases. */
export const SLOTS: Readonly<Record<string, ReadonlySet<string>>> = {
  self: new Set(['myself', 'himself', 'herself', 'themselves', 'themself', 'yourself', 'yourselves', 'ourselves', 'self'].map((w) => stem(w))),
  obj: new Set(['him', 'her', 'them', 'me', 'us', 'mum', 'xname']),
  me: new Set(['me', 'i', 'my', 'us', 'we']),
  poss: new Set(['my', 'his', 'her', 'their', 'our', 'the', 'a', 'an', 'your', 'some', 'xname']),
  kid: new Set(['child', 'kid', 'baby', 'infant', 'newborn', 'toddler', 'yp', 'cyp', 'teen', 'teenager', 'lad', 'girl',
    'boy', 'son', 'daughter', 'twin', 'sibl', 'xname', 'lac', 'cla', 'pupil', 'niece', 'nephew'].map((w) => stem(w))),
  num: new Set(Array.from({ length: 100 }, (_, i) => String(i))),
  /** Spans of working time: "I want this week to end" is about the week, not a life. */
  period: new Set(['day', 'week', 'weekend', 'shift', 'month', 'term', 'year', 'meeting', 'call', 'panel', 'visit', 'monday',
    'tuesday', 'wednesday', 'thursday', 'friday', 'conference', 'course', 'training', 'audit', 'inspection'].map((w) => stem(w))),
};

/** A compiled phrase: stems, `{slot}` classes, a gap of 0..MAX_GAP tokens (`*`), `^` for the start of the message or `$` for its end. */
export type Pattern = readonly string[];
/** A `*` in a phrase skips up to this many words: enough for "hit * her" ↔ "hit the little girl". */
const MAX_GAP = 2;

/** Compiles "kill {self}" or "hit * {obj}" with the same pipeline as messages. */
export function compile(phrase: string): Pattern {
  return phrase.split(' ').filter(Boolean).map((p) => (p === '*' || p === '^' || p === '$' || p.startsWith('{') ? p : stem(p)));
}

function matchAt(tokens: readonly string[], pat: Pattern, i: number, j: number): number {
  if (j === pat.length) return i;
  const p = pat[j];
  if (p === '*') {
    for (let g = 0; g <= MAX_GAP && i + g <= tokens.length; g++) {
      const end = matchAt(tokens, pat, i + g, j + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (p === '^') return i === 0 ? matchAt(tokens, pat, i, j + 1) : -1;
  if (p === '$') return i === tokens.length ? matchAt(tokens, pat, i, j + 1) : -1;
  if (i >= tokens.length) return -1;
  const ok = p.startsWith('{') ? SLOTS[p.slice(1, -1)]?.has(tokens[i]) : tokens[i] === p;
  return ok ? matchAt(tokens, pat, i + 1, j + 1) : -1;
}

/** The literal stems a pattern needs (no slots or gaps), cached per compiled pattern. */
const literals = new WeakMap<Pattern, string[]>();
function literalsOf(pat: Pattern): string[] {
  let lits = literals.get(pat);
  if (!lits) {
    lits = pat.filter((p) => p !== '*' && p !== '^' && p !== '$' && !p.startsWith('{'));
    literals.set(pat, lits);
  }
  return lits;
}

/**
 * Start indices where the pattern matches the token list (each with its end index). `present`,
 * if given, is a superset of the tokens (e.g. `new Set(tokens)`): patterns needing a word not in
 * it are skipped without scanning, which keeps a message well under a millisecond.
 */
export function findAll(tokens: readonly string[], pat: Pattern, present?: ReadonlySet<string>): { start: number; end: number }[] {
  if (present && literalsOf(pat).some((w) => !present.has(w))) return [];
  const hits: { start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const end = matchAt(tokens, pat, i, 0);
    if (end >= 0) hits.push({ start: i, end });
  }
  return hits;
}

/** The sentences of a message (split after . ! ? or a line break). */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).map((x) => x.trim()).filter(Boolean);
}
