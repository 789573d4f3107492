/**
 * A typed message, in order: reject empty or letter-less text kindly, screen it (urgent → the
 * urgent card and nothing else), then small talk, then commands, then the guide. User text is
 * never echoed: only the redacted form is searched, carried in buttons or stored.
 */
import { recordQuestion } from '../safeguarding/insights/index.js';
import { smalltalkReply } from './smalltalk.js';
import { answerQuestion } from './answer.js';
import { matchCommand } from './commands.js';
import type { Deps } from './deps.js';
import { organisationFor } from './organisation.js';
import { REPLIES, say, show } from './replies.js';
import { PERSONAL_DATA_NOTICE, riskPointer, screenText, urgentCard } from './safety.js';
import type { TurnInput, TurnOutput } from './types.js';

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
  if (screening.urgent) {
    const organisation = await organisationFor(deps, input.userId);
    deps.logger.info({ event: 'question', user, outcome: 'urgent' }, 'urgent message');
    await recordQuestion(deps, { at: deps.now(), organisation, outcome: 'urgent', confidence: 0, user, personalDataFound: screening.personalData.length > 0 })
      .catch(() => deps.logger.warn({ code: 'insights_record_failed' }, 'could not record the question'));
    return show(await urgentCard(deps, organisation));
  }
  const personalDataFound = screening.personalData.length > 0;
  const notices: string[] = [];
  if (truncated) notices.push(REPLIES.truncated(MAX_QUESTION_CHARS));
  if (personalDataFound) notices.push(PERSONAL_DATA_NOTICE);

  if (!personalDataFound) {
    const chat = smalltalkReply(screening.redacted);
    if (chat) return say(chat);
    const match = matchCommand(screening.redacted, input.scope);
    if (match) {
      const out = await match.command.run(deps, input, match.args);
      deps.logger.info({ event: 'command', command: match.command.name, user }, 'command');
      return out;
    }
  }
  if (screening.riskTopic) notices.push(riskPointer(deps.config, await organisationFor(deps, input.userId)));
  return answerQuestion(deps, input, { text: screening.redacted, personalDataFound, notices });
}
