import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runKnowledge } from '../../src/scripts/knowledge.js';
import { emptyKnowledge, writeSample } from '../knowledge/import/fixtures.js';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../examples/northwood-practice-principles.md', import.meta.url));

/** Runs a knowledge command and captures what it prints. */
async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runKnowledge(argv, { log: (s) => out.push(s), error: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run knowledge: import, review, check', function () {
  this.timeout(30_000);

  it('check passes on the real knowledge base, naming what it counted', async () => {
    const r = await run('check', '--dir', KNOWLEDGE_DIR);
    expect(r.code, r.err).to.equal(0);
    expect(r.out).to.match(/4 organisations, 5 documents, \d+ entries \(0 draft, 0 changed\)/);
  });

  it('walks the README: import the sample document, review its drafts, check', async () => {
    const dir = emptyKnowledge();
    const imported = await run('import', EXAMPLE, '--organisation', 'northwood', '--organisation-name', 'Northwood Council', '--dir', dir);
    expect(imported.code, imported.err).to.equal(0);
    expect(imported.out).to.contain('as "northwood-practice-principles", with the new organisation "northwood"');
    const review = await run('review', 'northwood-practice-principles', '--dir', dir);
    expect(review.code).to.equal(0);
    expect(review.out).to.match(/\[draft\] northwood-practice-principles-/);
    expect(review.out).to.contain('questions (generated)');
    expect((await run('check', '--dir', dir)).code).to.equal(0);
    const check = await run('check', '--dir', dir);
    expect(check.out).to.match(/1 organisations, 1 documents, \d+ entries \(\d+ draft, 0 changed\)/);
  });

  it('check names the file, entry and field of a problem, and a guidance sentence no entry quotes', async () => {
    const dir = emptyKnowledge();
    await run('import', await writeSample(dir, 'md'), '--organisation', 'riverside', '--dir', dir);
    const file = join(dir, 'entries/riverside-principles.yaml');
    const yaml = readFileSync(file, 'utf8');
    // Drop the supervision entry (coverage) and misspell a quote (verbatim check).
    const broken = yaml.replace(/ {2}- id: riverside-principles-supervision\n(?: {4}.*\n| {6}.*\n)+/, '').replace('hopeful about their future', 'hopeful about the future');
    writeFileSync(file, broken);
    const bad = await run('check', '--dir', dir);
    expect(bad.code).to.equal(1);
    expect(bad.err).to.match(/entries\/riverside-principles\.yaml: entry "riverside-principles-our-vision" field "quote": not found verbatim/);
    writeFileSync(file, yaml.replace(/ {2}- id: riverside-principles-supervision\n(?: {4}.*\n| {6}.*\n)+/, ''));
    const gap = await run('check', '--dir', dir);
    expect(gap.code).to.equal(1);
    expect(gap.err).to.match(/sources\/riverside-principles\.txt: line \d+: sentence "Every social worker has reflective supervision.*" is in no entry's quote \(coverage\)/);
  });

  it('refuses a bad file with its code, and bad usage with the usage', async () => {
    const dir = emptyKnowledge();
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const r = await run('import', empty, '--organisation', 'riverside', '--dir', dir);
    expect(r.code).to.equal(1);
    expect(r.err).to.contain('import refused (import_empty)');
    expect((await run('import', empty, '--dir', dir)).code).to.equal(2);
    expect((await run('frobnicate')).err).to.contain('usage: npm run knowledge');
    expect((await run('check', '--colour', 'red')).code).to.equal(2);
  });
});
