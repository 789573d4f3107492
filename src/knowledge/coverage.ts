/**
 * Coverage: every guidance sentence of every source belongs to some entry's quote. Headings, captions and page
 * furniture (short lines that do not read as sentences) are not guidance. Pure.
 *
 * @example uncovered(kb).map((u) => `${u.source} line ${u.line}: ${u.sentence}`)
 */
import { BULLET, headingLike } from './import/read-text.js';
import { sentences } from './import/merge.js';
import type { KnowledgeBase } from './types.js';

export interface Uncovered {
  source: string;
  localCopy: string;
  /** 1-based line of the copy. */
  line: number;
  sentence: string;
}

/** Guidance sentences of the sources that no entry of the same source quotes. */
export function uncovered(kb: KnowledgeBase): Uncovered[] {
  const out: Uncovered[] = [];
  for (const src of kb.sources) {
    const quotes = kb.entries.filter((e) => e.source === src.id).map((e) => e.quote);
    // A section's start line is a heading when it is the heading itself (a paragraph may start a section too).
    const headings = new Set(src.sections.filter((s) => s.startLine.trim().replace(/:$/, '') === s.heading.trim().replace(/:$/, '')).map((s) => s.startLine.trim()));
    src.text.split('\n').forEach((raw, i) => {
      const line = raw.replace(/\s+$/u, '').trim();
      const bullet = BULLET.test(raw);
      if (!line || headings.has(line) || (!bullet && headingLike(line))) return;
      for (const sentence of sentences(line)) {
        if (!quotes.some((q) => q.includes(sentence))) out.push({ source: src.id, localCopy: src.localCopy, line: i + 1, sentence });
      }
    });
  }
  return out;
}
