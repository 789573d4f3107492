/** The principles list: each organisation's principles as buttons that open the quoted entry. */
import type { Deps } from '../conversation/deps.js';
import type { Entry, EntryKind } from '../knowledge/types.js';
import { renderCard } from './render.js';
import { MAX_ACTIONS_PER_SET } from './validate.js';

/** What to list when an organisation states no principles as such. */
const FALLBACK_KINDS: EntryKind[] = ['vision', 'mission', 'model', 'purpose', 'aim'];

/** Entries to list for an organisation: its principles, else its vision, mission, model, purpose or aims. */
export function principleEntries(deps: Pick<Deps, 'kb'>, organisation: string): Entry[] {
  const own = deps.kb.entries.filter((e) => e.organisation === organisation);
  const principles = own.filter((e) => e.kind === 'principle');
  return principles.length ? principles : own.filter((e) => FALLBACK_KINDS.includes(e.kind));
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Renders the principles of one organisation, or of every organisation when none is given. */
export function principlesCard(deps: Pick<Deps, 'kb'>, organisation?: string): Record<string, unknown> {
  const orgs = organisation
    ? deps.kb.organisations.filter((o) => o.id === organisation)
    : deps.kb.organisations;
  const groups = orgs.map((o) => {
    const entries = principleEntries(deps, o.id);
    const docs = [...new Set(entries.map((e) => deps.kb.sourceById.get(e.source)?.title).filter(Boolean))];
    const items = entries.map((e) => ({ title: e.title, data: { action: 'ask', entryId: e.id } }));
    return { name: o.name, document: docs.length ? `From: ${docs.join('; ')}` : 'No principles in this guide', chunks: chunk(items, MAX_ACTIONS_PER_SET).map((c) => ({ items: c })), count: items.length };
  }).filter((g) => g.count > 0);
  const heading = organisation && orgs[0] ? `Practice principles: ${orgs[0].name}` : 'Practice principles in this guide';
  return renderCard('principles', {
    speak: `${heading}. ${groups.map((g) => `${g.name}: ${g.chunks.flatMap((c) => c.items.map((i) => i.title)).join(', ')}`).join('. ')}`,
    heading,
    groups,
  });
}
