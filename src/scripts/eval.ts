/**
 * Scores a question file against the real knowledge base and prints a table.
 *   npm run eval -- [file] [--org kent]     (default: ../shared/eval/dev-questions.json from the repo root)
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../knowledge/load.js';
import { buildIndex } from '../knowledge/engine.js';
import { evaluate, type EvalItem, type ItemResult } from '../knowledge/evaluate.js';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DEFAULT_FILE = resolve(REPO, '../shared/eval/dev-questions.json');

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function returned(r: ItemResult): string {
  const hits = r.result.hits.length ? r.result.hits : r.result.nearest ?? [];
  const list = hits.slice(0, 3).map((h) => `${h.entry.id} (${h.confidence.toFixed(2)} cov ${(h.coverage ?? 0).toFixed(2)})`).join(', ');
  return `${r.result.outcome}${list ? `: ${list}` : ''}`;
}

function main(): void {
  const argv = process.argv.slice(2);
  const orgAt = argv.indexOf('--org');
  const org = orgAt >= 0 ? argv[orgAt + 1] : undefined;
  const fileArg = argv.filter((a, i) => a !== '--org' && i !== orgAt + 1 || orgAt < 0).find((a) => !a.startsWith('--'));
  const file = fileArg ? resolve(fileArg) : DEFAULT_FILE;
  if (!existsSync(file)) {
    console.log(`No question file at ${file}. Pass one: npm run eval -- path/to/questions.json`);
    return;
  }
  const items = JSON.parse(readFileSync(file, 'utf8')) as EvalItem[];
  const index = buildIndex(loadKnowledge(resolve(REPO, 'knowledge')));
  const report = evaluate(index, items, { organisation: org });

  console.log(`\n${file}\n`);
  console.log('| measure | value | items |');
  console.log('|---|---|---|');
  console.log(`| top-1 (answerable + personal data with phrases) | ${pct(report.top1)} | ${report.scored.length} |`);
  console.log(`| top-3 | ${pct(report.top3)} | ${report.scored.length} |`);
  console.log(`| out-of-scope with no answer | ${pct(report.noAnswerShare)} | ${report.outOfScope.length} |`);
  const outcomes = new Map<string, number>();
  for (const r of report.scored) outcomes.set(r.result.outcome, (outcomes.get(r.result.outcome) ?? 0) + 1);
  console.log(`| outcomes on answerable | ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')} | |`);

  const misses = report.scored.filter((r) => r.rank !== 1);
  const byTopic = new Map<string, ItemResult[]>();
  for (const r of misses) byTopic.set(r.item.topic ?? '(none)', [...(byTopic.get(r.item.topic ?? '(none)') ?? []), r]);
  console.log(`\nMisses at top-1 by topic (${misses.length}):`);
  for (const [topic, rs] of [...byTopic].sort()) {
    console.log(`  ${topic}`);
    for (const r of rs) console.log(`    ${r.item.id} [rank ${r.rank || '-'}] ${r.item.question}\n      → ${returned(r)}`);
  }
  const oosMisses = report.outOfScope.filter((r) => r.result.outcome !== 'no-answer');
  console.log(`\nOut-of-scope answered (${oosMisses.length}):`);
  for (const r of oosMisses) console.log(`  ${r.item.id} ${r.item.question}\n    → ${returned(r)}`);
  console.log('\nHandled by other layers (urgent, smalltalk, personal data without phrases); engine outcome shown:');
  for (const r of report.other) console.log(`  ${r.item.id} ${r.item.kind}: ${r.item.question}\n    → ${returned(r)}`);
}

main();
