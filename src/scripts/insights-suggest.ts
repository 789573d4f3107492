/**
 * `npm run insights -- suggest [--since 30d]`: what staff asked that the guide did not answer clearly (unanswered and
 * did-you-mean questions, already redacted when stored, and the comments left with a thumbs-down), grouped, each
 * group with the entry it most likely belongs to as a ready-to-paste YAML snippet, or "no entry fits". Reads the
 * deployment's storage and knowledge base; changes neither.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Config } from '../config.js';
import { buildIndex } from '../knowledge/engine.js';
import { loadKnowledge } from '../knowledge/load.js';
import { suggestEntries, suggestionText, type AskedQuestion } from '../knowledge/suggest.js';
import { parseSince, readInsights } from '../safeguarding/insights/index.js';
import type { Storage } from '../storage/port.js';

const USAGE = 'Usage: npm run insights -- suggest [--since 30d|2w]';

/** Parses `suggest` arguments: `parseSuggestArgs(['--since', '30d'])` → { periodMs }. */
export function parseSuggestArgs(argv: string[]): { periodMs: number } | { error: string } {
  let since = '30d';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--since') since = argv[++i] ?? '';
    else if (argv[i].startsWith('--since=')) since = argv[i].slice('--since='.length);
    else return { error: `Unknown argument "${argv[i]}". ${USAGE}` };
  }
  const periodMs = parseSince(since);
  return periodMs ? { periodMs } : { error: `--since expects a period such as 7d, 30d or 2w. ${USAGE}` };
}

/** The questions to learn from, since `since` (epoch ms): stored redacted texts and thumbs-down comments. */
export async function askedSince(storage: Storage, since: number): Promise<{ asked: AskedQuestion[]; silentThumbsDown: number }> {
  const asked: AskedQuestion[] = [];
  for (const r of await readInsights({ storage }, since)) {
    if (!r.redactedQuestion) continue;
    if (r.outcome === 'no-answer') asked.push({ text: r.redactedQuestion, why: 'unanswered' });
    else if (r.outcome === 'did-you-mean') asked.push({ text: r.redactedQuestion, why: 'did-you-mean' });
  }
  let silentThumbsDown = 0;
  const keys = await storage.list('feedback/');
  for (let i = 0; i < keys.length; i += 100) {
    for (const v of Object.values(await storage.read(keys.slice(i, i + 100)))) {
      if (v.helpful !== false || typeof v.at !== 'number' || v.at < since) continue;
      // Comments are redacted when saved (conversation/feedback.ts).
      if (typeof v.comment === 'string' && v.comment.trim()) asked.push({ text: v.comment, why: 'thumbs-down', entryId: String(v.entryId) });
      else silentThumbsDown++;
    }
  }
  return { asked, silentThumbsDown };
}

/** Which entries file holds each entry id ("knowledge/entries/kent.yaml"). */
function entryFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(join(dir, 'entries')).filter((n) => /\.ya?ml$/.test(n))) {
    for (const m of readFileSync(join(dir, 'entries', f), 'utf8').matchAll(/^\s*-\s+id:\s*["']?([a-z0-9-]+)/gm)) out.set(m[1], `${basename(dir)}/entries/${f}`);
  }
  return out;
}

/** Prints the suggestions; returns the exit code. */
export async function runSuggest(argv: string[], config: Readonly<Config>, storage: Storage, now: number, print: (s: string) => void): Promise<number> {
  const args = parseSuggestArgs(argv);
  if ('error' in args) { print(args.error); return 2; }
  const kb = loadKnowledge(config.knowledgeDir);
  const { asked, silentThumbsDown } = await askedSince(storage, now - args.periodMs);
  const files = entryFiles(config.knowledgeDir);
  print(suggestionText(suggestEntries(buildIndex(kb), asked, (id) => files.get(id))));
  if (silentThumbsDown) print(`(${silentThumbsDown} thumbs-down left no comment; "npm run insights" lists the entries concerned.)`);
  return 0;
}
