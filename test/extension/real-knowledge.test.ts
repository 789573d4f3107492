import { expect } from 'chai';
import { validateCard } from '../../src/cards/validate.js';
import { handleExtensionQuery } from '../../src/extension/query.js';
import { thumbnailPath } from '../../src/extension/thumbnails.js';
import { buildIndex, search } from '../../src/knowledge/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { TurnOutput } from '../../src/kernel/types.js';
import { makeDeps, type FakeDeps } from '../support/fake-deps.js';
import { makeTurn } from '../support/turns.js';

function q(text: string) {
  return makeTurn({ kind: 'query', value: { commandId: 'findGuidance', parameters: [{ name: 'query', value: text }] } });
}
function items(out: TurnOutput): { content: any; preview: { content: any } }[] {
  return (out.invokeResponse?.body as any).composeExtension.attachments;
}

describe('message extension over the real knowledge base and engine', () => {
  let deps: FakeDeps;
  before(() => {
    const kb = loadKnowledge('knowledge');
    const index = buildIndex(kb);
    deps = makeDeps({ kb, search: (question, context) => search(index, question, context), config: { publicBaseUrl: 'https://guide.example.org' } });
  });

  it('every organisation has its own thumbnail', () => {
    for (const org of deps.kb.organisations) expect(thumbnailPath(org.id), org.id).to.equal(`/tab/assets/org-${org.id}.png`);
  });

  it('finds Southwark\'s "Strengths Based" principle and every card passes the Adaptive Card 1.5 checks', async () => {
    const results = items(await handleExtensionQuery(deps, q('strengths based')));
    expect(results[0].preview.content.title).to.include('Strengths Based');
    expect(results[0].preview.content.subtitle).to.equal(deps.kb.organisationById.get('southwark')!.name);
    for (const r of results) expect(validateCard(r.content)).to.deep.equal([]);
  });

  it('the initial run lists principles in knowledge-base order, all cards valid', async () => {
    const results = items(await handleExtensionQuery(deps, makeTurn({ kind: 'query', value: { commandId: 'findGuidance', parameters: [{ name: 'initialRun', value: 'true' }] } })));
    const expected = deps.kb.entries.filter((e) => e.kind === 'principle').slice(0, 25).map((e) => e.title);
    expect(results.map((r) => r.preview.content.title)).to.deep.equal(expected);
    for (const r of results) expect(validateCard(r.content)).to.deep.equal([]);
  });

  it('searches only the redacted text, adds a reminder and never echoes a name', async () => {
    deps.searches.length = 0;
    const out = await handleExtensionQuery(deps, q('strengths based practice with Jayden Smith'));
    expect(deps.searches[0].question).not.to.include('Jayden');
    const results = items(out);
    expect(results[0].preview.content.title).to.equal('Personal details were left out of your search');
    expect(JSON.stringify(out)).not.to.include('Jayden');
    expect(JSON.stringify(deps.logs)).not.to.include('Jayden');
  });

  it('an urgent search gets the act-now item and no search', async () => {
    deps.searches.length = 0;
    const results = items(await handleExtensionQuery(deps, q('my YP is missing')));
    expect(results).to.have.length(1);
    expect(results[0].preview.content.title).to.equal('If a child is at immediate risk, act now');
    expect(deps.searches).to.have.length(0);
  });
});
