/**
 * Test documents for the importer, written here (fictional guidance, nobody's text): one small guidance document
 * in every format the importer reads, and empty knowledge bases in temporary folders.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDocx, makePdf } from '../../support/documents.js';

export const TITLE = 'Riverside practice principles';
export const VISION = 'We want every child in Riverside to be safe, heard and hopeful about their future.';
export const LEAD_IN = 'Our practice principles are:';
export const ITEMS = [
  'Listen first – we hear children before we decide anything about their lives.',
  'Work with families – we plan with parents and carers, not around them.',
  'Be honest – we explain our worries clearly and keep our promises.',
];
export const SUPERVISION = 'Every social worker has reflective supervision at least once a month, in a protected space to think about the child.';

/** An empty knowledge base (no organisations, sources or entries) in a fresh temporary folder. */
export function emptyKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-kb-'));
  writeFileSync(join(dir, 'organisations.yaml'), 'organisations: []\n');
  writeFileSync(join(dir, 'sources.yaml'), 'sources: []\n');
  mkdirSync(join(dir, 'entries'));
  return dir;
}

/** Every file of a folder with its sha256, to show that a refused import wrote nothing. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string): void => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p, `${rel}${f}/`);
      else out[`${rel}${f}`] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir, '');
  return out;
}

/** Writes the test document in one format into `dir` and returns its path. */
export async function writeSample(dir: string, format: 'html' | 'md' | 'txt' | 'docx' | 'pdf', name = 'riverside-principles'): Promise<string> {
  const file = join(dir, `${name}.${format}`);
  switch (format) {
    case 'md':
      writeFileSync(file, `# ${TITLE}\n\n## Our vision\n\n${VISION}\n\n## Principles\n\n${LEAD_IN}\n\n${ITEMS.map((i) => `- ${i}`).join('\n')}\n\n## Supervision\n\n${SUPERVISION}\n`);
      break;
    case 'txt':
      writeFileSync(file, `${TITLE}\n\nOur vision\n\n${VISION}\n\nPrinciples\n\n${LEAD_IN}\n${ITEMS.map((i) => `• ${i}`).join('\n')}\n\nSupervision\n\n${SUPERVISION}\n`);
      break;
    case 'html':
      writeFileSync(file, `<!doctype html><html><head><title>${TITLE}</title><style>p{color:red}</style></head><body>
<nav><a href="/">Home</a> <a href="/jobs">Jobs</a></nav>
<main><h1>${TITLE}</h1><h2>Our vision</h2><p>${VISION.replace('safe, heard', 'safe,\n   heard')}</p>
<h2>Principles</h2><p>${LEAD_IN}</p><ul>${ITEMS.map((i) => `<li>${i.replace('–', '&ndash;')}</li>`).join('')}</ul>
<h2>Supervision</h2><p>${SUPERVISION}</p><img src="x.png" alt="A social worker smiling"></main>
<footer>Cookie settings</footer><script>track()</script></body></html>`);
      break;
    case 'docx':
      writeFileSync(file, await makeDocx([
        { text: TITLE, heading: 1 }, { text: 'Our vision', heading: 2 }, { text: VISION },
        { text: 'Principles', heading: 2 }, { text: LEAD_IN }, ...ITEMS.map((text) => ({ text, bullet: true })),
        { text: 'Supervision', heading: 2 }, { text: SUPERVISION },
      ]));
      break;
    case 'pdf':
      // Helvetica in PDF has no en dash in WinAnsi's 7-bit range, so the PDF's items use a hyphen.
      writeFileSync(file, makePdf([[
        { text: TITLE, size: 20 }, { text: 'Our vision', size: 15 }, { text: VISION },
        { text: 'Principles', size: 15 }, { text: LEAD_IN }, ...ITEMS.map((i) => ({ text: `- ${i.replace('–', '-')}` })),
      ], [{ text: 'Supervision', size: 15 }, { text: SUPERVISION }]], TITLE));
      break;
  }
  return file;
}
