/** Answers a (screened, redacted) question from the guide: search → answer, did-you-mean, no-answer or ask-organisation. */
import { searchableText } from '../safeguarding/screen.js';
import { answerCard } from '../cards/answer.js';
import { askOrganisationCard, didYouMeanCard, MAX_CANDIDATES } from '../cards/choices.js';
import { noAnswerCard } from '../cards/no-answer.js';
import type { SearchResult } from '../knowledge/types.js';
import { recordQuestion, type QuestionOutcome } from '../safeguarding/insights/index.js';
import type { Deps } from '../kernel/deps.js';
import { organisationFor } from './organisation.js';
import { show } from '../kernel/replies.js';
import type { TurnInput, TurnOutput } from '../kernel/types.js';

export interface Question {
  /** The redacted question: the only form that is searched, carried in buttons or stored. */
  text: string;
  personalDataFound: boolean;
  /** Lines of ours shown above the result (reminders, the risk pointer). */
  notices: string[];
  /** The organisation to search, when already known (e.g. just chosen). */
  organisation?: string;
  /** Asked in a message that got the urgent card first: that turn is recorded as urgent, so record nothing here, and add nothing when there is no answer. */
  followsUrgent?: boolean;
}

const OUTCOMES: Record<SearchResult['outcome'], QuestionOutcome> = {
  answer: 'answered', 'did-you-mean': 'did-you-mean', 'no-answer': 'no-answer', 'ask-organisation': 'ask-organisation',
};

/** Searches and builds the reply; records the question for insights afterwards (never failing the turn). */
export async function answerQuestion(deps: Deps, input: TurnInput, q: Question): Promise<TurnOutput> {
  const organisation = q.organisation ?? (await organisationFor(deps, input.userId));
  const chosen = q.organisation !== undefined;
  const result = deps.search(q.personalDataFound ? searchableText(q.text) : q.text, { organisation, ...(chosen ? { chosen } : {}) });
  const notice = q.notices.join('\n\n');
  const top = result.hits[0]?.entry;
  let outcome = result.outcome;
  let output: TurnOutput;
  if (outcome === 'answer' && top) {
    output = show(answerCard(deps, top, notice, result.companions));
  } else if (outcome === 'ask-organisation' && !organisation && deps.kb.organisations.length > 1) {
    const only = [...new Set(result.hits.map((h) => h.entry.organisation))];
    // The best hit of each organisation (hits are ranked), so the card can quote how each guide answers.
    const previews = only.map((org) => result.hits.find((h) => h.entry.organisation === org)!.entry);
    output = show(askOrganisationCard(deps, {
      previews,
      // Already redacted: placeholders stand where the details were, so it can travel in the buttons.
      question: q.text,
      only: only.length > 1 ? only : undefined,
      notice,
    }));
  } else if ((outcome === 'did-you-mean' || outcome === 'ask-organisation') && result.hits.length > 0) {
    // An organisation is already known (or there is only one): offer the candidates instead of asking.
    outcome = 'did-you-mean';
    output = show(didYouMeanCard(deps, result.hits.slice(0, MAX_CANDIDATES).map((h) => h.entry), notice));
  } else {
    outcome = 'no-answer';
    if (q.followsUrgent) return { messages: [] };
    output = show(noAnswerCard(deps, organisation ?? result.organisation, notice));
  }
  deps.logger.info({ event: 'question', user: deps.hash(input.userId), outcome, confidence: result.confidence, entry: outcome === 'answer' ? top?.id : undefined, organisation, personalData: q.personalDataFound }, 'question answered');
  if (!q.followsUrgent) await record(deps, input, q, outcome, result, organisation);
  return output;
}

async function record(deps: Deps, input: TurnInput, q: Question, outcome: SearchResult['outcome'], result: SearchResult, organisation?: string): Promise<void> {
  try {
    await recordQuestion(deps, {
      at: deps.now(),
      organisation: organisation ?? result.organisation,
      outcome: OUTCOMES[outcome],
      entryId: outcome === 'answer' ? result.hits[0]?.entry.id : undefined,
      confidence: result.confidence,
      user: deps.hash(input.userId),
      redactedQuestion: outcome === 'no-answer' || outcome === 'did-you-mean' ? q.text : undefined,
      personalDataFound: q.personalDataFound,
    });
  } catch (err) {
    deps.logger.warn({ code: 'insights_record_failed', err: (err as Error).name }, 'could not record the question');
  }
}
