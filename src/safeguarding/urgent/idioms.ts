/**
 * Idioms: harm words said about things ("this caseload is killing me", "stabbed me in the back"), found
 * and blanked before harm is scored, unless a person's stated intent makes them literal. Pure.
 *
 *   maskIdioms(tokenize('this job is killing me')).idioms → 1
 *   maskIdioms(tokenize('he said he will kill me')).idioms → 0
 */
import { IDIOMS } from './patterns.js';
import { compile, findAll, type Pattern } from './text.js';

/** The idiom phrases (patterns.ts), compiled once. */
export const IDIOM_PATTERNS: readonly Pattern[] = IDIOMS.map(compile);

/**
 * A person's stated intent makes an idiom's words literal: "he will kill me", "shes going to kill
 * me", "hell kill me if…" are threats, while "this job is killing me" is an idiom. A span is kept
 * when a person (THREAT_AGENTS) sits within AGENT_WINDOW words before it and the word before it is
 * a modal of intent (or "hell", an unspaced "he'll").
 */
const THREAT_AGENTS = new Set(['he', 'she', 'they', 'hell', 'dad', 'stepdad', 'partner', 'boyfriend', 'uncle', 'brother', 'xname', 'man']);
const INTENT = new Set(['will', 'would', 'gonna', 'to', 'hell']);
const AGENT_WINDOW = 4;
/** The idiom is literal only when aimed at a person: "going to kill me" is a threat, "going to kill it in her exam" is not. */
const PERSONS = new Set(['me', 'him', 'her', 'them', 'us', 'you', 'xname', 'mum', 'dad']);
const statedIntent = (tokens: string[], start: number, end: number): boolean =>
  INTENT.has(tokens[start - 1]) && tokens.slice(Math.max(0, start - AGENT_WINDOW), start).some((t) => THREAT_AGENTS.has(t))
  && tokens.slice(start, end + 1).some((t) => PERSONS.has(t));

/** Blanks idiom spans so their harm words ("stabbed me in the back") are not scored: `maskIdioms(tokenize(text)).masked`. */
export function maskIdioms(tokens: string[], present?: ReadonlySet<string>): { masked: string[]; idioms: number } {
  const masked = [...tokens];
  let idioms = 0;
  for (const p of IDIOM_PATTERNS) {
    for (const { start, end } of findAll(tokens, p, present)) {
      if (statedIntent(tokens, start, end)) continue;
      idioms++;
      for (let k = start; k < end; k++) masked[k] = '_';
    }
  }
  return { masked, idioms };
}

