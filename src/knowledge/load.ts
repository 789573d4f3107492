/**
 * Loads and validates the human-edited knowledge base (organisations.yaml, sources.yaml, entries/*.yaml).
 * Every problem is collected and reported at once, naming file, entry id and field.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Checker, checkId, KEBAB, type Obj, readYaml, shown } from './load-check.js';
import type {
  Entry, EntryKind, EntryStatus, KnowledgeBase, Organisation, SourceDocument, SourceSection, UrlStatus,
} from './types.js';

/** Every kind an entry may have (mirrors EntryKind in types.ts). */
export const ENTRY_KINDS: readonly EntryKind[] = Object.freeze([
  'vision', 'mission', 'principle', 'model', 'model-element', 'outcome', 'right', 'priority', 'offer',
  'purpose', 'aim', 'regulation', 'commitment', 'statement', 'inspection', 'document-fact', 'overview',
] as EntryKind[]);

const ORGANISATION_FIELDS = ['id', 'name', 'shortName', 'aliases', 'askWho'] as const;
const SOURCE_FIELDS = ['id', 'organisation', 'seedFile', 'localCopy', 'sha256', 'title', 'publisher', 'date', 'dateLabel',
  'period', 'url', 'urlStatus', 'urlNote', 'sections'] as const;
const SECTION_FIELDS = ['anchor', 'heading', 'startLine'] as const;
const ENTRY_FIELDS = ['id', 'organisation', 'source', 'section', 'kind', 'title', 'quote', 'leadIn', 'related', 'questions', 'keywords', 'reflection',
  'status', 'generated', 'previousQuote'] as const;
/** Review states an entry may carry (absent = reviewed). */
export const ENTRY_STATUSES: readonly EntryStatus[] = ['draft', 'changed'];
/** Fields the importer may mark as generated. */
export const GENERATED_FIELDS = ['title', 'kind', 'questions', 'keywords', 'related'] as const;
const URL_STATUSES: readonly UrlStatus[] = ['official', 'may-move', 'third-party', 'none'];
/** ISO date or part of one; empty when the document is undated and no date is known. */
const PARTIAL_DATE = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/;

export class KnowledgeError extends Error {
  readonly code = 'knowledge_invalid';
  /** One line per problem: `<file>: entry "<id>" field "<field>": <what is wrong>`. */
  constructor(readonly problems: string[]) {
    super(`knowledge base is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
    this.name = 'KnowledgeError';
  }
}

function loadOrganisations(dir: string, c: Checker): Organisation[] {
  const file = shown(dir, 'organisations.yaml');
  const seen = new Set<string>();
  return c.list(readYaml(dir, 'organisations.yaml', c), 'organisations', file).map((o, i) => {
    const id = c.str(o, 'id', file, `organisation ${i + 1}`);
    const where = `organisation "${id}"`;
    checkId(id, file, where, seen, c);
    c.known(o, ORGANISATION_FIELDS, file, where);
    const aliases = c.strList(o, 'aliases', file, where, 1);
    for (const a of aliases) if (a !== a.toLowerCase()) c.add(file, where, 'aliases', `"${a}" must be lower case`);
    return {
      id, aliases,
      name: c.str(o, 'name', file, where),
      shortName: c.str(o, 'shortName', file, where),
      askWho: c.str(o, 'askWho', file, where),
    };
  });
}

/** Splits a copy into lines with trailing white space (including no-break spaces) removed. */
export function copyLines(text: string): string[] {
  return text.split('\n').map((l) => l.replace(/\s+$/u, ''));
}

function loadSections(o: Obj, file: string, where: string, text: string | undefined, c: Checker): SourceSection[] {
  const lines = text === undefined ? undefined : copyLines(text);
  const seen = new Set<string>();
  let lastIndex = -1;
  return c.list(o, 'sections', file).map((s, i) => {
    const anchor = c.str(s, 'anchor', file, `${where} section ${i + 1}`);
    const sw = `${where} section "${anchor}"`;
    c.known(s, SECTION_FIELDS, file, sw);
    if (anchor && !KEBAB.test(anchor)) c.add(file, sw, 'anchor', 'must be kebab-case');
    if (seen.has(anchor)) c.add(file, sw, 'anchor', 'is a duplicate');
    seen.add(anchor);
    const startLine = c.str(s, 'startLine', file, sw);
    if (lines && startLine) {
      // Searched after the previous section's line, so a heading repeated further down the copy can start a section.
    const index = lines.indexOf(startLine.replace(/\s+$/u, ''), lastIndex + 1);
      if (index < 0) {
        const anywhere = lines.indexOf(startLine.replace(/\s+$/u, '')) >= 0;
        c.add(file, sw, 'startLine', anywhere ? 'must come after the previous section' : 'is not a line of the local copy');
      }
      else lastIndex = index;
    }
    return { anchor, heading: c.str(s, 'heading', file, sw), startLine };
  });
}

function loadSources(dir: string, orgIds: Set<string>, c: Checker): SourceDocument[] {
  const file = shown(dir, 'sources.yaml');
  const seen = new Set<string>();
  return c.list(readYaml(dir, 'sources.yaml', c), 'sources', file).map((o, i) => {
    const id = c.str(o, 'id', file, `source ${i + 1}`);
    const where = `source "${id}"`;
    checkId(id, file, where, seen, c);
    c.known(o, SOURCE_FIELDS, file, where);
    const organisation = c.str(o, 'organisation', file, where);
    if (organisation && !orgIds.has(organisation)) c.add(file, where, 'organisation', `unknown organisation "${organisation}"`);
    const localCopy = c.str(o, 'localCopy', file, where);
    let text: string | undefined;
    if (localCopy) {
      try {
        text = readFileSync(join(dir, localCopy), 'utf8');
      } catch {
        c.add(file, where, 'localCopy', `cannot read ${localCopy}`);
      }
    }
    const sha256 = c.str(o, 'sha256', file, where);
    if (text !== undefined && sha256) {
      const actual = createHash('sha256').update(readFileSync(join(dir, localCopy))).digest('hex');
      if (actual !== sha256) c.add(file, where, 'sha256', `does not match ${localCopy} (its sha256 is ${actual})`);
    }
    const date = c.str(o, 'date', file, where, { empty: true });
    if (!PARTIAL_DATE.test(date)) c.add(file, where, 'date', 'must be YYYY, YYYY-MM or YYYY-MM-DD (empty if undated)');
    const urlStatus = c.str(o, 'urlStatus', file, where) as UrlStatus;
    if (urlStatus && !URL_STATUSES.includes(urlStatus)) c.add(file, where, 'urlStatus', `must be one of ${URL_STATUSES.join(', ')}`);
    const url = c.str(o, 'url', file, where, { optional: true }) || undefined;
    if (url && !/^https:\/\/\S+$/.test(url)) c.add(file, where, 'url', 'must be an https address');
    if (!url && URL_STATUSES.includes(urlStatus) && urlStatus !== 'none') c.add(file, where, 'url', `is required when urlStatus is "${urlStatus}"`);
    const period = c.str(o, 'period', file, where, { optional: true }) || undefined;
    const urlNote = c.str(o, 'urlNote', file, where, { optional: true }) || undefined;
    return {
      id, organisation, localCopy, date, urlStatus,
      seedFile: c.str(o, 'seedFile', file, where),
      title: c.str(o, 'title', file, where),
      publisher: c.str(o, 'publisher', file, where),
      dateLabel: c.str(o, 'dateLabel', file, where),
      ...(period ? { period } : {}),
      ...(url ? { url } : {}),
      ...(urlNote ? { urlNote } : {}),
      sections: loadSections(o, file, where, text, c),
      text: text ?? '',
    };
  });
}

interface RawEntry { entry: Entry; file: string }

function loadEntries(dir: string, c: Checker): RawEntry[] {
  let files: string[];
  try {
    files = readdirSync(join(dir, 'entries')).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch {
    c.add(shown(dir, 'entries'), 'folder', undefined, 'cannot be read');
    return [];
  }
  const out: RawEntry[] = [];
  for (const name of files) {
    const file = shown(dir, `entries/${name}`);
    for (const [i, o] of c.list(readYaml(dir, `entries/${name}`, c), 'entries', file).entries()) {
      const id = c.str(o, 'id', file, `entry ${i + 1}`);
      const where = `entry "${id}"`;
      c.known(o, ENTRY_FIELDS, file, where);
      const kind = c.str(o, 'kind', file, where) as EntryKind;
      if (kind && !ENTRY_KINDS.includes(kind)) c.add(file, where, 'kind', `must be one of ${ENTRY_KINDS.join(', ')}`);
      const reflection = c.str(o, 'reflection', file, where, { optional: true }) || undefined;
      const status = (c.str(o, 'status', file, where, { optional: true }) || undefined) as EntryStatus | undefined;
      if (status && !ENTRY_STATUSES.includes(status)) c.add(file, where, 'status', `must be one of ${ENTRY_STATUSES.join(', ')} (or left out once reviewed)`);
      const generated = c.strList(o, 'generated', file, where);
      for (const g of generated) if (!(GENERATED_FIELDS as readonly string[]).includes(g)) c.add(file, where, 'generated', `"${g}" is not a field the importer writes (${GENERATED_FIELDS.join(', ')})`);
      const previousQuote = c.str(o, 'previousQuote', file, where, { optional: true }) || undefined;
      const leadIn = c.str(o, 'leadIn', file, where, { optional: true }) || undefined;
      out.push({
        file,
        entry: {
          id, kind,
          organisation: c.str(o, 'organisation', file, where),
          source: c.str(o, 'source', file, where),
          section: c.str(o, 'section', file, where),
          title: c.str(o, 'title', file, where),
          quote: c.str(o, 'quote', file, where),
          ...(leadIn ? { leadIn } : {}),
          related: c.strList(o, 'related', file, where),
          questions: c.strList(o, 'questions', file, where, 1),
          keywords: c.strList(o, 'keywords', file, where, 1),
          ...(reflection ? { reflection } : {}),
          ...(status ? { status } : {}),
          ...(generated.length ? { generated } : {}),
          ...(previousQuote ? { previousQuote } : {}),
        },
      });
    }
  }
  return out;
}

/** Folds typographic quotes, dashes and white space, only to explain a near-miss quote. */
function fold(s: string): string {
  return s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ');
}

function checkEntryRefs(raw: RawEntry[], orgIds: Set<string>, sourceById: Map<string, SourceDocument>, c: Checker): void {
  const seen = new Set<string>();
  for (const { entry: e, file } of raw) checkId(e.id, file, `entry "${e.id}"`, seen, c);
  for (const { entry: e, file } of raw) {
    const where = `entry "${e.id}"`;
    if (e.organisation && !orgIds.has(e.organisation)) c.add(file, where, 'organisation', `unknown organisation "${e.organisation}"`);
    const src = sourceById.get(e.source);
    if (e.source && !src) c.add(file, where, 'source', `unknown source "${e.source}"`);
    if (!src) continue;
    if (e.organisation && src.organisation !== e.organisation) {
      c.add(file, where, 'organisation', `"${e.organisation}" differs from the organisation of source "${src.id}" ("${src.organisation}")`);
    }
    if (e.section && !src.sections.some((s) => s.anchor === e.section)) c.add(file, where, 'section', `no section "${e.section}" in source "${src.id}"`);
    for (const field of ['quote', 'leadIn'] as const) {
      const text = e[field];
      if (!text || !src.text || src.text.includes(text)) continue;
      const hint = fold(src.text).includes(fold(text)) ? ' (it differs only in quotes, dashes or spaces: copy them exactly)' : '';
      c.add(file, where, field, `not found verbatim in ${src.localCopy}${hint}`);
    }
    for (const r of e.related) {
      if (!seen.has(r)) c.add(file, where, 'related', `unknown entry id "${r}"`);
      if (r === e.id) c.add(file, where, 'related', 'must not list the entry itself');
    }
  }
}

/** Options of loadKnowledge. */
export interface LoadOptions {
  /** Answer from draft entries (written by the importer, not yet reviewed). Default true: drafts are live. */
  drafts?: boolean;
}

/** Leaves out draft entries (everything is validated first) and the references to them. */
function withoutDrafts(entries: Entry[]): Entry[] {
  const kept = entries.filter((e) => e.status !== 'draft');
  const ids = new Set(kept.map((e) => e.id));
  return kept.map((e) => (e.related.every((r) => ids.has(r)) ? e : { ...e, related: e.related.filter((r) => ids.has(r)) }));
}

/**
 * Loads the knowledge base from `dir` (the knowledge/ folder), synchronously; throws KnowledgeError listing every problem.
 * @example const kb = loadKnowledge('knowledge'); kb.entryById.get('kent-signs-of-safety')?.quote
 */
export function loadKnowledge(dir: string, options: LoadOptions = {}): KnowledgeBase {
  const c = new Checker();
  const organisations = loadOrganisations(dir, c);
  const orgIds = new Set(organisations.map((o) => o.id));
  const sources = loadSources(dir, orgIds, c);
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const raw = loadEntries(dir, c);
  checkEntryRefs(raw, orgIds, sourceById, c);
  if (c.problems.length > 0) throw new KnowledgeError(c.problems);
  const all = raw.map((r) => r.entry);
  const entries = options.drafts === false ? withoutDrafts(all) : all;
  return {
    organisations,
    sources,
    entries,
    entryById: new Map(entries.map((e) => [e.id, e])),
    sourceById,
    organisationById: new Map(organisations.map((o) => [o.id, o])),
  };
}
