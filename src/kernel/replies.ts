/** Short, kind replies of our own, in one place so tone stays consistent. None echoes user text. */
import type { OutMessage, TurnOutput } from './types.js';

export const REPLIES = Object.freeze({
  empty: 'Hello! Ask me a question about practice principles, for example "what does strengths based mean?", or type help.',
  noLetters: 'Thanks! I can only answer questions in words. Try something like "what are our practice principles?", or type help.',
  truncated: (max: number) => `Your message was long, so I searched only its first ${max.toLocaleString('en-GB')} characters.`,
  error: 'Sorry, something went wrong on my side and I couldn\'t finish that. Please try again in a moment.',
  badSubmit: 'Sorry, I couldn\'t act on that button. It may be from an old card. Type help to see what I can do.',
  entryGone: 'That guidance is no longer in the guide: it may have been updated or removed. Type help, or ask your question again.',
  none: (askWho: string) => `Thanks for saying. Try asking in other words; if the guide doesn't cover it, ${askWho} can help.`,
  feedbackThanks: (helpful: boolean) => helpful ? 'Thanks: glad that helped. Your rating is saved.' : 'Thanks for telling me. Your rating is saved and helps us improve the guide.',
  feedbackCommentDropped: ' I kept your rating but not your comment, as comments can\'t be checked for personal details yet.',
  orgChosen: (name: string) => `Done: I'll use ${name}'s guidance for your questions. Ask away.`,
  orgUnknown: 'I don\'t know that organisation. Choose one from the list.',
});

/** One plain-text message: `say('Hello')`. */
export function say(text: string): TurnOutput {
  return { messages: [{ text }] };
}

/** One card message, with optional text alongside. */
export function show(card: Record<string, unknown>, text?: string): TurnOutput {
  const message: OutMessage = { card };
  if (text) message.text = text;
  return { messages: [message] };
}
