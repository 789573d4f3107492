/**
 * The principles list: each organisation's principles as buttons that open the quoted entry. An
 * organisation that states no principles as such (Kent) gets what it does state: its vision,
 * mission, model, purpose, aims and commitments, and the card says so rather than calling them principles.
 */
import type { Deps } from '../kernel/deps.js';
import type { Entry, EntryKind } from '../knowledge/types.js';
import { entryButtons } from './buttons.js';
import { renderCard } from './render.js';

/** What to list when an organisation states no principles as such, in this order. */
const FALLBACK_KINDS: EntryKind[] = ['vision', 'mission', 'model', 'purpose', 'aim', 'commitment'];
/** How the card names each fallback kind, in the plural. */
const KIND_PLURALS: Partial<Record<EntryKind, string>> = {
  vision: 'vision', mission: 'mission', model: 'model of practice', purpose: 'purpose', aim: 'aims', commitment: 'commitments',
};

/** Entries to list for an organisation: its principles, else its vision, mission, model, purpose, aims and commitments. */
export function principleEntries(deps: Pick<Deps, 'kb'>, organisation: string): Entry[] {
  const own = deps.kb.entries.filter((e) => e.organisation === organisation);
  const principles = own.filter((e) => e.kind === 'principle');
  if (principles.length) return principles;
  return FALLBACK_KINDS.flatMap((kind) => own.filter((e) => e.kind === kind));
}

/** "vision and commitments": what the listed entries are, in words. */
function whatListed(entries: Entry[]): string {
  const kinds = [...new Set(entries.map((e) => e.kind))].map((k) => KIND_PLURALS[k] ?? k);
  return kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} and ${kinds[kinds.length - 1]}` : kinds[0] ?? 'principles';
}

/** Renders the principles of one organisation, or of every organisation when none is given. */
export function principlesCard(deps: Pick<Deps, 'kb'>, organisation?: string): Record<string, unknown> {
  const orgs = organisation
    ? deps.kb.organisations.filter((o) => o.id === organisation)
    : deps.kb.organisations;
  const groups = orgs.map((o) => {
    const entries = principleEntries(deps, o.id);
    const principles = entries.some((e) => e.kind === 'principle');
    const docs = [...new Set(entries.map((e) => deps.kb.sourceById.get(e.source)?.title).filter(Boolean))];
    const buttons = entryButtons(entries);
    const note = principles ? '' : `${o.shortName} states no practice principles as such; here are its ${whatListed(entries)}.`;
    return {
      name: o.name,
      document: docs.length ? `From ${docs.join('; ')}` : 'No principles in this guide',
      note,
      ...buttons,
      count: entries.length,
    };
  }).filter((g) => g.count > 0);
  const only = organisation && orgs[0] ? groups[0] : undefined;
  const heading = only
    ? (only.note ? `${orgs[0].name}: ${whatListed(principleEntries(deps, orgs[0].id))}` : `Practice principles: ${orgs[0].name}`)
    : 'Practice principles in this guide';
  return renderCard('principles', {
    speak: `${heading}. ${groups.map((g) => `${g.name}: ${g.note ? `${g.note} ` : ''}${g.titles.join(', ')}`).join('. ')}`,
    heading,
    groups,
  });
}
