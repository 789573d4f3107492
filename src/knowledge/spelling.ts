/** UK/US spelling folding: every token is mapped to its UK form before stemming. */

/** Whole-word US → UK forms (and a few variant spellings staff type). */
const WORDS: Readonly<Record<string, string>> = Object.freeze({
  behavior: 'behaviour', behaviors: 'behaviours', behavioral: 'behavioural',
  program: 'programme', programs: 'programmes',
  practise: 'practice', practised: 'practiced', practises: 'practices', practising: 'practicing',
  center: 'centre', centers: 'centres', centered: 'centred', centering: 'centring',
  judgment: 'judgement', judgments: 'judgements',
  color: 'colour', favor: 'favour', honor: 'honour', labor: 'labour', neighbor: 'neighbour',
  neighborhood: 'neighbourhood', neighborhoods: 'neighbourhoods',
  license: 'licence', defense: 'defence', offense: 'offence',
  fulfill: 'fulfil', enroll: 'enrol', skillful: 'skilful', focussed: 'focused', focussing: 'focusing',
  counseling: 'counselling', counselor: 'counsellor', traveling: 'travelling',
  modeling: 'modelling', modeled: 'modelled', labeled: 'labelled',
  cooperation: 'co-operation', cooperate: 'co-operate', cooperating: 'co-operating', cooperative: 'co-operative',
  coordination: 'co-ordination', coordinate: 'co-ordinate',
  wellbeing: 'well-being', nonjudgemental: 'non-judgemental', nonjudgmental: 'non-judgemental',
  multiagency: 'multi-agency', lifelong: 'life-long',
  aging: 'ageing', catalog: 'catalogue', dialog: 'dialogue',
});

/** Words ending in -ize/-yze that are not US spellings of -ise/-yse. */
const IZE_EXCEPTIONS = new Set(['size', 'sizes', 'sized', 'prize', 'prizes', 'seize', 'seized', 'capsize']);

/** Maps one lower-case token to its UK spelling (may contain a hyphen, which the tokenizer splits). */
export function toUkSpelling(token: string): string {
  const direct = Object.hasOwn(WORDS, token) ? WORDS[token] : undefined; // "constructor" is not a US spelling
  if (direct) return direct;
  if (token.length > 5 && !IZE_EXCEPTIONS.has(token)) {
    const m = /^(.*[a-z]{2})(iz|yz)(e|es|ed|ing|ation|ations|er|ers)$/.exec(token);
    if (m) return m[1] + (m[2] === 'iz' ? 'is' : 'ys') + m[3];
  }
  return token;
}
