import { expect } from 'chai';
import { validateCard } from '../../src/cards/validate.js';
import { handleExtensionQuery, MAX_QUERY_CHARS } from '../../src/extension/query.js';
import { entryView, publicLinkLabel } from '../../src/extension/view.js';
import type { TurnInput, TurnOutput } from '../../src/kernel/types.js';
import { makeDeps, resultOf, searchReturning, type FakeDeps } from '../support/fake-deps.js';
import { fixtureKb } from '../support/fixture-kb.js';
import { makeTurn } from '../support/turns.js';
import { answerQuoteText, expectShownQuote, isQuoted, quoteLines } from '../support/quote.js';

const BASE = 'https://guide.example.org';

function query(value: unknown): TurnInput {
  return makeTurn({ kind: 'query', verb: 'composeExtension/query', value });
}
function q(text: string, extra: Record<string, unknown> = {}): TurnInput {
  return query({ commandId: 'findGuidance', parameters: [{ name: 'query', value: text }], queryOptions: { skip: 0, count: 25 }, ...extra });
}

interface Attachment { contentType: string; content: any; preview: { contentType: string; content: any } }
function attachments(out: TurnOutput): Attachment[] {
  expect(out.messages).to.deep.equal([]);
  expect(out.invokeResponse?.status).to.equal(200);
  const ext = (out.invokeResponse?.body as any).composeExtension;
  expect(ext).to.include({ type: 'result', attachmentLayout: 'list' });
  for (const a of ext.attachments as Attachment[]) {
    expect(a.contentType).to.equal('application/vnd.microsoft.card.adaptive');
    expect(a.preview.contentType).to.equal('application/vnd.microsoft.card.thumbnail');
    expect(validateCard(a.content)).to.deep.equal([]);
  }
  return ext.attachments;
}

function allActions(card: any): any[] {
  const found: any[] = [];
  const walk = (x: any) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') { if (typeof x.type === 'string' && x.type.startsWith('Action.')) found.push(x); Object.values(x).forEach(walk); }
  };
  walk(card);
  return found;
}

function textOf(card: any, id: string): string | undefined {
  let hit: string | undefined;
  const walk = (x: any) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') { if (x.id === id) hit = x.text; Object.values(x).forEach(walk); }
  };
  walk(card);
  return hit;
}

describe('message extension: Find guidance', () => {
  let deps: FakeDeps;
  beforeEach(() => { deps = makeDeps({ config: { publicBaseUrl: BASE } }); });

  it('returns matching entries as list items with title, organisation, first line and a thumbnail', async () => {
    const items = attachments(await handleExtensionQuery(deps, q('strengths')));
    expect(items).to.have.length(1);
    const preview = items[0].preview.content;
    expect(preview.title).to.equal('Strengths Based');
    expect(preview.subtitle).to.equal('Southwark Council');
    expect(preview.text).to.equal('Considering first what people can do with their skills and resources, and what their families and communities can offer.');
    expect(preview.images[0]).to.deep.equal({ url: `${BASE}/tab/assets/org-southwark.png`, alt: 'Southwark Council initials' });
  });

  it('inserts a card with the verbatim quote, its source and links only (no buttons that need the bot)', async () => {
    const [item] = attachments(await handleExtensionQuery(deps, q('strengths')));
    const card = item.content;
    const entry = deps.kb.entryById.get('southwark-principle-strengths-based')!;
    expect(answerQuoteText(card)).to.equal(quoteLines(entry.quote));
    const facts = JSON.stringify(card);
    expect(facts).to.include('Southwark Council').and.to.include('Our practice principles').and.to.include('Page last updated: 24 April 2024');
    const actions = allActions(card);
    expect(actions.map((a) => a.type)).to.deep.equal(['Action.OpenUrl', 'Action.OpenUrl', 'Action.OpenUrl']);
    expect(actions.map((a) => a.url)).to.deep.equal([
      `${BASE}/guide/southwark-practice-principles#our-practice-principles`,
      deps.kb.sourceById.get('southwark-practice-principles')!.url,
      `${BASE}/tab/?entry=southwark-principle-strengths-based`,
    ]);
    expect(card.speak).to.be.a('string').and.not.equal('');
  });

  it('labels a third-party copy honestly', async () => {
    const [item] = attachments(await handleExtensionQuery(deps, q('motivational interviewing')));
    const actions = allActions(item.content);
    expect(actions[1].title).to.equal('Third-party copy');
    expect(JSON.stringify(item.content)).to.include('not the publisher');
  });

  it('an empty query (or the initial run) lists the principles in order', async () => {
    const expected = deps.kb.entries.filter((e) => e.kind === 'principle').map((e) => e.title);
    const first = attachments(await handleExtensionQuery(deps, query({ commandId: 'findGuidance', parameters: [{ name: 'initialRun', value: 'true' }] })));
    expect(first.map((a) => a.preview.content.title)).to.deep.equal(expected);
    const blank = attachments(await handleExtensionQuery(deps, q('   ')));
    expect(blank.map((a) => a.preview.content.title)).to.deep.equal(expected);
    expect(deps.searches).to.have.length(0);
  });

  it('the principles of the deployment\'s organisation come first when it has some', async () => {
    const own = makeDeps({ config: { publicBaseUrl: BASE, defaultOrganisation: 'surrey' } });
    const items = attachments(await handleExtensionQuery(own, q('')));
    expect(items.map((a) => a.preview.content.subtitle)).to.deep.equal(['Surrey Safeguarding Children Board']);
  });

  it('no result gives one clear "No guidance matches" item', async () => {
    const items = attachments(await handleExtensionQuery(deps, q('parking permits')));
    expect(items).to.have.length(1);
    expect(items[0].preview.content.title).to.equal('No guidance matches');
    expect(allActions(items[0].content).every((a) => a.type === 'Action.OpenUrl')).to.equal(true);
  });

  it('pages with queryOptions skip and count', async () => {
    const many = makeDeps({ config: { publicBaseUrl: BASE }, search: searchReturning(resultOf(fixtureKb(), 'answer', ['southwark-principle-strengths-based', 'southwark-principle-relationship-based', 'southwark-principle-reflective'])) });
    const items = attachments(await handleExtensionQuery(many, q('anything', { queryOptions: { skip: 1, count: 1 } })));
    expect(items.map((a) => a.preview.content.title)).to.deep.equal(['Relationship Based']);
  });

  it('refuses over-long, missing and malformed parameters kindly, without searching', async () => {
    const long = attachments(await handleExtensionQuery(deps, q('a'.repeat(MAX_QUERY_CHARS + 1))));
    expect(long[0].preview.content.title).to.equal('Please use a shorter search');
    for (const value of [undefined, 'text', { commandId: 'findGuidance' }, { commandId: 'findGuidance', parameters: [{ name: 'query', value: 42 }] }, { commandId: 'findGuidance', parameters: [] }]) {
      const items = attachments(await handleExtensionQuery(deps, query(value)));
      expect(items[0].preview.content.title).to.equal('Type a few words to search');
    }
    const other = attachments(await handleExtensionQuery(deps, query({ commandId: 'somethingElse', parameters: [{ name: 'query', value: 'x' }] })));
    expect(other[0].preview.content.title).to.equal('This search is not available');
    expect(deps.searches).to.have.length(0);
  });

  it('never logs the search text', async () => {
    await handleExtensionQuery(deps, q('strengths based practice with families'));
    await handleExtensionQuery(deps, q('zzqx unmatched words'));
    const logged = JSON.stringify(deps.logs);
    expect(logged).not.to.include('families').and.not.to.include('zzqx');
    expect(logged).not.to.include('29:test-user');
    expect(deps.logs.some((l) => l.event === 'extension.query' && l.outcome === 'answer')).to.equal(true);
  });
});

describe('entry view', () => {
  it('gives same-origin guide links by default and honest public link labels', () => {
    const kb = fixtureKb();
    const view = entryView(kb, kb.entryById.get('kent-vision')!);
    expect(view.source.guideUrl).to.equal('/guide/kent-vision#our-vision');
    expect(view.source.label).to.equal('Public page (old content: the page may have been retired)');
    const none = { ...kb.sources[0], urlStatus: 'none' as const };
    expect(publicLinkLabel(none)).to.equal('Document only: no official public link');
  });
});

describe('message extension card copy', () => {
  it('over the real knowledge base: no doubled full stop, no trailing colon, and list quotes on their own lines', async () => {
    const { loadKnowledge } = await import('../../src/knowledge/load.js');
    const { answerAttachment } = await import('../../src/extension/query.js');
    const kb = loadKnowledge(new URL('../../knowledge', import.meta.url).pathname);
    const deps = makeDeps({ kb, config: { publicBaseUrl: BASE } });
    for (const e of kb.entries) {
      const card = answerAttachment(deps, e).content as Record<string, unknown>;
      expect(validateCard(card), e.id).to.deep.equal([]);
      const texts: string[] = [];
      const walk = (x: unknown) => {
        if (Array.isArray(x)) x.forEach(walk);
        else if (x && typeof x === 'object') { const o = x as Record<string, unknown>; for (const k of ['text', 'value']) if (typeof o[k] === 'string') texts.push(o[k] as string); Object.values(o).forEach(walk); }
      };
      walk(card);
      const ours = texts.filter((t) => !isQuoted(e, t));
      for (const t of ours) {
        expect(t, `${e.id}: doubled full stop`).not.to.match(/\.\s*\)?\s*\.|\.\.$/);
        if (!t.endsWith('says:')) expect(t, `${e.id}: trailing colon`).not.to.match(/:\s*$/);
      }
      expectShownQuote(answerQuoteText(card), e);
    }
    const kent = answerAttachment(deps, kb.entryById.get('kent-document-fact')!).content;
    expect(JSON.stringify(kent)).to.include('the page may have been retired).');
  });
});
