/**
 * Search benchmark: index build time and per-question latency (p50, p99) of our engine beside plain fuse.js
 * over the same entries, on the real knowledge base and on a synthesised one ten times larger.
 *   npm run bench -- search [--passes 200] [--questions file.json]
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import { loadKnowledge } from '../../knowledge/load.js';
import { mulberry32 } from '../../util/random.js';
import { answerText, buildIndex, search } from '../../knowledge/engine.js';
import { norm } from '../../knowledge/evaluate.js';
import type { Entry, KnowledgeBase } from '../../knowledge/types.js';

const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
/** Passes over the questions after warm-up: 200 × ~55 questions gives ~11,000 samples, enough for a stable p99. */
const DEFAULT_PASSES = 200;
/** Warm-up passes (JIT, caches) not measured. */
const WARMUP_PASSES = 20;
/** fuse.js takes ~0.2 s a question on the real KB and ~2 s on the 10x one (long quotes, long queries), so it is
 * sampled once over at most this many questions, after a warm-up of FUSE_WARMUP questions; its p99 is then the
 * slowest few samples, which is plenty to compare against. */
const FUSE_MAX_QUESTIONS = 55;
const FUSE_MAX_QUESTIONS_10X = 12;
const FUSE_WARMUP = 2;
/** Index builds measured (median reported). */
const BUILDS = 5;
/** The synthesised knowledge base is this many times the real one. */
const SCALE = 10;

interface Q { question: string; expect_any?: string[]; kind?: string }

/** Deterministic PRNG so the synthesised KB is the same on every run. */
const rng = mulberry32;

function shuffleWords(text: string, rand: () => number): string {
  const w = text.split(/\s+/);
  for (let i = w.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [w[i], w[j]] = [w[j], w[i]]; }
  return w.join(' ');
}

/** The real KB plus (SCALE − 1) clones of every entry with perturbed ids and shuffled words. */
export function synthesise(kb: KnowledgeBase, scale = SCALE): KnowledgeBase {
  const rand = rng(42);
  const entries: Entry[] = [...kb.entries];
  for (let k = 1; k < scale; k++) {
    for (const e of kb.entries) {
      entries.push({
        ...e, id: `${e.id}-syn${k}`, title: shuffleWords(e.title, rand), quote: shuffleWords(e.quote, rand),
        questions: e.questions.map((q) => shuffleWords(q, rand)), keywords: [...e.keywords].sort(() => rand() - 0.5), related: [],
      });
    }
  }
  return { ...kb, entries, entryById: new Map(entries.map((e) => [e.id, e])) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

interface Figures { buildMs: number; p50: number; p99: number; top1: number }

/** Progress of a long step on stderr (the table stays alone on stdout): what is measured and how far it is. */
function progress(what: string): (done: number, total: number) => void {
  let shown = -1;
  return (done, total) => {
    const tenth = Math.floor((done / total) * 10);
    if (tenth === shown) return;
    shown = tenth;
    const line = `  ${what}: ${done}/${total} (${tenth * 10}%)`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
    else if (tenth % 5 === 0) process.stderr.write(`${line}\n`);
  };
}

function measure(label: string, build: () => (q: string) => Entry | undefined, questions: Q[], passes: number, warmupQuestions: Q[] = []): Figures {
  const builds: number[] = [];
  // fuse.js builds are cheap; ours include analysis of every field and the slip index.
  let ask!: (q: string) => Entry | undefined;
  const building = progress(`${label}: index builds`);
  for (let i = 0; i < BUILDS; i++) { builds.push(time(() => { ask = build(); })); building(i + 1, BUILDS); }
  builds.sort((a, b) => a - b);
  const warming = progress(`${label}: warm-up questions`);
  warmupQuestions.forEach((q, i) => { ask(q.question); warming(i + 1, warmupQuestions.length); });
  const samples: number[] = [];
  const asking = progress(`${label}: timed questions (${passes} passes over ${questions.length})`);
  for (let p = 0; p < passes; p++) for (const q of questions) { samples.push(time(() => ask(q.question))); asking(samples.length, passes * questions.length); }
  samples.sort((a, b) => a - b);
  const scored = questions.filter((q) => q.expect_any?.length);
  const right = scored.filter((q) => { const e = ask(q.question); return !!e && q.expect_any!.some((x) => norm(answerText(e)).includes(norm(x))); });
  return { buildMs: builds[Math.floor(BUILDS / 2)], p50: percentile(samples, 0.5), p99: percentile(samples, 0.99), top1: scored.length ? right.length / scored.length : 0 };
}

function ours(kb: KnowledgeBase): () => (q: string) => Entry | undefined {
  return () => { const ix = buildIndex(kb); return (q) => search(ix, q, {}).hits[0]?.entry; };
}

function plainFuse(kb: KnowledgeBase): () => (q: string) => Entry | undefined {
  return () => {
    const fuse = new Fuse(kb.entries, { keys: [{ name: 'title', weight: 3 }, { name: 'questions', weight: 2 }, { name: 'keywords', weight: 2 }, { name: 'quote', weight: 1 }], ignoreLocation: true });
    return (q) => fuse.search(q, { limit: 3 })[0]?.item;
  };
}

const ms = (x: number): string => `${x < 1 ? x.toFixed(3) : x.toFixed(1)} ms`;

/** Runs the benchmark and prints a table. */
export async function run(args: string[]): Promise<void> {
  const passesAt = args.indexOf('--passes');
  const passes = passesAt >= 0 ? Number(args[passesAt + 1]) : DEFAULT_PASSES;
  const qAt = args.indexOf('--questions');
  const candidates = [qAt >= 0 ? resolve(args[qAt + 1]) : resolve(REPO, '../shared/eval/dev-questions.json'), resolve(REPO, 'test/knowledge/fixtures/paraphrases.json')];
  const file = candidates.find((f) => existsSync(f));
  if (!file) { console.log('No question file found.'); return; }
  const questions = JSON.parse(readFileSync(file, 'utf8')) as Q[];
  const kb = loadKnowledge(resolve(REPO, 'knowledge'));
  const big = synthesise(kb);
  console.log(`questions: ${questions.length} from ${file}; ${passes} passes after ${WARMUP_PASSES} warm-up; Node ${process.version}\n`);
  console.log('| knowledge base | engine | build | p50 | p99 | top-1 (scored items) |');
  console.log('|---|---|---|---|---|---|');
  for (const [label, base] of [[`real (${kb.entries.length} entries)`, kb], [`10x synthesised (${big.entries.length} entries)`, big]] as const) {
    const warm: Q[] = Array.from({ length: WARMUP_PASSES }, () => questions).flat();
    const a = measure(`${label}, ours`, ours(base), questions, passes, warm);
    const sample = questions.slice(0, base === kb ? FUSE_MAX_QUESTIONS : FUSE_MAX_QUESTIONS_10X);
    const f = measure(`${label}, plain fuse.js`, plainFuse(base), sample, 1, questions.slice(-FUSE_WARMUP));
    console.log(`| ${label} | ours | ${ms(a.buildMs)} | ${ms(a.p50)} | ${ms(a.p99)} | ${(a.top1 * 100).toFixed(1)}% |`);
    console.log(`| ${label} | plain fuse.js | ${ms(f.buildMs)} | ${ms(f.p50)} | ${ms(f.p99)} | ${(f.top1 * 100).toFixed(1)}% |`);
    const r = (x: number, y: number): string => `${(x / y).toPrecision(2)} (fuse.js ${(y / x).toPrecision(3)}x)`;
    console.log(`| ${label} | ratio ours / fuse.js | ${r(a.buildMs, f.buildMs)} | ${r(a.p50, f.p50)} | ${r(a.p99, f.p99)} | |`);
  }
  console.log(`\nfuse.js is sampled once over ${FUSE_MAX_QUESTIONS} questions (real) and ${FUSE_MAX_QUESTIONS_10X} (10x): it is far slower; its top-1 is over those samples.`);
  console.log('build = median of 5 builds (the thesaurus file is parsed once, then cached).');
}
