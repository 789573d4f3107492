/**
 * Which organisation's guidance a user means: the deployment's default, else the user's remembered
 * choice (user/<hash>/org), else ask when it matters.
 */
import type { KnowledgeBase, Organisation } from '../knowledge/types.js';
import type { Deps } from '../kernel/deps.js';

/** Storage key of a user's chosen organisation. */
export function orgKey(deps: Pick<Deps, 'hash'>, userId: string): string {
  return `user/${deps.hash(userId)}/org`;
}

/** The organisation to search first for this user, or undefined when none is set or remembered. */
export async function organisationFor(deps: Deps, userId: string): Promise<string | undefined> {
  const fixed = deps.config.defaultOrganisation;
  if (fixed && deps.kb.organisationById.has(fixed)) return fixed;
  try {
    const key = orgKey(deps, userId);
    const saved = (await deps.storage.read([key]))[key]?.organisation;
    return typeof saved === 'string' && deps.kb.organisationById.has(saved) ? saved : undefined;
  } catch (err) {
    deps.logger.warn({ code: 'org_read_failed', err: (err as Error).name }, 'could not read the chosen organisation');
    return undefined;
  }
}

/** Remembers a user's organisation choice (last write wins). */
export async function rememberOrganisation(deps: Deps, userId: string, organisation: string): Promise<void> {
  await deps.storage.write({ [orgKey(deps, userId)]: { organisation, at: deps.now(), eTag: '*' } });
}

/** Finds an organisation named in a few words: id, alias, short or full name (case-insensitive). */
export function findOrganisation(kb: KnowledgeBase, words: string): Organisation | undefined {
  const w = words.toLowerCase().replace(/[^a-z0-9 -]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!w) return undefined;
  return kb.organisations.find((o) => [o.id, o.shortName, o.name, ...o.aliases].some((n) => n.toLowerCase() === w))
    ?? kb.organisations.find((o) => [o.id, o.shortName, ...o.aliases].some((n) => ` ${w} `.includes(` ${n.toLowerCase()} `)));
}
