/**
 * Imports a guidance document into a knowledge folder: the faithful local copy with its sections, the source
 * record (with sha256), the organisation if new, and draft entries. A second import of the same document (same
 * id) keeps what did not change, marks what changed and lists what went (see merge.ts). All or nothing.
 *
 * @example await importDocument({ file: 'principles.docx', knowledgeDir: 'knowledge', organisation: 'northwood' })
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { KEBAB } from '../load-check.js';
import { KnowledgeError, loadKnowledge } from '../load.js';
import type { Entry, KnowledgeBase, Organisation, SourceDocument, SourceSection } from '../types.js';
import { draftsOf } from './drafts.js';
import { commitFiles, editEntriesFile, newEntriesFile, upsertRecord } from './files.js';
import { mergeDrafts, type MergeResult } from './merge.js';
import { newOrganisation } from './organisation.js';
import { outline, slug } from './outline.js';
import { DATE_LINE, passagesOf } from './passages.js';
import { ImportError, readDocument } from './read.js';

export interface ImportOptions {
  file: string;
  knowledgeDir: string;
  organisation: string;
  /** Full name of a new organisation (default: its id in title case). */
  organisationName?: string;
  /** Document id (default: the file's name); a repeat import of a revised file under another name passes it. */
  id?: string;
  title?: string;
  publisher?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  url?: string;
}

export interface ImportResult extends Omit<MergeResult, 'entries'> {
  document: string;
  /** True when the document was new to the knowledge base. */
  created: boolean;
  organisationAdded: boolean;
  /** Files written, relative to the knowledge folder. */
  files: string[];
  format: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** An ISO date (or part) from a date line: "Page last updated: 24 April 2024" → "2024-04-24". */
export function dateFrom(line: string): string {
  const m = /\b(\d{1,2})?\s*(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d{2})\b/i.exec(line);
  if (m) {
    const month = String(MONTHS.indexOf(m[2].toLowerCase()) + 1).padStart(2, '0');
    return m[1] ? `${m[3]}-${month}-${m[1].padStart(2, '0')}` : `${m[3]}-${month}`;
  }
  return /\b((?:19|20)\d{2})\b/.exec(line)?.[1] ?? '';
}

function checkOptions(o: ImportOptions): void {
  if (!KEBAB.test(o.organisation)) throw new ImportError('import_bad_option', `--organisation "${o.organisation}" must be an id in kebab-case, such as northwood or north-shire`);
  if (o.id !== undefined && !KEBAB.test(o.id)) throw new ImportError('import_bad_option', `--id "${o.id}" must be kebab-case`);
  if (o.date && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(o.date)) throw new ImportError('import_bad_option', `--date "${o.date}" must be YYYY, YYYY-MM or YYYY-MM-DD`);
  if (o.url && !/^https:\/\/\S+$/.test(o.url)) throw new ImportError('import_bad_option', `--url "${o.url}" must be an https address`);
}

function loadExisting(dir: string): KnowledgeBase {
  try {
    return loadKnowledge(dir);
  } catch (err) {
    if (err instanceof KnowledgeError) throw new ImportError('import_invalid_result', `the knowledge base already has problems; run "npm run knowledge -- check" and fix them first:\n  ${err.problems.join('\n  ')}`);
    throw err;
  }
}

/** The source record as written to sources.yaml. */
function sourceRecord(o: ImportOptions, id: string, title: string, text: string, sections: SourceSection[], org: Organisation, old?: SourceDocument): Record<string, unknown> {
  const dateLine = text.split('\n').map((l) => l.trim()).find((l) => l.length < 80 && DATE_LINE.test(l));
  const date = o.date ?? (dateLine ? dateFrom(dateLine) : old?.date ?? '');
  const url = o.url ?? old?.url;
  return {
    id, organisation: org.id, seedFile: basename(o.file), localCopy: `sources/${id}.txt`,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    title, publisher: o.publisher ?? old?.publisher ?? org.name, date,
    dateLabel: dateLine ?? (o.date ? o.date : old?.dateLabel ?? 'Undated'),
    ...(old?.period ? { period: old.period } : {}),
    ...(url ? { url } : {}),
    urlStatus: url ? (o.url ? 'official' : old?.urlStatus ?? 'official') : 'none',
    ...(old?.urlNote && !o.url ? { urlNote: old.urlNote } : {}),
    sections: sections.map((s) => ({ anchor: s.anchor, heading: s.heading, startLine: s.startLine })),
  };
}

/** Imports (or re-imports) a document; throws ImportError with nothing written when it cannot. */
export async function importDocument(o: ImportOptions): Promise<ImportResult> {
  checkOptions(o);
  const doc = await readDocument(o.file);
  const kb = loadExisting(o.knowledgeDir);
  const id = o.id ?? slug(basename(o.file, extname(o.file)), 8);
  if (!id) throw new ImportError('import_bad_option', 'cannot make a document id from the file name; pass --id');
  const old = kb.sourceById.get(id);
  if (old && old.organisation !== o.organisation) throw new ImportError('import_conflict', `document "${id}" belongs to "${old.organisation}", not "${o.organisation}"; pass another --id to import it as a new document`);
  const known = kb.organisationById.get(o.organisation);
  const org = known ?? newOrganisation(o.organisation, o.organisationName);
  const title = o.title ?? old?.title ?? doc.title ?? outlineTitle(doc) ?? basename(o.file);
  const ol = outline(doc, title);
  const passages = passagesOf(ol, doc.text);
  const taken = new Set(kb.entries.map((e) => e.id));
  const drafts = draftsOf(passages, { organisation: org.id, source: id, orgName: org.shortName, title }, taken);
  const oldEntries = kb.entries.filter((e) => e.source === id);
  const merged = mergeDrafts(oldEntries, drafts, doc.text);
  // A revised document whose sections all still start where they did keeps them (hand-made anchors stay stable).
  const lines = new Set(doc.text.split('\n').map((l) => l.replace(/\s+$/u, '')));
  const sections: SourceSection[] = old && old.sections.length > 0 && old.sections.every((s) => lines.has(s.startLine.replace(/\s+$/u, '')))
    ? old.sections : ol.sections.map(({ anchor, heading, startLine }) => ({ anchor, heading, startLine }));
  const sectionAt = (quote: string): string => {
    const at = doc.text.indexOf(quote);
    return [...sections].reverse().find((s) => doc.text.indexOf(s.startLine) <= at)?.anchor ?? sections[0].anchor;
  };
  const anchors = new Set(sections.map((s) => s.anchor));
  const added = new Set(merged.added);
  const entries = merged.entries.map((e) => (anchors.has(e.section) && !added.has(e.id) ? e : { ...e, section: sectionAt(e.quote) }));

  const files = new Map<string, string>();
  files.set(`sources/${id}.txt`, doc.text);
  const sourcesText = readIfExists(join(o.knowledgeDir, 'sources.yaml')) ?? 'sources: []\n';
  files.set('sources.yaml', upsertRecord(sourcesText, 'sources', sourceRecord(o, id, title, doc.text, sections, org, old)));
  if (!known) {
    const orgsText = readIfExists(join(o.knowledgeDir, 'organisations.yaml')) ?? 'organisations: []\n';
    files.set('organisations.yaml', upsertRecord(orgsText, 'organisations', { ...org }, ['aliases']));
  }
  writeEntries(o.knowledgeDir, { id, title, org, entries, removed: merged.removed, old: new Map(oldEntries.map((e) => [e.id, e])) }, files);
  for (const [rel, content] of files) if (readIfExists(join(o.knowledgeDir, rel)) === content) files.delete(rel);
  commitFiles(o.knowledgeDir, files);
  const { entries: _e, ...counts } = merged;
  return { ...counts, document: id, created: !old, organisationAdded: !known, files: [...files.keys()], format: doc.format };
}

function outlineTitle(doc: { blocks: { type: string; text?: string }[] }): string | undefined {
  const first = doc.blocks[0];
  return first?.type === 'heading' ? first.text : undefined;
}

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Entries already in some file are edited there; new ones go to entries/<document>.yaml. */
interface EntriesPlan { id: string; title: string; org: Organisation; entries: Entry[]; removed: Entry[]; old: Map<string, Entry> }

function writeEntries(dir: string, plan: EntriesPlan, files: Map<string, string>): void {
  const { id, title, org, entries, removed, old } = plan;
  const entriesDir = join(dir, 'entries');
  const existing = existsSync(entriesDir) ? listYaml(entriesDir) : [];
  const homeOf = new Map<string, string>();
  for (const name of existing) {
    const text = readFileSync(join(entriesDir, name), 'utf8');
    for (const m of text.matchAll(/^\s*-\s+id:\s*["']?([a-z0-9-]+)/gm)) homeOf.set(m[1], name);
  }
  const gone = new Set(removed.map((r) => r.id));
  const own = `${id}.yaml`;
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const name of existing) {
    const text = readFileSync(join(entriesDir, name), 'utf8');
    // Only entries that differ are rewritten, so an untouched hand-written entry keeps its exact formatting.
    const mine = new Map([...byId].filter(([eid, e]) => homeOf.get(eid) === name && JSON.stringify(old.get(eid)) !== JSON.stringify(e)));
    const fresh = name === own ? entries.filter((e) => !homeOf.has(e.id)) : [];
    const edited = editEntriesFile(text, mine, gone, fresh);
    if (edited !== text) files.set(`entries/${name}`, edited);
  }
  const fresh = entries.filter((e) => !homeOf.has(e.id));
  if (!existing.includes(own) && fresh.length > 0) {
    const header = ` Entries of "${title}" (${org.name}), drafted by the importer: review each one (npm run knowledge -- review ${id}).\n`
      + ' Quotes are verbatim from sources/' + id + '.txt. "generated" lists the fields the importer wrote; remove a field from it\n'
      + ' when you rewrite that field by hand, and remove "status" once an entry is reviewed.'
      + (removed.length ? `\n Removed by the last import: ${removed.map((r) => r.id).join(', ')}` : '');
    files.set(`entries/${own}`, newEntriesFile(header, fresh));
  }
}

function listYaml(dir: string): string[] {
  return readdirSafe(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
}

function readdirSafe(dir: string): string[] {
  try { return readdirSync(dir); } catch { return []; }
}
