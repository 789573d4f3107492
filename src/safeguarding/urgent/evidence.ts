/**
 * Learned harm evidence. Pure. The lexicons (lexicon.ts) name harm in the words earlier sets used;
 * new writers describe the same situations in other words ("he's tooled up", "the 11yo is in charge
 * of the twins", "she's sorted everything and given away her cat"). The model has learned many of
 * those words, but it has also learned names, family words and times, which are everywhere in urgent
 * messages and say nothing about harm ("spoke to tyler and his mum about bedtime").
 *
 * So the model's evidence is split: `learnedHarm` sums the weights of the features a message holds
 * that carry content (its words and bigrams other than closed-class words: people and family roles,
 * everyday places, time, greetings and function words; and its lexicon concepts), leaving out the
 * bias, the rules' context scores and every feature made only of closed-class words. A message with
 * no lexicon concept may be urgent only when this content pushes towards urgent by itself (assess.ts).
 *
 *   learnedHarm(model, urgentFeatures('mum wants to know if she can be assessed as a kinship carer')) < 0
 */
import type { Features } from './features.js';
import type { UrgentModel } from './model.js';
import { calmLean, type LeanTable } from './lean.js';
import { stem } from './text.js';

/**
 * Closed-class words: function words, people and family roles, everyday places, time, greetings and
 * the words of asking for guidance. None of them is harm by itself, however often urgent messages use
 * them. A general list, never the wording of a labelled message.
 */
const CLOSED_CLASS = `
a an the and or but if so to of in on at for with from by about into over after before up down out off as
is are was were be been being am do does did done have has had will would can could should shall may might must
not no yes it its this that these those there here what whats when where who whos why how which any some all
my your his her their our me him them us we they he she i you one two three
just now today tonight tomorrow yesterday night bedtime morning afternoon evening week weekend day days hour hours
minute minutes time right then still again already soon later last next
monday tuesday wednesday thursday friday saturday sunday
mum dad mother father parent parents carer carers foster fc child children kid kids baby babies boy boys girl girls
son daughter yp cyp young person people man woman family sister brother sibling siblings nan gran grandma grandad
uncle aunt cousin partner boyfriend girlfriend stepdad stepmum friend friends
school nursery home house flat room office social worker sw manager team xname
yo yr year years old age said say tell told ask asked says going go come get got know think want need see saw seen
like also really very well back only even than too much more most other own same new
please thanks thank hi hello ok okay sorry bot guidance policy form template question`;

/** Stems of the closed-class words, with the folded number and the message edges of bigrams. */
export const NON_HARM: ReadonlySet<string> = new Set([...CLOSED_CLASS.split(/\s+/).filter(Boolean).map(stem), '#', '^', '$']);

/** Whether a model feature carries content: a lexicon concept, or a word or bigram not made only of closed-class words. */
export function carriesContent(name: string): boolean {
  if (name.startsWith('c:')) return true;
  if (name.startsWith('w:')) return !NON_HARM.has(name.slice(2));
  if (name.startsWith('b:')) return name.slice(2).split('_').some((t) => !NON_HARM.has(t));
  return false;
}

/** The model's log-odds from a message's content features alone: `learnedHarm(model, urgentFeatures(text)) >= 0`. */
export function learnedHarm(model: UrgentModel, features: Features): number {
  let z = 0;
  for (const [name, value] of features) {
    const w = model.weights[name];
    if (w !== undefined && carriesContent(name)) z += w * value;
  }
  return z;
}

/** Whether a calm-lean term (a word or an "a_b" pair, lean.ts) carries content: not made only of closed-class words. */
const leanContent = (term: string): boolean => term.split('_').some((t) => !NON_HARM.has(t));

/**
 * The calm lean (lean.ts) of a message's content terms alone, without people, family roles, time and function
 * words: below 0 when the words that carry content are the words of emergencies rather than of calm messages
 * about the same harms ("a burner", "sectioned but escaped", "a belt hooked on the door"). The second kind of
 * learned harm evidence (assess.ts): `contentLean(model.lean, ruleEvidence(text).tokens) < 0`.
 */
export function contentLean(table: Readonly<LeanTable>, tokens: readonly string[]): number {
  return calmLean(table, tokens, leanContent);
}
