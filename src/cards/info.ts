/** Welcome, help and about cards: what the bot does and does not do, how to ask, what it stores. */
import type { Deps } from '../kernel/deps.js';
import type { Scope } from '../kernel/types.js';
import { privacyView } from './privacy.js';
import { sentence } from './copy.js';
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

/**
 * A Teams deep link that opens (or starts) the user's personal chat with the bot, with "induction"
 * ready to send; '' when the bot has no app id (authentication off, e.g. the Agents Playground).
 * Format: learn.microsoft.com, "Deep link to start a new chat": /l/chat/0/0?users=<id>&message=<text>;
 * a bot's user id is 28:<app id>.
 */
export function personalChatLink(appId: string, message = 'induction'): string {
  if (!appId) return '';
  return `https://teams.microsoft.com/l/chat/0/0?users=28:${encodeURIComponent(appId)}&message=${encodeURIComponent(message)}`;
}

/**
 * The welcome card sent on installation. The induction runs in a personal chat only, so in a
 * channel or group chat the card links to that chat instead of offering a button that cannot work there.
 */
export function welcomeCard(deps: Pick<Deps, 'kb' | 'config'>, scope: Scope, organisation?: string): Record<string, unknown> {
  const orgs = deps.kb.organisations.map((o) => o.shortName).join(', ');
  const intro = `I help children's social care staff find and use their organisation's practice principles. The guidance I quote comes from ${orgs || 'the organisations in this guide'}.`;
  const personal = scope === 'personal';
  const chatLink = personal ? '' : personalChatLink(deps.config.appId);
  const induction = personal
    ? 'New here? Start the induction: a few minutes at a time, one step per card.'
    : 'New starters: the induction runs in a personal chat with me, so your progress stays yours. Open a chat with Practice Guide and type induction.';
  return renderCard('welcome', {
    speak: `Hello, I'm the Practice Guide. ${intro} I don't give advice on individual cases and I'm not for emergencies. Please don't type names or case details. ${induction}`,
    intro,
    howToAsk: howToAsk(scope),
    induction,
    personal,
    chatLink,
    principlesData: principlesData(organisation),
  });
}

export interface HelpCommand { name: string; description: string; example?: string }

/** One command's line in help: its description as a sentence, then its example. */
export function helpLineText(c: HelpCommand): string {
  const description = sentence(c.description);
  return c.example ? `${description} Example: ${c.example}` : description;
}

/** The help card: every command with an example, and example questions. */
export function helpCard(deps: Pick<Deps, 'kb'>, commands: HelpCommand[], scope: Scope, organisation?: string): Record<string, unknown> {
  const examples = exampleQuestions(deps, organisation);
  return renderCard('help', {
    speak: `How to use the Practice Guide. ${howToAsk(scope)} For example: ${examples[0]}`,
    howToAsk: howToAsk(scope),
    // One TextBlock per example: Teams runs the lines of a single TextBlock together.
    examples: examples.map((q) => ({ text: `- ${q}` })),
    commands: commands.map((c) => ({ name: c.name, line: helpLineText(c) })),
    principlesData: principlesData(organisation),
  });
}

/** The about card: sources, and what is stored and for how long (the same list as `privacy`, so the two never disagree). */
export function aboutCard(deps: Pick<Deps, 'kb' | 'config'>): Record<string, unknown> {
  const days = deps.config.insightsRetentionDays;
  const { stored } = privacyView(deps.config);
  const sources = deps.kb.sources.map((s) => ({ publisher: s.publisher, line: `${s.title} (${s.dateLabel || s.date})` }));
  return renderCard('about', {
    speak: `About the Practice Guide. I quote practice guidance word for word and say where it comes from. I never store the text of your messages, except questions I could not answer clearly, with names and details removed, kept for ${days} days.`,
    intro: 'I quote published practice guidance word for word and say who published it and when. I don\'t give case advice. Text on these cards that is not quoted comes from the Practice Guide team, not from the sources.',
    sources,
    stored,
    neverStored: `I never store the text of your messages. The one exception: a question I could not answer, or answered only with 'did you mean', is kept for insights with names and case details removed, for ${days} days.`,
    guideUrl: `${deps.config.publicBaseUrl.replace(/\/+$/, '')}/guide`,
  });
}
