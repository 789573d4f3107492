/**
 * A new organisation for organisations.yaml, made from its id (and full name, when given): a short name, and the
 * aliases staff are likely to type (its name, the name's distinctive first word, its initials).
 *
 * @example newOrganisation('north-shire', 'North Shire Council').aliases // ['north shire', 'north shire council', 'nsc']
 */
import type { Organisation } from '../types.js';

/** Words in organisation names that say what kind of body it is, not which one. */
const GENERIC = new Set(['council', 'county', 'borough', 'city', 'district', 'london', 'royal', 'metropolitan', 'of', 'the', 'and',
  'children', 'childrens', "children's", 'services', 'safeguarding', 'board', 'partnership', 'trust', 'social', 'care']);
/** Initials of at least this many letters become an alias ("kcc"); two letters collide with ordinary words. */
const MIN_INITIALS = 3;
/** Who to ask, by default, when the guide has no answer: a role, never a person. */
export const DEFAULT_ASK_WHO = 'your team manager or your Principal Social Worker';

const titleCase = (s: string): string => s.replace(/\b[a-z]/g, (c) => c.toUpperCase());

/** Builds the organisation record (see the file comment). */
export function newOrganisation(id: string, name?: string): Organisation {
  const full = name?.trim() || titleCase(id.replace(/-/g, ' '));
  const words = full.toLowerCase().split(/[^a-z0-9']+/).filter(Boolean);
  const distinctive = words.filter((w) => !GENERIC.has(w));
  const shortName = titleCase(distinctive.join(' ')) || full;
  const aliases = new Set<string>([id.replace(/-/g, ' '), full.toLowerCase(), shortName.toLowerCase()]);
  if (distinctive[0] && distinctive[0].length >= 4) aliases.add(distinctive[0]);
  const initials = words.filter((w) => w !== 'of' && w !== 'the' && w !== 'and').map((w) => w[0]).join('');
  if (initials.length >= MIN_INITIALS) aliases.add(initials);
  return { id, name: full, shortName, aliases: [...aliases], askWho: DEFAULT_ASK_WHO };
}
