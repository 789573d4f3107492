/** The no-answer card: says plainly there is no guidance on that here, suggests rephrasing, says who to ask. */
import type { Deps } from '../kernel/deps.js';
import { renderCard } from './render.js';

/** Said when neither the deployment nor the organisation names anyone. */
export const DEFAULT_ASK_WHO = 'your team manager or practice supervisor';

/** Who to ask when the guide has no answer: config per organisation, then config "*", then the organisation's own. */
export function askWhoFor(deps: Pick<Deps, 'kb' | 'config'>, organisation?: string): string {
  const fromConfig = (organisation && deps.config.askWho[organisation]) || deps.config.askWho['*'];
  return fromConfig || (organisation && deps.kb.organisationById.get(organisation)?.askWho) || DEFAULT_ASK_WHO;
}

/** Renders the no-answer card; `notice` is an optional line of ours above it. */
export function noAnswerCard(deps: Pick<Deps, 'kb' | 'config'>, organisation?: string, notice = ''): Record<string, unknown> {
  const org = organisation ? deps.kb.organisationById.get(organisation) : undefined;
  const askWho = askWhoFor(deps, organisation);
  const lead = org
    ? `I looked in ${org.name}'s guidance and the rest of this guide, and none of it covers that. I won't stretch a passage to fit.`
    : 'None of the guidance in this guide covers that, and I won\'t stretch a passage to fit.';
  return renderCard('no-answer', {
    speak: `There's no guidance on that in this guide. Try other words, or ask ${askWho}.`,
    notice,
    lead,
    askWho,
    principlesData: { action: 'principles', ...(org ? { organisation: org.id } : {}) },
  });
}
