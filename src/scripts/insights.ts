/**
 * Operator report of insights, from the deployment's configured storage:
 *   npm run insights -- [--since 7d] [--csv]
 *   npm run insights -- suggest [--since 30d]   (see insights-suggest.ts)
 * Prints figures by outcome, top unanswered (redacted) questions and the most unhelpful
 * entries; with --csv prints the CSV instead (redirect it to a file). Never prints raw text:
 * only what was stored, which is already redacted.
 */
import { loadConfig } from '../config.js';
import { createStorage } from '../storage/index.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { insightsReport, parseSince, reportText, toCsv } from '../safeguarding/insights/index.js';

const USAGE = 'Usage: npm run insights -- [--since 7d|30d|2w] [--csv]';

/** Parses the command line: `parseArgs(['--since', '30d', '--csv'])`. */
export function parseArgs(argv: string[]): { periodMs: number; csv: boolean } | { error: string } {
  let since = '7d';
  let csv = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--csv') csv = true;
    else if (a === '--since') since = argv[++i] ?? '';
    else if (a.startsWith('--since=')) since = a.slice('--since='.length);
    else if (a === '--help' || a === '-h') return { error: USAGE };
    else return { error: `Unknown argument "${a}". ${USAGE}` };
  }
  const periodMs = parseSince(since);
  return periodMs ? { periodMs, csv } : { error: `--since expects a period such as 7d, 30d or 2w. ${USAGE}` };
}

/** Loads the knowledge base for entry titles; the report still works (with ids) without it. */
async function titles(dir: string): Promise<Pick<KnowledgeBase, 'entryById'> | undefined> {
  try {
    const mod = (await import('../knowledge/load.js')) as { loadKnowledge(dir: string): KnowledgeBase };
    return mod.loadKnowledge(dir);
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  if (process.argv[2] === 'suggest') {
    const config = loadConfig();
    const stores = createStorage(config);
    try {
      const { runSuggest } = await import('./insights-suggest.js');
      return await runSuggest(process.argv.slice(3), config, stores.storage, Date.now(), (s) => process.stdout.write(`${s}\n`));
    } finally { await stores.close?.(); }
  }
  const args = parseArgs(process.argv.slice(2));
  if ('error' in args) {
    console.error(args.error);
    return 2;
  }
  const config = loadConfig();
  const stores = createStorage(config);
  try {
    const { report, records } = await insightsReport({ storage: stores.storage, now: Date.now, kb: await titles(config.knowledgeDir) }, args.periodMs);
    process.stdout.write(args.csv ? toCsv(records) : `${reportText(report)}\n`);
    return 0;
  } finally {
    await stores.close?.();
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('src/scripts/insights.ts')) {
  main().then((code) => { process.exitCode = code; }, (err: unknown) => {
    const e = err as { code?: string; message?: string };
    console.error(`insights failed: ${e.code ?? ''} ${e.message ?? String(err)}`.trim());
    process.exitCode = 1;
  });
}
