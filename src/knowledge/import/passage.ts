/** A passage of an imported document, before ids and aids (see passages.ts, drafts.ts). */
import type { EntryKind } from '../types.js';

/** A passage before ids and aids: where it is and what it says. */
export interface Passage {
  kind: EntryKind;
  title: string;
  quote: string;
  section: string;
  /** Words that set its context (its heading, its list's lead-in): used for keywords. */
  context: string;
  /** For an item: its list's name. */
  listName?: string;
  /** For an overview: its items' short names. */
  items?: string[];
  /** For an item: the index of its overview in the passages array. */
  overview?: number;
  /** For an item: its place in its list, from 1. */
  position?: number;
  /** For an item of a list whose initials spell a word of its lead-in or heading ("ASPIRE"): that word. */
  acronym?: string;
  /** For an overview: the kind of its items. */
  itemKind?: EntryKind;
}
