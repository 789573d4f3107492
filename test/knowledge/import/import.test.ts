import { expect } from 'chai';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { importDocument } from '../../../src/knowledge/import/import.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import type { Entry } from '../../../src/knowledge/types.js';
import { SEEDS } from '../../../src/scripts/eval-cold.js';
import { emptyKnowledge, ITEMS, LEAD_IN, snapshot, SUPERVISION, TITLE, VISION, writeSample } from './fixtures.js';

const FORMATS = ['md', 'txt', 'html', 'docx', 'pdf'] as const;

/** Items as the format carries them (the test PDF sets a hyphen where the others have an en dash). */
const itemsIn = (format: string): string[] => (format === 'pdf' ? ITEMS.map((i) => i.replace('–', '-')) : ITEMS);

describe('knowledge import: each format', () => {
  for (const format of FORMATS) {
    it(`imports ${format}: local copy, source record with sha256, new organisation, draft entries quoting verbatim`, async function () {
      this.timeout(20_000);
      const dir = emptyKnowledge();
      const file = await writeSample(dir, format);
      const result = await importDocument({ file, knowledgeDir: dir, organisation: 'riverside', organisationName: 'Riverside Borough Council' });
      expect(result).to.include({ document: 'riverside-principles', created: true, organisationAdded: true, format: format === 'md' ? 'markdown' : format === 'txt' ? 'text' : format });

      const kb = loadKnowledge(dir);
      expect(kb.organisationById.get('riverside')).to.deep.include({ name: 'Riverside Borough Council', shortName: 'Riverside' });
      expect(kb.organisationById.get('riverside')!.aliases).to.include.members(['riverside', 'rbc']);
      const src = kb.sourceById.get('riverside-principles')!;
      expect(src.title).to.equal(TITLE);
      expect(src.text).to.equal(readFileSync(join(dir, 'sources/riverside-principles.txt'), 'utf8'));
      expect(src.text).to.include(VISION).and.include(SUPERVISION);
      expect(src.text, 'page chrome left out').to.not.match(/Cookie settings|track\(\)|Jobs|smiling/);
      expect(src.sections.map((s) => s.heading)).to.include.members(['Our vision', 'Principles', 'Supervision']);

      const entries = kb.entries.filter((e) => e.source === src.id);
      for (const e of entries) {
        expect(src.text.includes(e.quote), `${e.id} quote verbatim`).to.equal(true);
        expect(e.status, e.id).to.equal('draft');
        expect(e.generated, e.id).to.include.members(['questions', 'keywords']);
        expect(e.questions.length, e.id).to.be.greaterThan(0);
        expect(e.keywords.length, e.id).to.be.greaterThan(0);
      }
      const vision = entries.find((e) => e.quote === VISION)!;
      expect(vision, 'a paragraph is an entry').to.not.equal(undefined);
      expect(vision.title, 'title from the heading').to.equal('Our vision');
      expect(vision.section).to.equal('our-vision');
      const overview = entries.find((e) => e.kind === 'overview')!;
      expect(overview.quote.startsWith(LEAD_IN), 'the overview quotes the lead-in').to.equal(true);
      for (const item of itemsIn(format)) {
        expect(overview.quote, 'the overview names every item').to.include(item);
        const e = entries.find((x) => x.quote === item);
        expect(e, `an entry per item: ${item}`).to.not.equal(undefined);
        expect(e!.kind).to.equal('principle');
        expect(e!.related).to.deep.equal([overview.id]);
      }
      expect(overview.related).to.have.length(ITEMS.length);
    });
  }
});

describe('knowledge import: a revised document', () => {
  it('keeps ids and hand-written aids of unchanged passages, marks changed ones, lists removed ones, drafts new ones', async function () {
    this.timeout(20_000);
    const dir = emptyKnowledge();
    const v1 = join(dir, 'guidance-v1.md');
    writeFileSync(v1, `# ${TITLE}\n\n## Our vision\n\n${VISION}\n\n## Supervision\n\n${SUPERVISION}\n\n## Leave\n\nStaff take their annual leave in agreement with their manager so that children always have a worker they know.\n`);
    await importDocument({ file: v1, knowledgeDir: dir, organisation: 'riverside', id: 'riverside-principles' });
    const first = loadKnowledge(dir).entries;
    const vision1 = first.find((e) => e.quote === VISION)!;
    const supervision1 = first.find((e) => e.quote === SUPERVISION)!;
    const leave1 = first.find((e) => e.quote.startsWith('Staff take their annual leave'))!;

    // An owner reviews the vision entry: writes questions by hand and accepts it.
    const file = join(dir, 'entries/riverside-principles.yaml');
    const yaml = readFileSync(file, 'utf8');
    const at = yaml.indexOf(`id: ${vision1.id}`);
    const block = yaml.slice(at, yaml.indexOf('generated:', at));
    const reviewed = block.replace('status: draft\n    ', '').replace(/questions:\n(?: {6}- .*\n)+/, 'questions:\n      - what future do we want for riverside kids\n');
    writeFileSync(file, yaml.replace(block, reviewed).replace(`id: ${vision1.id}\n`, `id: ${vision1.id}\n`).replace(/(id: riverside-principles-our-vision[\s\S]*?generated: )\[title, kind, questions, keywords, related\]/, '$1[title, kind, keywords, related]'));
    expect(loadKnowledge(dir).entryById.get(vision1.id)!.status).to.equal(undefined);

    const changedSupervision = SUPERVISION.replace('at least once a month', 'at least every four weeks');
    const v2 = join(dir, 'guidance-v2.md');
    writeFileSync(v2, `# ${TITLE}\n\n## Our vision\n\n${VISION}\n\n## Supervision\n\n${changedSupervision}\n\n## Learning\n\nEvery team meets each quarter to learn from a case review together.\n`);
    const r = await importDocument({ file: v2, knowledgeDir: dir, organisation: 'riverside', id: 'riverside-principles' });
    expect(r.created).to.equal(false);
    expect(r.kept).to.include(vision1.id);
    expect(r.changed).to.deep.equal([supervision1.id]);
    expect(r.removed.map((e) => e.id)).to.deep.equal([leave1.id]);
    expect(r.added).to.have.length.greaterThan(0);

    const kb = loadKnowledge(dir);
    const vision2 = kb.entryById.get(vision1.id)!;
    expect(vision2.questions, 'hand-written questions kept').to.deep.equal(['what future do we want for riverside kids']);
    expect(vision2.status, 'a reviewed, unchanged entry stays reviewed').to.equal(undefined);
    const sup2 = kb.entryById.get(supervision1.id)!;
    expect(sup2).to.include({ status: 'changed', quote: changedSupervision, previousQuote: SUPERVISION });
    expect(kb.entryById.has(leave1.id), 'a removed passage has no entry').to.equal(false);
    const learning = kb.entries.find((e) => e.quote.startsWith('Every team meets each quarter'))!;
    expect(learning.status).to.equal('draft');
    expect(readFileSync(join(dir, 'sources/riverside-principles.txt'), 'utf8')).to.include(changedSupervision);
  });

  it('re-importing the same file changes nothing but what is generated', async function () {
    this.timeout(20_000);
    const dir = emptyKnowledge();
    const file = await writeSample(dir, 'md');
    await importDocument({ file, knowledgeDir: dir, organisation: 'riverside' });
    const before = loadKnowledge(dir).entries.map((e: Entry) => e.id);
    const again = await importDocument({ file, knowledgeDir: dir, organisation: 'riverside' });
    expect(again).to.deep.include({ created: false, added: [], changed: [], removed: [] });
    expect(loadKnowledge(dir).entries.map((e) => e.id)).to.deep.equal(before);
    expect(existsSync(join(dir, 'entries/riverside-principles.yaml'))).to.equal(true);
    expect((parse(readFileSync(join(dir, 'organisations.yaml'), 'utf8')) as { organisations: unknown[] }).organisations).to.have.length(1);
  });
});

describe('knowledge import: the hand-curated documents, re-imported', () => {
  it('leaves every file byte for byte as it was: all passages unchanged, hand-made sections and aids kept', async function () {
    this.timeout(60_000);
    const seeds = fileURLToPath(new URL('../../../../shared/seeds', import.meta.url));
    if (!existsSync(seeds)) this.skip(); // the seeds live in ../shared, which CI lays beside the repository
    const dir = join(mkdtempSync(join(tmpdir(), 'reimport-')), 'knowledge');
    cpSync(fileURLToPath(new URL('../../../knowledge', import.meta.url)), dir, { recursive: true });
    const before = snapshot(dir);
    for (const s of SEEDS) {
      const r = await importDocument({ file: join(seeds, s.file), knowledgeDir: dir, organisation: s.organisation, id: s.id });
      expect(r, s.id).to.deep.include({ created: false, added: [], changed: [], removed: [], files: [] });
    }
    expect(snapshot(dir)).to.deep.equal(before);
  });
});
