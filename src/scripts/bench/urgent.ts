/**
 * Urgent-risk benchmark: per-message latency (mean, p50, p99) of the urgent screen (assessUrgency) over a labelled
 * set of staff messages, long ones included, beside a baseline in the same run: one pass of a plain harm-word
 * regular expression over the same texts. Figures are ratios against that baseline, because these machines are noisy.
 *   npm run bench -- urgent [--passes 20]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessUrgency } from '../../safeguarding/urgent/index.js';

const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
/** A training set (never a frozen blind one): 400-odd messages in staff voice, 3 to 80 words. */
const SET = resolve(REPO, 'test/safeguarding/fixtures/urgent-train-4.json');
const DEFAULT_PASSES = 20;
const WARMUP_PASSES = 2;
/** The baseline: what a word-spotting screen costs. */
const HARM_WORDS = /\b(hit|hurt|bruis\w*|kill\w*|suicid\w*|overdose|knife|abuse\w*|missing|injur\w*|threat\w*|harm\w*|rape\w*|assault\w*)\b/i;

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

function time(texts: string[], passes: number, f: (t: string) => unknown, label: string): number[] {
  const samples: number[] = [];
  for (let p = 0; p < WARMUP_PASSES; p++) for (const t of texts) f(t);
  for (let p = 0; p < passes; p++) {
    for (const t of texts) { const s = performance.now(); f(t); samples.push(performance.now() - s); }
    if ((p + 1) % Math.max(1, Math.floor(passes / 4)) === 0) process.stderr.write(`  ${label}: pass ${p + 1}/${passes}\n`);
  }
  return samples.sort((a, b) => a - b);
}

export function run(args: string[]): void {
  const i = args.indexOf('--passes');
  const passes = i >= 0 ? Math.max(1, Number(args[i + 1]) || DEFAULT_PASSES) : DEFAULT_PASSES;
  const texts = (JSON.parse(readFileSync(SET, 'utf8')) as { text: string }[]).map((m) => m.text);
  process.stderr.write(`urgent screen over ${texts.length} messages, ${passes} passes after ${WARMUP_PASSES} warm-up\n`);
  const ours = time(texts, passes, assessUrgency, 'assessUrgency');
  const base = time(texts, passes, (t) => HARM_WORDS.test(t), 'harm-word regex');
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const row = (name: string, s: number[]): string => `| ${name} | ${mean(s).toFixed(3)} ms | ${quantile(s, 0.5).toFixed(3)} ms | ${quantile(s, 0.99).toFixed(3)} ms |`;
  console.log('| urgent screen | mean | p50 | p99 |\n|---|---|---|---|');
  console.log(row('ours (assessUrgency)', ours));
  console.log(row('harm-word regex (baseline)', base));
  console.log(`| ratio ours / baseline | ${(mean(ours) / mean(base)).toFixed(0)}x | ${(quantile(ours, 0.5) / quantile(base, 0.5)).toFixed(0)}x | ${(quantile(ours, 0.99) / quantile(base, 0.99)).toFixed(0)}x |`);
}
