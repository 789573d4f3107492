/**
 * The cold figure: how well the engine answers from a document imported with the importer alone, no hand-written
 * aids. Each of the five seed documents is imported into an empty temporary knowledge base (its organisation,
 * title and publisher given as an owner would give them on the command line) and scored with evaluate() on the
 * held-out questions written for that document (strict: a clear answer quoting the right passage), plus every
 * out-of-scope question (declined).
 *   npm run eval -- --cold [questions.json] [--quiet]
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndex } from '../knowledge/engine.js';
import { evaluate, splitOf, type EvalItem, type EvalReport } from '../knowledge/evaluate.js';
import { importDocument } from '../knowledge/import/import.js';
import { loadKnowledge } from '../knowledge/load.js';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The seed documents (../shared/seeds) and the held-out set with a `source` per answerable question. */
export const SEEDS_DIR = resolve(REPO, '../shared/seeds');
export const COLD_QUESTIONS = resolve(REPO, 'test/knowledge/fixtures/heldout-c.json');

/** What an owner would type for each seed (publishers and titles from shared/sources.md). */
export const SEEDS: readonly { file: string; id: string; organisation: string; organisationName: string; title: string; publisher: string }[] = [
  { file: '000_863330932fb5e518.txt', id: 'southwark-practice-principles', organisation: 'southwark', organisationName: 'Southwark Council', title: "Work as a Social Worker in Southwark: Children's Services - our practice principles", publisher: 'Southwark Council' },
  { file: '001_158d3a476436fd24.txt', id: 'bracknell-forest-mission-vision', organisation: 'bracknell-forest', organisationName: 'Bracknell Forest Council', title: "Children's social care mission and vision", publisher: 'Bracknell Forest Council' },
  { file: '002_44bdedc164e2ede9.txt', id: 'southwark-fostering-sop', organisation: 'southwark', organisationName: 'Southwark Council', title: 'Southwark fostering service statement of purpose 2024 to 25: Aims of the service', publisher: 'Southwark Council' },
  { file: '003_bd4d7086768c2b3f.txt', id: 'kent-vision', organisation: 'kent', organisationName: 'Kent County Council', title: "Our vision for children's social care", publisher: 'Kent County Council' },
  { file: '004_980b48335205bc37.txt', id: 'surrey-family-resilience', organisation: 'surrey', organisationName: 'Surrey Safeguarding Children Board', title: 'Effective Family Resilience Surrey – Every Child in Surrey Matters: A vision for partnership working in Surrey', publisher: 'Surrey Safeguarding Children Board' },
];

export interface ColdDocument { file: string; entries: number; report: EvalReport }
export interface ColdFigures {
  documents: ColdDocument[];
  /** Pooled over every document's answerable questions. */
  strict: number;
  /** Pooled over every document's run of the out-of-scope questions. */
  declined: number;
}

/** Imports one seed into an empty knowledge base in a temporary folder and returns that folder. */
export async function coldKnowledge(seed: (typeof SEEDS)[number], seedsDir = SEEDS_DIR): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cold-kb-'));
  writeFileSync(join(dir, 'organisations.yaml'), 'organisations: []\n');
  writeFileSync(join(dir, 'sources.yaml'), 'sources: []\n');
  mkdirSync(join(dir, 'entries'));
  await importDocument({ file: join(seedsDir, seed.file), knowledgeDir: dir, organisation: seed.organisation, organisationName: seed.organisationName, id: seed.id, title: seed.title, publisher: seed.publisher });
  return dir;
}

/** Measures the cold figures over the held-out questions (see the file comment). */
export async function coldFigures(items: EvalItem[], seedsDir = SEEDS_DIR): Promise<ColdFigures> {
  const outOfScope = items.filter((i) => i.kind === 'out_of_scope');
  const documents: ColdDocument[] = [];
  for (const seed of SEEDS) {
    const dir = await coldKnowledge(seed, seedsDir);
    try {
      const kb = loadKnowledge(dir);
      const own = items.filter((i) => i.kind === 'answerable' && i.source === seed.file);
      documents.push({ file: seed.file, entries: kb.entries.length, report: evaluate(buildIndex(kb), [...own, ...outOfScope]) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const pooled = (pick: (r: EvalReport) => { n: number; ok: number }): number => {
    const t = documents.reduce((a, d) => { const x = pick(d.report); return { n: a.n + x.n, ok: a.ok + x.ok }; }, { n: 0, ok: 0 });
    return t.n ? t.ok / t.n : 0;
  };
  return {
    documents,
    strict: pooled((r) => ({ n: r.scored.length, ok: r.scored.filter((x) => x.strict).length })),
    declined: pooled((r) => ({ n: r.outOfScope.length, ok: r.outOfScope.filter((x) => x.result.outcome === 'no-answer').length })),
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** The cold table, one row per document and the pooled figures. */
export function coldTable(f: ColdFigures): string[] {
  return [
    '| document | entries | strict | top-1 | top-3 | answer / did-you-mean / no-answer | out-of-scope declined |',
    '|---|---|---|---|---|---|---|',
    ...f.documents.map(({ file, entries, report: r }) => `| ${file} | ${entries} | ${pct(r.strict)} (${r.scored.length}) | ${pct(r.top1)} | ${pct(r.top3)} | ${r.outcomes.answer} / ${r.outcomes['did-you-mean']} / ${r.outcomes['no-answer']} | ${pct(r.noAnswerShare)} (${r.outOfScope.length}) |`),
    `| **all, pooled** | | **${pct(f.strict)}** | | | | **${pct(f.declined)}** |`,
  ];
}

/** `npm run eval -- --cold [file] [--split tune|report] [--quiet]`: prints the cold table (and, unless quiet, the
 * misses per document). `--split` keeps one half of the held-out set, as `npm run eval` does: tune on `tune`. */
export async function runCold(argv: string[]): Promise<number> {
  const at = argv.indexOf('--split');
  const split = at >= 0 ? argv[at + 1] : undefined;
  if (split !== undefined && split !== 'tune' && split !== 'report') { console.error(`--split takes tune or report, not "${split}"`); return 2; }
  const file = argv.find((a, i) => !a.startsWith('--') && !(at >= 0 && i === at + 1)) ?? COLD_QUESTIONS;
  if (!existsSync(SEEDS_DIR)) { console.error(`No seed documents at ${SEEDS_DIR}.`); return 1; }
  const all = JSON.parse(readFileSync(resolve(file), 'utf8')) as EvalItem[];
  const items = split ? all.filter((i) => splitOf(i.id) === split) : all;
  const figures = await coldFigures(items);
  console.log(`\nCold: each seed imported alone with the importer (no hand-written aids), scored on ${file}${split ? ` (${split} half)` : ''}\n`);
  console.log(coldTable(figures).join('\n'));
  if (argv.includes('--quiet')) return 0;
  for (const d of figures.documents) {
    console.log(`\n${d.file}: not a clear right answer`);
    for (const r of d.report.scored.filter((x) => !x.strict)) {
      const top = (r.result.hits.length ? r.result.hits : r.result.nearest ?? [])[0];
      console.log(`  ${r.item.id} [${r.result.outcome}, rank ${r.rank || '-'}] ${r.item.question}\n    → ${top ? `${top.entry.title} (${top.confidence.toFixed(2)})` : 'nothing'}`);
    }
  }
  return 0;
}
