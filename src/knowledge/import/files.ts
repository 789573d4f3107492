/**
 * Writing the knowledge base safely: YAML in the house style (comments of existing files kept), and a staged
 * commit: every changed file is written into a copy of the knowledge base and loaded there with the start-up
 * checks first; only then is each written beside its target under a temporary name and renamed into place.
 * A refused import leaves the knowledge base exactly as it was.
 *
 * @example await commitFiles('knowledge', new Map([['sources/x.txt', text]]))
 */
import { cpSync, mkdtempSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Document, isMap, isSeq, parseDocument, Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { KnowledgeError, loadKnowledge } from '../load.js';
import type { Entry } from '../types.js';
import { ImportError } from './read.js';

/** How every YAML file is written: no line folding, flow lists as the hand-written files have them. */
export const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Field order of an entry as written, with the lists written on one line. */
const ENTRY_ORDER = ['id', 'status', 'organisation', 'source', 'section', 'kind', 'title', 'quote', 'previousQuote', 'related',
  'questions', 'keywords', 'reflection', 'generated'] as const;
const FLOW = new Set(['related', 'keywords', 'generated']);

/** An entry as a YAML node: quotes double-quoted (so curly quotes, no-break spaces and line breaks are exact). */
export function entryNode(doc: Document, e: Entry): YAMLMap {
  const map = doc.createNode({}) as YAMLMap;
  for (const key of ENTRY_ORDER) {
    const v = (e as unknown as Record<string, unknown>)[key];
    if (v === undefined) continue;
    const node = doc.createNode(v);
    if (FLOW.has(key) && isSeq(node)) node.flow = true;
    if ((key === 'quote' || key === 'previousQuote') && node instanceof Scalar) node.type = Scalar.QUOTE_DOUBLE;
    map.set(key, node);
  }
  return map;
}

/** A new entries file for one document, with a header saying what it is. */
export function newEntriesFile(header: string, entries: Entry[]): string {
  const doc = new Document({ entries: [] });
  const seq = doc.get('entries') as YAMLSeq;
  for (const e of entries) seq.add(entryNode(doc, e));
  doc.commentBefore = header;
  return doc.toString(YAML_OPTIONS);
}

/** Edits an entries file in place: replaces entries by id, deletes some, drops links to deleted ones, appends new
 * ones. A file none of this touches is returned as it was, byte for byte. */
export function editEntriesFile(text: string, replace: Map<string, Entry>, remove: Set<string>, append: Entry[] = []): string {
  const doc = parseDocument(text);
  let seq = doc.get('entries');
  if (!isSeq(seq)) { doc.set('entries', doc.createNode([])); seq = doc.get('entries'); }
  const items = (seq as YAMLSeq).items;
  let touched = append.length > 0;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (!isMap(item)) continue;
    const id = String(item.get('id'));
    if (remove.has(id)) { items.splice(i, 1); touched = true; continue; }
    const next = replace.get(id);
    if (next) { items[i] = entryNode(doc, next); touched = true; continue; }
    const related = item.get('related');
    if (!isSeq(related)) continue;
    const kept = related.items.filter((r) => !remove.has(String((r as Scalar).value ?? r)));
    if (kept.length !== related.items.length) { related.items = kept; touched = true; }
  }
  if (!touched) return text;
  (seq as YAMLSeq).flow = false; // "entries: []" grows into a block list
  for (const e of append) (seq as YAMLSeq).add(entryNode(doc, e));
  return doc.toString(YAML_OPTIONS);
}

/** Replaces (by id) or appends one record of a top-level list (`sources`, `organisations`) in a YAML file. */
export function upsertRecord(text: string, key: string, record: Record<string, unknown>, flowKeys: string[] = []): string {
  const doc = parseDocument(text);
  let seq = doc.get(key);
  if (!isSeq(seq)) { doc.set(key, doc.createNode([])); seq = doc.get(key); }
  const node = doc.createNode(record) as YAMLMap;
  for (const k of flowKeys) { const v = node.get(k, true); if (isSeq(v)) v.flow = true; }
  (seq as YAMLSeq).flow = false; // "sources: []" grows into a block list
  const items = (seq as YAMLSeq).items;
  const at = items.findIndex((i) => isMap(i) && i.get('id') === record.id);
  if (at >= 0 && canonical((items[at] as YAMLMap).toJSON()) === canonical(record)) return text; // unchanged: keep its formatting
  if (at >= 0) items[at] = node; else items.push(node);
  return doc.toString(YAML_OPTIONS);
}

/** JSON with object keys sorted, to compare records whatever order their fields are written in. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

/** The files a loader reads, copied into a fresh folder (the rest of knowledge/ is not needed to validate). */
function stage(dir: string): string {
  const staged = mkdtempSync(join(tmpdir(), 'knowledge-import-'));
  for (const name of ['organisations.yaml', 'sources.yaml']) if (existsSync(join(dir, name))) cpSync(join(dir, name), join(staged, name));
  for (const sub of ['sources', 'entries']) {
    mkdirSync(join(staged, sub), { recursive: true });
    if (existsSync(join(dir, sub))) for (const f of readdirSync(join(dir, sub))) cpSync(join(dir, sub, f), join(staged, sub, f), { recursive: true });
  }
  return staged;
}

/**
 * Writes `files` (path inside the knowledge folder → content) only if the knowledge base then passes every
 * start-up check; throws ImportError('import_invalid_result') naming each problem otherwise, with nothing written.
 */
export function commitFiles(dir: string, files: Map<string, string>): void {
  const staged = stage(dir);
  try {
    for (const [rel, content] of files) { mkdirSync(dirname(join(staged, rel)), { recursive: true }); writeFileSync(join(staged, rel), content); }
    try {
      loadKnowledge(staged);
    } catch (err) {
      if (!(err instanceof KnowledgeError)) throw err;
      const problems = err.problems.map((p) => p.replace(/^[^/]+\//, `${dir.split(/[\\/]/).pop()}/`));
      throw new ImportError('import_invalid_result', `the import would leave the knowledge base invalid, so nothing was written:\n  ${problems.join('\n  ')}`);
    }
  } finally {
    rmSync(staged, { recursive: true, force: true });
  }
  // Every file is written in full under a temporary name first, then all are renamed into place.
  const temps: [string, string][] = [];
  try {
    for (const [rel, content] of files) {
      const target = join(dir, rel);
      mkdirSync(dirname(target), { recursive: true });
      const temp = `${target}.import-${process.pid}.tmp`;
      writeFileSync(temp, content);
      temps.push([temp, target]);
    }
  } catch (err) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    throw new ImportError('import_unreadable', `could not write the knowledge base (${(err as Error).message}); nothing was changed`);
  }
  for (const [temp, target] of temps) renameSync(temp, target);
}
