/**
 * Asks the matching engine one question from the command line.
 *   npm run ask -- "why did kent pick SoS?" [--json] [--org kent] [--dir knowledge]
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../knowledge/load.js';
import { buildIndex, search } from '../knowledge/engine.js';
import type { Hit, KnowledgeBase } from '../knowledge/types.js';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));

interface Args { question: string; json: boolean; org?: string; dir: string }

function parseArgs(argv: string[]): Args {
  const out: Args = { question: '', json: false, dir: resolve(REPO, 'knowledge') };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') out.json = true;
    else if (a === '--org') out.org = argv[++i];
    else if (a === '--dir') out.dir = resolve(argv[++i]);
    else words.push(a);
  }
  out.question = words.join(' ').trim();
  return out;
}

/** Where a hit comes from: publisher, title and date; the local guide page with the section's anchor; the public
 * address as published (our anchors are ours: they are never added to someone else's address). */
function sourceLabel(kb: KnowledgeBase, hit: Hit): string {
  const src = kb.sourceById.get(hit.entry.source);
  if (!src) return hit.entry.source;
  return `${src.publisher}, "${src.title}" (${src.dateLabel}); guide: /guide/${src.id}#${hit.entry.section}; public: ${src.url ?? 'no public address'}`;
}

/** An organisation by id, name, short name or alias, in any case. */
function organisationId(kb: KnowledgeBase, given: string): string | undefined {
  const g = given.trim().toLowerCase();
  return kb.organisations.find((o) => [o.id, o.name, o.shortName, ...o.aliases].some((n) => n.toLowerCase() === g))?.id;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!args.question) {
    console.error('usage: npm run ask -- "question" [--json] [--org <organisation id>]');
    process.exit(2);
  }
  const kb = loadKnowledge(args.dir);
  const org = args.org === undefined ? undefined : organisationId(kb, args.org);
  if (args.org !== undefined && !org) {
    console.error(`Unknown organisation "${args.org}". Known: ${kb.organisations.map((o) => `${o.id} (${o.name})`).join(', ')}`);
    process.exit(2);
  }
  const index = buildIndex(kb);
  const result = search(index, args.question, { organisation: org });
  const shown = result.hits.length ? result.hits : result.nearest ?? [];
  if (args.json) {
    console.log(JSON.stringify({
      outcome: result.outcome, confidence: result.confidence,
      organisation: result.organisation ?? org ?? shown[0]?.entry.organisation ?? null,
      organisationNamed: result.organisation ?? null,
      hits: result.hits.map((h) => ({
        id: h.entry.id, title: h.entry.title, organisation: h.entry.organisation, confidence: h.confidence,
        quote: h.entry.quote, source: sourceLabel(kb, h),
      })),
      companions: (result.companions ?? []).map((e) => e.id),
      nearest: (result.nearest ?? []).map((h) => ({ id: h.entry.id, confidence: h.confidence })),
    }, null, 2));
    return;
  }
  console.log(`outcome: ${result.outcome}   confidence: ${result.confidence.toFixed(3)}${result.organisation ? `   named: ${result.organisation}` : ''}`);
  if (!result.hits.length && shown.length) console.log('(no answer given; nearest entries, never shown to users:)');
  if (result.companions?.length) console.log(`quoted with the answer, in the document's order: ${result.companions.map((e) => e.id).join(', ')}`);
  shown.forEach((h, i) => {
    const org = kb.organisationById.get(h.entry.organisation)?.shortName ?? h.entry.organisation;
    console.log(`\n${i + 1}. [${h.confidence.toFixed(3)}] ${h.entry.title}  (${org}; ${h.entry.id})`);
    console.log(`   "${h.entry.quote.replace(/\s+/g, ' ')}"`);
    console.log(`   source: ${sourceLabel(kb, h)}`);
  });
}

main();
