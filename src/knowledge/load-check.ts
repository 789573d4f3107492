/** Helpers of the knowledge loader: problem collection, typed field reads and YAML parsing with file and line. */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseDocument } from 'yaml';

/** Ids and anchors: lower-case words joined by single hyphens. */
export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type Obj = Record<string, unknown>;

/** Collects problems with a file/item prefix and reads typed fields from plain YAML objects. */
export class Checker {
  readonly problems: string[] = [];
  add(file: string, where: string, field: string | undefined, msg: string): void {
    this.problems.push(`${file}: ${where}${field ? ` field "${field}"` : ''}: ${msg}`);
  }
  str(o: Obj, f: string, file: string, where: string, opts: { optional?: boolean; empty?: boolean } = {}): string {
    const v = o[f];
    if (v === undefined || v === null) {
      if (!opts.optional) this.add(file, where, f, 'is required');
      return '';
    }
    if (typeof v !== 'string') { this.add(file, where, f, `must be a string, got ${typeof v}`); return ''; }
    if (!opts.empty && v.trim() === '') this.add(file, where, f, 'must not be empty');
    return v;
  }
  strList(o: Obj, f: string, file: string, where: string, minItems = 0): string[] {
    const v = o[f];
    if (v === undefined || v === null) {
      if (minItems > 0) this.add(file, where, f, 'is required');
      return [];
    }
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === '')) {
      this.add(file, where, f, 'must be a list of non-empty strings');
      return [];
    }
    if (v.length < minItems) this.add(file, where, f, `needs at least ${minItems} item(s), has ${v.length}`);
    return v as string[];
  }
  /** Reports keys a schema does not know (usually a misspelt field name, which would otherwise be ignored). */
  known(o: Obj, fields: readonly string[], file: string, where: string): void {
    for (const k of Object.keys(o)) if (!fields.includes(k)) this.add(file, where, k, `is not a known field (known: ${fields.join(', ')})`);
  }
  list(root: unknown, key: string, file: string): Obj[] {
    if (root === UNREADABLE) return [];
    const v = isObj(root) ? root[key] : undefined;
    if (!Array.isArray(v)) { this.add(file, 'top level', key, 'must be a list'); return []; }
    return v.filter((item, i) => {
      if (isObj(item)) return true;
      this.add(file, `item ${i + 1}`, undefined, 'must be a mapping');
      return false;
    });
  }
}

/** How a file is named in problems: the knowledge folder's name and the path inside it, e.g. knowledge/entries/kent.yaml. */
export function shown(dir: string, rel: string): string {
  return `${basename(dir)}/${rel}`;
}

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Marks a file that could not be read or parsed (already reported), so no further problems are listed for it. */
const UNREADABLE = Symbol('unreadable');

/** Parses a YAML file; syntax errors are recorded with file and line. */
export function readYaml(dir: string, rel: string, c: Checker): unknown {
  const file = shown(dir, rel);
  let text: string;
  try {
    text = readFileSync(join(dir, rel), 'utf8');
  } catch {
    c.add(file, 'file', undefined, 'cannot be read');
    return UNREADABLE;
  }
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = e.linePos?.[0]?.line;
      c.add(file, line ? `line ${line}` : 'file', undefined, `YAML syntax error: ${e.message.split('\n')[0]}`);
    }
    return UNREADABLE;
  }
  return doc.toJS();
}

export function checkId(id: string, file: string, where: string, seen: Set<string>, c: Checker): void {
  if (id === '') return;
  if (!KEBAB.test(id)) c.add(file, where, 'id', 'must be kebab-case (a-z, 0-9 and single hyphens)');
  if (seen.has(id)) c.add(file, where, 'id', 'is a duplicate');
  seen.add(id);
}

