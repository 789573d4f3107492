/** Welcome, help and about cards: what the bot does and does not do, how to ask, what it stores. */
import type { Deps } from '../conversation/deps.js';
import type { Scope } from '../conversation/types.js';
import { renderCard } from './render.js';

/** Used when the knowledge base offers no example questions of its own. */
export const FALLBACK_EXAMPLES = [
  'What are our practice principles?',
  'What does strengths based practice mean?',
  'How should we work with parents on consent?',
];
/** Enough examples to show the range without a wall of text. */
const MAX_EXAMPLES = 4;

/** A line on how to ask in this kind of conversation. */
export function howToAsk(scope: Scope): string {
  return scope === 'personal'
    ? 'Type a question in your own words, or one of the commands below.'
    : 'Mention me (@Practice Guide) with your question or a command, and I\'ll reply here.';
}

/** Example questions drawn from the guide, preferring the user's organisation. */
export function exampleQuestions(deps: Pick<Deps, 'kb'>, organisation?: string): string[] {
  const entries = [...deps.kb.entries].sort((a, b) => Number(b.organisation === organisation) - Number(a.organisation === organisation));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of entries) {
    const q = e.questions[0];
    if (!q || seen.has(e.organisation + e.kind)) continue;
    seen.add(e.organisation + e.kind);
    out.push(q.charAt(0).toUpperCase() + q.slice(1) + (/[?.!]$/.test(q) ? '' : '?'));
    if (out.length >= MAX_EXAMPLES) break;
  }
  return out.length ? out : FALLBACK_EXAMPLES;
}

function principlesData(organisation?: string): Record<string, unknown> {
  return { action: 'principles', ...(organisation ? { organisation } : {}) };
}

/** The welcome card sent on installation. */
export function welcomeCard(deps: Pick<Deps, 'kb'>, scope: Scope, organisation?: string): Record<string, unknown> {
  const orgs = deps.kb.organisations.map((o) => o.shortName).join(', ');
  const intro = `I help children's social care staff find and use their organisation's practice principles. The guidance I quote comes from ${orgs || 'the organisations in this guide'}.`;
  return renderCard('welcome', {
    speak: `Hello, I'm the Practice Guide. ${intro} I don't give advice on individual cases and I'm not for emergencies. Please don't type names or case details.`,
    intro,
    howToAsk: howToAsk(scope),
    principlesData: principlesData(organisation),
  });
}

export interface HelpCommand { name: string; description: string; example?: string }

/** The help card: every command with an example, and example questions. */
export function helpCard(deps: Pick<Deps, 'kb'>, commands: HelpCommand[], scope: Scope, organisation?: string): Record<string, unknown> {
  const examples = exampleQuestions(deps, organisation);
  return renderCard('help', {
    speak: `How to use the Practice Guide. ${howToAsk(scope)} For example: ${examples[0]}`,
    howToAsk: howToAsk(scope),
    examples: examples.map((q) => `- ${q}`).join('\n'),
    commands: commands.map((c) => ({ name: c.name, line: c.example ? `${c.description} Example: ${c.example}` : c.description })),
    principlesData: principlesData(organisation),
  });
}

/** The about card: sources, and what is stored and for how long. */
export function aboutCard(deps: Pick<Deps, 'kb' | 'config'>): Record<string, unknown> {
  const days = deps.config.insightsRetentionDays;
  const stored = [
    { what: 'Feedback', detail: 'Whether an answer helped, an optional comment with names and details removed, the time, and a scrambled id instead of your name. Kept until the guidance owners clear it.' },
    { what: 'Your organisation', detail: 'Which organisation\'s guidance you chose, kept until you choose again.' },
    { what: 'Induction progress', detail: 'Where you are in the induction and which checks you answered, kept until you restart it.' },
    { what: 'Daily prompts', detail: 'Which chat or team asked for them and when, kept until they are turned off or the app is removed there.' },
    { what: 'Insights', detail: `For each question: when, which organisation, whether it was answered, which entry and how confident. Deleted after ${days} days.` },
  ];
  const sources = deps.kb.sources.map((s) => ({ publisher: s.publisher, line: `${s.title} (${s.dateLabel || s.date})` }));
  return renderCard('about', {
    speak: `About the Practice Guide. I quote practice guidance word for word and say where it comes from. I never store the text of your messages, except unanswered questions with names and details removed, kept for ${days} days.`,
    intro: 'I quote published practice guidance word for word and say who published it and when. I don\'t give case advice. Text on these cards that is not quoted comes from the Practice Guide team, not from the sources.',
    sources,
    stored,
    neverStored: `I never store the text of your messages. The one exception: a question I could not answer is kept for insights with names and case details removed, for ${days} days.`,
    guideUrl: `${deps.config.publicBaseUrl.replace(/\/+$/, '')}/guide`,
  });
}
