/**
 * A typed message, in order: reject empty or letter-less text kindly, screen it (urgent → the
 * urgent card first, then the answer to any guidance question it holds), then small talk, then
 * commands, then the guide. User text is never echoed: only the redacted form is searched,
 * carried in buttons or stored.
 */
import { recordQuestion } from '../safeguarding/insights/index.js';
import { smalltalkReply } from './smalltalk.js';
import { answerQuestion } from './answer.js';
import { commandElsewhere, elsewhereReply, matchCommand } from '../kernel/commands.js';
import type { Deps } from '../kernel/deps.js';
import { organisationFor } from './organisation.js';
import { REPLIES, say, show } from '../kernel/replies.js';
import { PERSONAL_DATA_NOTICE, riskPointer, screenText, urgentCard } from '../safeguarding/screen.js';
import type { TurnInput, TurnOutput } from '../kernel/types.js';

/** Questions are a sentence or two; past this we search the first part and say so. */
export const MAX_QUESTION_CHARS = 2000;

/** Turns HTML or markdown into plain words for searching: tags, entities and markup characters go. */
export function plainText(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/gi, (_, e: string) => ({ nbsp: ' ', amp: '&', lt: ' ', gt: ' ', quot: '"', '#39': "'", apos: "'" })[e.toLowerCase()] ?? ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_~`#>|\\[\]{}<]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Handles TurnKind 'message'. */
export async function onMessage(deps: Deps, input: TurnInput): Promise<TurnOutput> {
  const raw = typeof input.text === 'string' ? input.text : '';
  if (!raw.trim()) return say(REPLIES.empty);
  const truncated = raw.length > MAX_QUESTION_CHARS;
  const text = plainText(truncated ? raw.slice(0, MAX_QUESTION_CHARS) : raw);
  if (!/\p{L}/u.test(text)) return say(REPLIES.noLetters);

  const screening = screenText(deps, text);
  const user = deps.hash(input.userId);
  const personalDataFound = screening.personalData.length > 0;
  if (screening.urgent) return urgentFirst(deps, input, screening.redacted, personalDataFound);
  const notices: string[] = [];
  if (truncated) notices.push(REPLIES.truncated(MAX_QUESTION_CHARS));
  if (personalDataFound) notices.push(PERSONAL_DATA_NOTICE);

  if (!personalDataFound) {
    const chat = smalltalkReply(screening.redacted);
    if (chat) return say(chat);
    const match = matchCommand(screening.redacted, input.scope, deps.tables.commands);
    if (match) {
      const out = await match.command.run(deps, input, match.args);
      deps.logger.info({ event: 'command', command: match.command.name, user }, 'command');
      return out;
    }
    const elsewhere = commandElsewhere(screening.redacted, input.scope, deps.tables.commands);
    if (elsewhere) {
      deps.logger.info({ event: 'command', command: elsewhere.name, user, outcome: 'wrong_scope' }, 'command typed where it does not work');
      return say(elsewhereReply(elsewhere));
    }
  }
  if (screening.riskTopic) notices.push(riskPointer(deps.config, await organisationFor(deps, input.userId)));
  return answerQuestion(deps, input, { text: screening.redacted, personalDataFound, notices });
}

/**
 * Urgent risk: the urgent card comes first, recorded as urgent (never the text). A guidance question
 * in the message (questionPart) is then searched; its answer follows the card (a false alarm still
 * gets its guidance), and no answer adds nothing under the card and stores nothing.
 */
async function urgentFirst(deps: Deps, input: TurnInput, redacted: string, personalDataFound: boolean): Promise<TurnOutput> {
  const user = deps.hash(input.userId);
  const organisation = await organisationFor(deps, input.userId);
  deps.logger.info({ event: 'question', user, outcome: 'urgent' }, 'urgent message');
  await recordQuestion(deps, { at: deps.now(), organisation, outcome: 'urgent', confidence: 0, user, personalDataFound });
  const card = show(await urgentCard(deps, organisation));
  const question = questionPart(redacted);
  if (!question) return card;
  const notices = personalDataFound ? [PERSONAL_DATA_NOTICE] : [];
  const answer = await answerQuestion(deps, input, { text: question, personalDataFound, notices, organisation, followsUrgent: true });
  return { messages: [...card.messages, ...answer.messages] };
}

const QUESTION_WORD = /^(what|whats|what's|how|who|whos|when|where|why|which|is|are|do|does|can|could|should|would|will|any|have|has)\b/i;

/**
 * The question a message asks, if any: from the first clause that opens with a question word to the
 * end, else the last sentence when it ends with "?". "dad hit her last night - what does kent say
 * about consent?" → "what does kent say about consent?"; "my yp is missing" → undefined.
 */
export function questionPart(text: string): string | undefined {
  const clauses = text.split(/(?<=[.!?;:,\n])\s+|\s+[-\u2013\u2014]\s+/).map((c) => c.trim()).filter(Boolean);
  const first = clauses.findIndex((c) => QUESTION_WORD.test(c));
  if (first >= 0) return clauses.slice(first).join(' ');
  const last = text.split(/(?<=[.!?\n])\s+/).map((c) => c.trim()).filter(Boolean).at(-1);
  return last?.endsWith('?') ? last : undefined;
}
