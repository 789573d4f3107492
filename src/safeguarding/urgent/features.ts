/**
 * Features for the learned urgent-risk model. Pure. Two families, both from the existing
 * pipeline so the model and the rules read a message the same way:
 *   - words: stemmed unigrams (`w:`) and bigrams (`b:`) from urgent-text.ts (numbers folded to `#`);
 *   - lexicon: concept presence (`c:`) and the rule scores and framing counts (`r:`) from urgent-rules.ts;
 *   - the calm lean (`r:lean`, lean.ts): the learned table's log-odds for the message's words, squashed to -1..1.
 *   - who says what (`r:proConclusion`, `r:proDoubt`, `r:carerClaim`, `r:quotedPast`, `r:quotedNow`, `r:planHolding`,
 *     `r:nothingSince`; voices.ts): a professional's conclusion against their doubt and a carer's claim alone, quoted
 *     words in a past frame or today's, a plan holding; weighed by training, not rules;
 *   - the last sentence's words (`e:`, endFeatures), when there are two or more: how the story ended.
 * Values are 0..1 so that one L2 penalty suits them all.
 */
import { HARM_CAP, URGENT_SCORE, ruleEvidence, type RuleEvidence } from './rules.js';
import { calmLean, type LeanTable } from './lean.js';
import { sentences, tokenize } from './text.js';

/** Sparse feature vector: name → value. */
export type Features = Map<string, number>;

/** Immediacy and specific-case counts saturate here (the rules cap them similarly). */
const COUNT_CAP = 3;
/** The rule score is centred on URGENT_SCORE and squashed over ± this many points. */
const SCORE_SPREAD = 4;
/** Messages of at most this many words are "short" (urgent messages are often terse). */
const SHORT_WORDS = 6;

const fold = (t: string): string => (/^\d/.test(t) ? '#' : t);
const capped = (n: number, cap = COUNT_CAP): number => Math.min(n, cap) / cap;

/** Word n-gram features of a token list: `wordFeatures(['my','yp','missing'])` → w:my, b:^_my, … */
export function wordFeatures(tokens: readonly string[], out: Features = new Map()): Features {
  const toks = tokens.map(fold);
  let prev = '^';
  for (const t of toks) {
    out.set(`w:${t}`, 1);
    out.set(`b:${prev}_${t}`, 1);
    prev = t;
  }
  if (toks.length > 0) out.set(`b:${prev}_$`, 1);
  return out;
}

/** Lexicon features from the rule evidence: concepts, scores, framing. */
export function lexiconFeatures(ev: RuleEvidence, out: Features = new Map()): Features {
  for (const c of ev.concepts) out.set(`c:${c}`, 1);
  const set = (name: string, v: number | boolean): void => {
    const x = typeof v === 'boolean' ? (v ? 1 : 0) : v;
    if (x !== 0) out.set(`r:${name}`, x);
  };
  set('harm', ev.harm / HARM_CAP);
  set('allHarm', ev.allHarm / HARM_CAP);
  set('strongest', ev.strongest / 3);
  set('harmMin', ev.harm >= 2);
  set('worker', ev.worker);
  set('immediacy', capped(ev.immediacy));
  set('specific', capped(ev.specific));
  set('victim', ev.victim);
  set('report', ev.isReport);
  set('question', ev.questionStart);
  set('policy', capped(ev.policyCues));
  set('past', capped(ev.pastCues));
  set('settled', capped(ev.settledCues));
  set('benign', capped(ev.benignCues));
  set('fresh', capped(ev.freshCues));
  set('pastTime', capped(ev.pastTime));
  set('liveState', ev.liveState);
  set('liveCase', ev.liveCase);
  set('crisis', ev.crisis);
  set('office', capped(ev.office));
  set('idiom', ev.idioms > 0);
  set('score', Math.tanh((ev.score - URGENT_SCORE) / SCORE_SPREAD));
  set('urgent', ev.urgent);
  set('topic', ev.topicWords);
  set('short', ev.tokens.length <= SHORT_WORDS);
  // Who says what (voices.ts): a professional's conclusion or doubt, a carer's claim, quoted words, a plan holding.
  for (const [name, on] of Object.entries(ev.voices)) set(name, on);
  return out;
}

/**
 * The words of a message's last sentence (`e:`), when it has more than one: where a writer most often says how a
 * story ended ("… the paediatrician was happy with that", "… no new incidents since") or what is happening now.
 */
export function endFeatures(text: string, out: Features = new Map()): Features {
  const parts = sentences(text);
  if (parts.length < 2) return out;
  for (const t of tokenize(parts[parts.length - 1])) out.set(`e:${fold(t)}`, 1);
  return out;
}

/**
 * The calm lean's log-odds are squashed over this spread: a message whose words sum to ±LEAN_SPREAD reads as
 * ±0.76, so a handful of clearly calm or urgent words moves the feature most of the way and a long message
 * cannot push it past ±1.
 */
export const LEAN_SPREAD = 6;

/** Sets the calm lean feature (`r:lean`, -1..1) from its summed log-odds (lean.ts): `withLean(new Map(f), 3)`. */
export function withLean(features: Features, lean: number): Features {
  const x = Math.tanh(lean / LEAN_SPREAD);
  if (x !== 0) features.set('r:lean', x);
  return features;
}

/** All model features of a message: `urgentFeatures('my yp is missing').get('c:missing') === 1`; with a lean table, `r:lean` too. */
export function urgentFeatures(text: string, ev: RuleEvidence = ruleEvidence(text), lean?: Readonly<LeanTable>): Features {
  const f = endFeatures(text, lexiconFeatures(ev, wordFeatures(ev.tokens)));
  return lean ? withLean(f, calmLean(lean, ev.tokens)) : f;
}
