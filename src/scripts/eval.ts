/**
 * Scores a question file against the real knowledge base, counting what a user gets.
 *   npm run eval -- [file] [--org kent] [--split tune|report] [--quiet]
 * Default file: ../shared/eval/dev-questions.json (from the repo root). `--split` keeps one half of a frozen
 * held-out set (test/knowledge/fixtures/heldout-c.json): tune on `tune`, report `report` once per release.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../knowledge/load.js';
import { buildIndex } from '../knowledge/engine.js';
import { evaluate, splitOf, type EvalItem, type EvalReport, type ItemResult } from '../knowledge/evaluate.js';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DEFAULT_FILE = resolve(REPO, '../shared/eval/dev-questions.json');
const USAGE = 'usage: npm run eval -- [questions.json] [--org <organisation>] [--split tune|report] [--without wordnet,associations] [--quiet]';
/** Paraphrase levers that `--without` can turn off, to measure each one's gain. */
const LEVERS = ['wordnet', 'associations'];

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function returned(r: ItemResult): string {
  const hits = r.result.hits.length ? r.result.hits : r.result.nearest ?? [];
  const list = hits.slice(0, 3).map((h) => `${h.entry.id} (${h.confidence.toFixed(2)} cov ${(h.coverage ?? 0).toFixed(2)})`).join(', ');
  const asked = r.firstOutcome === 'ask-organisation' && r.result.outcome !== 'ask-organisation' ? `asked org → ${r.item.org}, then ` : '';
  return `${asked}${r.result.outcome}${list ? `: ${list}` : ''}`;
}

interface Args { file: string; org?: string; split?: 'tune' | 'report'; quiet: boolean; without: string[] }

function parseArgs(argv: string[]): Args {
  const value = (flag: string): string | undefined => { const i = argv.indexOf(flag); return i >= 0 ? argv[i + 1] : undefined; };
  const flagged = new Set(['--org', '--split', '--without'].flatMap((f) => { const i = argv.indexOf(f); return i >= 0 ? [i, i + 1] : []; }));
  const positional = argv.filter((a, i) => !flagged.has(i) && !a.startsWith('--'));
  const split = value('--split');
  if (split !== undefined && split !== 'tune' && split !== 'report') throw new Error(`--split takes tune or report, not "${split}"\n${USAGE}`);
  const without = (value('--without') ?? '').split(',').filter(Boolean);
  const unknown = without.filter((l) => !LEVERS.includes(l));
  if (unknown.length) throw new Error(`--without takes ${LEVERS.join(', ')}, not "${unknown.join(',')}"\n${USAGE}`);
  return { file: positional[0] ? resolve(positional[0]) : DEFAULT_FILE, org: value('--org'), split, quiet: argv.includes('--quiet'), without };
}

/** The figures table, strict first. */
export function table(report: EvalReport): string[] {
  const n = report.scored.length;
  const o = report.outcomes;
  const answeredCount = [...report.scored, ...report.outOfScope].filter((r) => r.result.outcome === 'answer').length;
  return [
    '| measure | value | items |',
    '|---|---|---|',
    `| **strict: clear answer quoting the right passage** | **${pct(report.strict)}** | ${n} |`,
    `| right passage first (any outcome) | ${pct(report.top1)} | ${n} |`,
    `| right passage in the top 3 (any outcome) | ${pct(report.top3)} | ${n} |`,
    `| outcomes on answerable | answer ${o.answer}, did-you-mean ${o['did-you-mean']}, ask-organisation ${o['ask-organisation']}, no-answer ${o['no-answer']} | ${n} |`,
    `| did-you-mean share of answerable | ${pct(n ? o['did-you-mean'] / n : 0)} | ${n} |`,
    `| precision of clear answers | ${pct(report.precision)} | ${answeredCount} |`,
    `| out-of-scope declined (no-answer) | ${pct(report.noAnswerShare)} | ${report.outOfScope.length} |`,
    `| out-of-scope given no clear answer | ${pct(report.abstainShare)} | ${report.outOfScope.length} |`,
  ];
}

function main(): number {
  let args: Args;
  try { args = parseArgs(process.argv.slice(2)); } catch (err) { console.error((err as Error).message); return 2; }
  if (!existsSync(args.file)) {
    console.error(`No question file at ${args.file}.\n${USAGE}`);
    return 1;
  }
  let items: EvalItem[];
  try {
    items = JSON.parse(readFileSync(args.file, 'utf8')) as EvalItem[];
    if (!Array.isArray(items)) throw new Error('the file must hold a JSON array of questions');
  } catch (err) {
    console.error(`${args.file}: ${(err as Error).message}`);
    return 1;
  }
  if (args.split) items = items.filter((it) => splitOf(String(it?.id)) === args.split);
  const kb = loadKnowledge(resolve(REPO, 'knowledge'));
  if (args.org && !kb.organisationById.has(args.org.toLowerCase())) {
    console.error(`Unknown organisation "${args.org}". Known: ${kb.organisations.map((o) => o.id).join(', ')}`);
    return 2;
  }
  const levers = Object.fromEntries(args.without.map((l) => [l, false]));
  const report = evaluate(buildIndex(kb, { levers }), items, { organisation: args.org?.toLowerCase() });

  console.log(`\n${args.file}${args.split ? ` (${args.split} half)` : ''}${args.without.length ? `, without ${args.without.join(', ')}` : ''}\n`);
  for (const id of report.skipped) console.log(`skipped item ${id}: it has no "question"`);
  console.log(table(report).join('\n'));
  if (args.quiet) return 0;

  const misses = report.scored.filter((r) => !r.strict);
  const byTopic = new Map<string, ItemResult[]>();
  for (const r of misses) byTopic.set(r.item.topic ?? '(none)', [...(byTopic.get(r.item.topic ?? '(none)') ?? []), r]);
  console.log(`\nNot a clear right answer, by topic (${misses.length}):`);
  for (const [topic, rs] of [...byTopic].sort()) {
    console.log(`  ${topic}`);
    for (const r of rs) console.log(`    ${r.item.id} [rank ${r.rank || '-'}] ${r.item.question}\n      → ${returned(r)}`);
  }
  const oosMisses = report.outOfScope.filter((r) => r.result.outcome !== 'no-answer');
  console.log(`\nOut-of-scope not declined (${oosMisses.length}):`);
  for (const r of oosMisses) console.log(`  ${r.item.id} ${r.item.question}\n    → ${returned(r)}`);
  if (report.other.length) {
    console.log('\nHandled by other layers (urgent, smalltalk, personal data without phrases); engine outcome shown:');
    for (const r of report.other) console.log(`  ${r.item.id} ${r.item.kind}: ${r.item.question}\n    → ${returned(r)}`);
  }
  return 0;
}

if (process.argv.includes('--cold')) {
  // The cold figure (importer only, no hand-written aids) lives in its own module: see eval-cold.ts.
  void import('./eval-cold.js').then((m) => m.runCold(process.argv.slice(2).filter((a) => a !== '--cold'))).then((code) => { process.exitCode = code; });
} else process.exitCode = main();
