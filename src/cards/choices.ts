/** Cards that ask the user to choose: did-you-mean candidates, and which organisation they mean. */
import type { Deps } from '../kernel/deps.js';
import type { Entry } from '../knowledge/types.js';
import { quoteBlocks } from './quote.js';
import { renderCard } from './render.js';

/** Three candidates is what people can compare at a glance; more reads as a search result page. */
export const MAX_CANDIDATES = 3;
/** One ActionSet holds at most 6 buttons in Teams. */
export const MAX_ORGANISATION_BUTTONS = 6;

/** Did-you-mean: up to three entries as buttons plus "None of these". */
export function didYouMeanCard(deps: Pick<Deps, 'kb'>, entries: Entry[], notice = ''): Record<string, unknown> {
  const candidates = entries.slice(0, MAX_CANDIDATES).map((e, i) => {
    const org = deps.kb.organisationById.get(e.organisation);
    const source = deps.kb.sourceById.get(e.source);
    return {
      number: i + 1,
      title: org ? `${e.title} (${org.shortName})` : e.title,
      source: [org?.name, source?.title].filter(Boolean).join(', '),
      quote: e.quote,
      quoteBlocks: quoteBlocks(e.quote),
      data: { action: 'ask', entryId: e.id },
    };
  });
  return renderCard('did-you-mean', {
    speak: `Did you mean one of these? ${candidates.map((c) => c.title).join('; ')}; or none of these.`,
    notice,
    candidates,
    noneData: { action: 'none' },
  });
}

export interface AskOrganisationOptions {
  /** The (redacted) question to ask again once chosen; omit when it held personal data. */
  question?: string;
  /** Ask the user to type the question again (it was not carried in the buttons). */
  retype?: boolean;
  /** Only these organisations (ids), e.g. the ones the hits came from. */
  only?: string[];
  notice?: string;
  /** The closest entry of each organisation, quoted so people can see how the guides differ. */
  previews?: Entry[];
}

/** Ask-organisation: a button per organisation, each carrying {action:'chooseOrg', organisation, question?}. */
export function askOrganisationCard(deps: Pick<Deps, 'kb'>, options: AskOrganisationOptions = {}): Record<string, unknown> {
  const wanted = options.only?.length ? deps.kb.organisations.filter((o) => options.only!.includes(o.id)) : deps.kb.organisations;
  const organisations = (wanted.length ? wanted : deps.kb.organisations).slice(0, MAX_ORGANISATION_BUTTONS).map((o) => ({
    name: o.name,
    data: { action: 'chooseOrg', organisation: o.id, ...(options.question ? { question: options.question } : {}) },
  }));
  return renderCard('ask-organisation', {
    speak: `Which organisation's guidance do you mean? ${organisations.map((o) => o.name).join('; ')}.`,
    notice: options.notice ?? '',
    retype: Boolean(options.retype),
    organisations,
    previews: (options.previews ?? []).slice(0, MAX_ORGANISATION_BUTTONS).map((e) => ({
      organisation: deps.kb.organisationById.get(e.organisation)?.name ?? e.organisation,
      title: e.title,
      quote: e.quote,
      quoteBlocks: quoteBlocks(e.quote),
    })),
  });
}
