/**
 * Card submits, a table keyed by data.action. Data comes from the user's client and may be
 * old, missing or tampered: every field is checked, and anything wrong gets a kind reply and
 * changes nothing.
 */
import { answerCard } from '../cards/answer.js';
import { aboutCard } from '../cards/info.js';
import { askWhoFor } from '../cards/no-answer.js';
import { principlesCard } from '../cards/principles.js';
import * as induction from '../induction/commands.js';
import * as prompts from '../prompts/commands.js';
import * as insights from '../safeguarding/insights/index.js';
import * as privacy from './privacy.js';
import { answerQuestion } from './answer.js';
import { allCommands } from './commands.js';
import type { Deps, SubmitAction } from './deps.js';
import { MAX_COMMENT_CHARS, saveFeedback } from './feedback.js';
import { MAX_QUESTION_CHARS } from './message.js';
import { organisationFor, rememberOrganisation } from './organisation.js';
import { REPLIES, say, show } from './replies.js';
import { PLACEHOLDER_SOURCE, screenText } from './safety.js';
import type { TurnInput, TurnOutput } from './types.js';

/** Ids are short slugs; anything else did not come from our cards. */
const ID = /^[a-z0-9][a-z0-9-]{0,119}$/;
const MAX_ACTION_CHARS = 40;

/** A string field that looks like an id, else undefined. */
function id(v: unknown): string | undefined {
  return typeof v === 'string' && ID.test(v) ? v : undefined;
}

const bad = (): TurnOutput => say(REPLIES.badSubmit);

const CORE: SubmitAction[] = [
  {
    name: 'ask',
    async run(deps, _input, data) {
      const entryId = id(data.entryId);
      if (!entryId) return bad();
      const entry = deps.kb.entryById.get(entryId);
      if (!entry) return { messages: [{ text: REPLIES.entryGone }] };
      return show(answerCard(deps, entry));
    },
  },
  {
    name: 'none',
    async run(deps, input) {
      return say(REPLIES.none(askWhoFor(deps, await organisationFor(deps, input.userId))));
    },
  },
  {
    name: 'feedback',
    async run(deps, input, data) {
      const entryId = id(data.entryId);
      const helpful = data.helpful === true || data.helpful === 'yes' ? true : data.helpful === false || data.helpful === 'no' ? false : undefined;
      const comment = data.comment;
      if (!entryId || helpful === undefined) return bad();
      if (comment !== undefined && (typeof comment !== 'string' || comment.length > MAX_COMMENT_CHARS)) return bad();
      if (!deps.kb.entryById.has(entryId)) return say(REPLIES.entryGone);
      await saveFeedback(deps, input.userId, entryId, helpful, comment);
      deps.logger.info({ event: 'feedback', entry: entryId, helpful, user: deps.hash(input.userId), comment: Boolean(comment?.trim()) }, 'feedback saved');
      return say(REPLIES.feedbackThanks(helpful));
    },
  },
  {
    name: 'chooseOrg',
    async run(deps, input, data) {
      const orgId = id(data.organisation);
      const org = orgId ? deps.kb.organisationById.get(orgId) : undefined;
      const question = data.question;
      if (!org || (question !== undefined && (typeof question !== 'string' || question.length > MAX_QUESTION_CHARS))) return bad();
      await rememberOrganisation(deps, input.userId, org.id);
      if (typeof question !== 'string' || !question.trim()) return say(REPLIES.orgChosen(org.name));
      // The carried question was redacted when the card was made, but the data is untrusted: screen it again.
      // Placeholders say it held personal data (the reminder was shown with the first reply).
      const screening = screenText(deps, question);
      const personalDataFound = screening.personalData.length > 0 || new RegExp(PLACEHOLDER_SOURCE).test(screening.redacted);
      // An urgent message already had the urgent card (and was recorded) when it was first sent.
      const answer = await answerQuestion(deps, input, {
        text: screening.redacted, personalDataFound, notices: [], organisation: org.id, followsUrgent: screening.urgent,
      });
      return answer.messages.length ? answer : say(REPLIES.orgChosen(org.name));
    },
  },
  {
    name: 'principles',
    async run(deps, input, data) {
      if (data.organisation !== undefined && !id(data.organisation)) return bad();
      const requested = id(data.organisation);
      const org = requested && deps.kb.organisationById.has(requested) ? requested : await organisationFor(deps, input.userId);
      return show(principlesCard(deps, org));
    },
  },
  { name: 'help', run: (deps, input) => runCommand(deps, input, 'help') },
  { name: 'about', run: async (deps) => show(aboutCard(deps)) },
];

async function runCommand(deps: Deps, input: TurnInput, name: string): Promise<TurnOutput> {
  const command = allCommands().find((c) => c.name === name);
  return command ? command.run(deps, input, '') : bad();
}

/** Every submit action: the core ones first, then the features' (first name wins). */
export function allSubmitActions(): SubmitAction[] {
  const seen = new Set<string>();
  return [...CORE, ...induction.submitActions, ...prompts.submitActions, ...insights.submitActions, ...privacy.submitActions].filter((a) => {
    if (seen.has(a.name)) return false;
    seen.add(a.name);
    return true;
  });
}

/** Handles TurnKind 'submit': routes by data.action, refusing anything malformed. */
export async function onSubmit(deps: Deps, input: TurnInput): Promise<TurnOutput> {
  const data = input.value;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return bad();
  const action = (data as Record<string, unknown>).action;
  if (typeof action !== 'string' || action.length > MAX_ACTION_CHARS) return bad();
  const handler = allSubmitActions().find((a) => a.name === action);
  if (!handler) {
    deps.logger.info({ event: 'submit', outcome: 'unknown_action', user: deps.hash(input.userId) }, 'unknown submit action');
    return bad();
  }
  deps.logger.info({ event: 'submit', action, user: deps.hash(input.userId) }, 'submit');
  return handler.run(deps, input, data as Record<string, unknown>);
}
