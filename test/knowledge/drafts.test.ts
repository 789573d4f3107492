import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerCard } from '../../src/cards/answer.js';
import { loadConfig } from '../../src/config.js';
import { importDocument } from '../../src/knowledge/import/import.js';
import { KnowledgeError, loadKnowledge } from '../../src/knowledge/load.js';
import { makeDeps } from '../support/fake-deps.js';
import { emptyKnowledge, writeSample } from './import/fixtures.js';

/** A knowledge base holding the imported test document (all drafts). */
async function imported(): Promise<string> {
  const dir = emptyKnowledge();
  await importDocument({ file: await writeSample(dir, 'md'), knowledgeDir: dir, organisation: 'riverside' });
  return dir;
}

describe('draft entries: live by default, one setting to hide them, no difference to staff', function () {
  this.timeout(20_000);

  it('are answered from by default, and left out (with the links to them) when drafts are off', async () => {
    const dir = await imported();
    const live = loadKnowledge(dir);
    expect(live.entries.every((e) => e.status === 'draft')).to.equal(true);
    const file = join(dir, 'entries/riverside-principles.yaml');
    // An owner reviews the overview only: its status line goes.
    const overview = live.entries.find((e) => e.kind === 'overview')!;
    const yaml = readFileSync(file, 'utf8');
    writeFileSync(file, yaml.replace(`id: ${overview.id}\n    status: draft\n`, `id: ${overview.id}\n`));
    const hidden = loadKnowledge(dir, { drafts: false });
    expect(hidden.entries.map((e) => e.id)).to.deep.equal([overview.id]);
    expect(hidden.entryById.get(overview.id)!.related, 'no link to a hidden draft').to.deep.equal([]);
    expect(loadKnowledge(dir).entries.length).to.equal(live.entries.length);
  });

  it('the setting is KNOWLEDGE_DRAFTS_LIVE, default true, and a bad value names the variable', () => {
    expect(loadConfig({}).knowledgeDraftsLive).to.equal(true);
    expect(loadConfig({ KNOWLEDGE_DRAFTS_LIVE: 'false' }).knowledgeDraftsLive).to.equal(false);
    expect(() => loadConfig({ KNOWLEDGE_DRAFTS_LIVE: 'sometimes' })).to.throw(/KNOWLEDGE_DRAFTS_LIVE/);
    const sample = readFileSync(new URL('../../env.sample', import.meta.url), 'utf8');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(sample).to.match(/^KNOWLEDGE_DRAFTS_LIVE=true$/m);
    expect(readme).to.match(/^\| `KNOWLEDGE_DRAFTS_LIVE` \| true \|/m);
  });

  it('a card from a draft is the same card as from the reviewed entry', async () => {
    const kb = loadKnowledge(await imported());
    const deps = makeDeps({ kb });
    for (const draft of kb.entries) {
      const { status: _s, generated: _g, ...reviewed } = draft;
      expect(JSON.stringify(answerCard(deps, draft)), draft.id).to.equal(JSON.stringify(answerCard(deps, reviewed)));
    }
  });

  it('the loader names a bad status or generated field with file, entry and field', async () => {
    const dir = await imported();
    const file = join(dir, 'entries/riverside-principles.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: draft', 'status: approved').replace('generated: [title,', 'generated: [quote, title,'));
    try {
      loadKnowledge(dir);
      expect.fail('expected a KnowledgeError');
    } catch (err) {
      const problems = (err as KnowledgeError).problems.join('\n');
      expect(problems).to.match(/entries\/riverside-principles\.yaml: entry "[a-z0-9-]+" field "status": must be one of draft, changed/);
      expect(problems).to.match(/field "generated": "quote" is not a field the importer writes/);
    }
  });
});
