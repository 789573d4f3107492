/**
 * Guidance owners' commands for the knowledge base (KNOWLEDGE_DIR, default ./knowledge; --dir overrides):
 *   npm run knowledge -- import <file> --organisation <id> [--organisation-name …] [--id …] [--title …] [--publisher …] [--date …] [--url …]
 *   npm run knowledge -- review [document]
 *   npm run knowledge -- check
 * Exit codes: 0 done, 1 refused or problems found, 2 bad usage.
 */
import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { uncovered } from '../knowledge/coverage.js';
import { importDocument, type ImportOptions } from '../knowledge/import/import.js';
import { ImportError } from '../knowledge/import/read.js';
import { KnowledgeError, loadKnowledge } from '../knowledge/load.js';
import { reviewText } from '../knowledge/review.js';

const USAGE = [
  'usage: npm run knowledge -- import <file> --organisation <id> [--organisation-name <name>] [--id <document id>]',
  '                              [--title <title>] [--publisher <publisher>] [--date YYYY[-MM[-DD]]] [--url https://…]',
  '       npm run knowledge -- review [document]',
  '       npm run knowledge -- check',
  '       (each takes --dir <knowledge folder>; default KNOWLEDGE_DIR or ./knowledge)',
].join('\n');

const VALUE_FLAGS = ['--organisation', '--organisation-name', '--id', '--title', '--publisher', '--date', '--url', '--dir'];

interface Parsed { positional: string[]; flags: Map<string, string> }

/** Splits arguments into positional ones and `--flag value` pairs; unknown flags are an error. */
export function parseArgs(argv: string[]): Parsed | { error: string } {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) { positional.push(a); continue; }
    const [name, inline] = a.split(/=(.*)/s, 2);
    if (!VALUE_FLAGS.includes(name)) return { error: `Unknown option "${name}".\n${USAGE}` };
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') return { error: `${name} needs a value.\n${USAGE}` };
    flags.set(name, value);
  }
  return { positional, flags };
}

type Out = { log: (s: string) => void; error: (s: string) => void };

async function runImport(p: Parsed, dir: string, out: Out): Promise<number> {
  const file = p.positional[1];
  const organisation = p.flags.get('--organisation');
  if (!file || !organisation) { out.error(`import needs a file and --organisation.\n${USAGE}`); return 2; }
  const options: ImportOptions = {
    file: resolve(file), knowledgeDir: dir, organisation,
    organisationName: p.flags.get('--organisation-name'), id: p.flags.get('--id'), title: p.flags.get('--title'),
    publisher: p.flags.get('--publisher'), date: p.flags.get('--date'), url: p.flags.get('--url'),
  };
  try {
    const r = await importDocument(options);
    out.log(`${r.created ? 'Imported' : 'Re-imported'} ${file} (${r.format}) as "${r.document}"${r.organisationAdded ? `, with the new organisation "${organisation}"` : ''}.`);
    out.log(`  ${r.added.length} new draft entries, ${r.kept.length} unchanged, ${r.changed.length} changed (marked for review), ${r.removed.length} removed.`);
    for (const id of r.changed) out.log(`  changed: ${id}`);
    for (const e of r.removed) out.log(`  removed: ${e.id} (${e.title})`);
    out.log(`  wrote ${r.files.map((f) => `${dir.split(/[\\/]/).pop()}/${f}`).join(', ')}`);
    out.log(`Next: npm run knowledge -- review ${r.document}`);
    return 0;
  } catch (err) {
    if (err instanceof ImportError) { out.error(`import refused (${err.code}): ${err.message}`); return 1; }
    throw err;
  }
}

function runCheck(dir: string, out: Out): number {
  let kb;
  try {
    kb = loadKnowledge(dir);
  } catch (err) {
    if (!(err instanceof KnowledgeError)) throw err;
    for (const p of err.problems) out.error(p);
    out.error(`${err.problems.length} problem(s): the bot would not start with this knowledge base.`);
    return 1;
  }
  const gaps = uncovered(kb);
  for (const g of gaps) out.error(`${dir.split(/[\\/]/).pop()}/${g.localCopy}: line ${g.line}: sentence "${g.sentence}" is in no entry's quote (coverage)`);
  const drafts = kb.entries.filter((e) => e.status === 'draft').length;
  const changed = kb.entries.filter((e) => e.status === 'changed').length;
  out.log(`${kb.organisations.length} organisations, ${kb.sources.length} documents, ${kb.entries.length} entries (${drafts} draft, ${changed} changed).`);
  if (gaps.length) { out.error(`${gaps.length} guidance sentence(s) not covered by any entry.`); return 1; }
  out.log('All checks passed: every quote is verbatim and every guidance sentence belongs to an entry.');
  return 0;
}

/** Runs one command; returns the exit code. `dir` defaults to --dir, then KNOWLEDGE_DIR, then ./knowledge. */
export async function runKnowledge(argv: string[], out: Out = { log: console.log, error: console.error }): Promise<number> {
  const p = parseArgs(argv);
  if ('error' in p) { out.error(p.error); return 2; }
  const given = p.flags.get('--dir');
  const dir = given ? resolve(given) : loadConfig().knowledgeDir;
  switch (p.positional[0]) {
    case 'import': return runImport(p, dir, out);
    case 'check': return runCheck(dir, out);
    case 'review': {
      try { out.log(reviewText(loadKnowledge(dir), p.positional[1]).join('\n')); return 0; } catch (err) {
        if (err instanceof KnowledgeError) { out.error(err.message); return 1; }
        throw err;
      }
    }
    default: out.error(USAGE); return 2;
  }
}

if (process.argv[1]?.endsWith('src/scripts/knowledge.ts')) {
  runKnowledge(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err: unknown) => {
    const e = err as { code?: string; message?: string };
    console.error(`knowledge failed: ${e.code ?? ''} ${e.message ?? String(err)}`.trim());
    process.exitCode = 1;
  });
}
