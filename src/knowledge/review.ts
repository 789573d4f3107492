/**
 * What an owner reviews after an import, as readable text: drafts and changed entries of one document (or all),
 * each with its quote (a changed one beside its previous quote) and which aids were generated. Pure.
 *
 * @example console.log(reviewText(kb, 'northwood-principles').join('\n'))
 */
import type { Entry, KnowledgeBase } from './types.js';

/** Longest quote shown in full; longer ones are cut with an ellipsis (the file holds the whole). */
const SHOWN_QUOTE_CHARS = 400;

const shown = (q: string): string => {
  const flat = q.replace(/\s*\n\s*/g, ' / ');
  return `“${flat.length > SHOWN_QUOTE_CHARS ? `${flat.slice(0, SHOWN_QUOTE_CHARS)}…` : flat}”`;
};

function entryLines(e: Entry): string[] {
  const generated = new Set(e.generated ?? []);
  const tag = (field: string): string => (generated.has(field) ? ' (generated)' : '');
  const lines = [`  [${e.status}] ${e.id}  kind ${e.kind}${tag('kind')}, section #${e.section}`, `    title${tag('title')}: ${e.title}`];
  if (e.status === 'changed' && e.previousQuote) lines.push(`    was: ${shown(e.previousQuote)}`, `    now: ${shown(e.quote)}`);
  else lines.push(`    quote: ${shown(e.quote)}`);
  lines.push(`    questions${tag('questions')}: ${e.questions.join(' | ')}`, `    keywords${tag('keywords')}: ${e.keywords.join(', ')}`);
  if (e.related.length) lines.push(`    related: ${e.related.join(', ')}`);
  return lines;
}

/** Lines describing the entries to review; `document` limits them to one source. Unknown documents are reported. */
export function reviewText(kb: KnowledgeBase, document?: string): string[] {
  if (document && !kb.sourceById.has(document)) {
    return [`No document "${document}". Documents: ${kb.sources.map((s) => s.id).join(', ')}`];
  }
  const out: string[] = [];
  for (const src of kb.sources.filter((s) => !document || s.id === document)) {
    const pending = kb.entries.filter((e) => e.source === src.id && e.status);
    const drafts = pending.filter((e) => e.status === 'draft').length;
    const changed = pending.length - drafts;
    const total = kb.entries.filter((e) => e.source === src.id).length;
    out.push(`${src.id}: "${src.title}" (${src.publisher}): ${total} entries, ${drafts} draft, ${changed} changed`);
    for (const e of [...pending].sort((a, b) => (a.status === b.status ? 0 : a.status === 'changed' ? -1 : 1))) out.push(...entryLines(e));
  }
  if (!out.some((l) => l.startsWith('  ['))) out.push('Nothing to review: no drafts or changed entries.');
  else out.push('', 'To accept an entry, edit it in knowledge/entries/ (rewrite its title, questions and keywords in staff\'s words, remove those', 'fields from "generated") and delete its "status" line. Run "npm run knowledge -- check" after editing.');
  return out;
}
