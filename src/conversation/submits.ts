/**
 * The answering capability's card submits, its rows of the submits table (dispatched by data.action
 * in src/kernel/submits.ts). Data comes from the user's client and may be old, missing or tampered:
 * every field is checked, and anything wrong gets a kind reply and changes nothing.
 */
import { answerCard } from '../cards/answer.js';
import { aboutCard } from '../cards/info.js';
import { askWhoFor } from '../cards/no-answer.js';
import { principlesCard } from '../cards/principles.js';
import { answerQuestion } from './answer.js';
import type { Deps, SubmitAction } from '../kernel/deps.js';
import { MAX_COMMENT_CHARS, saveFeedback } from './feedback.js';
import { MAX_QUESTION_CHARS } from './message.js';
import { organisationFor, rememberOrganisation } from './organisation.js';
import { REPLIES, say, show } from '../kernel/replies.js';
import { PLACEHOLDER_SOURCE, screenText } from '../safeguarding/screen.js';
import type { TurnInput, TurnOutput } from '../kernel/types.js';

/** Ids are short slugs; anything else did not come from our cards. */
const ID = /^[a-z0-9][a-z0-9-]{0,119}$/;

/** A string field that looks like an id, else undefined. */
function id(v: unknown): string | undefined {
  return typeof v === 'string' && ID.test(v) ? v : undefined;
}

const bad = (): TurnOutput => say(REPLIES.badSubmit);

/** The core submit actions, dispatched before the features' ones. */
export const submitActions: SubmitAction[] = [
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
  const command = deps.tables.commands.find((c) => c.name === name);
  return command ? command.run(deps, input, '') : bad();
}
