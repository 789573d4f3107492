import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { validateCard } from '../../src/cards/validate.js';
import { buildIndex, search } from '../../src/knowledge/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { startApp, type Harness } from '../support/app-harness.js';
import { answerQuoteText } from '../support/quote.js';
import { nodes } from '../conversation/helpers.js';
import { installed, message, submit, USER, type TeamsScope } from '../support/teams.js';

type Card = Record<string, unknown>;

/** Short questions whose words two different passages share (a real choice, not an overview and its items). */
const HEDGE_CANDIDATES = ['southwark respect and strengths', 'kent vision', 'surrey working to families strenghts',
  "kent children's services - is it team work or down to individual workers", 'how does southwark fostering plan to get good carers',
  'where does the idea of a just culture come in for southwark staff', 'whats our line on participation for children in southwark',
  "what's bracknell's vision for childrens social care in plain english?"];

const find = (card: unknown, pred: (o: Record<string, unknown>) => boolean) => nodes(card).filter(pred);
const quoteOf = (card: Card) => answerQuoteText(card) ?? '';
const submits = (card: Card) => find(card, (o) => o.type === 'Action.Submit').map((o) => o.data as Record<string, unknown>);

describe('answering in Teams, over HTTP (end to end)', function () {
  this.timeout(30_000);
  let h: Harness;
  before(async () => { h = await startApp({ DEFAULT_ORGANISATION: '' }); });
  after(async () => h?.close());
  beforeEach(() => h.connector.clear());
  afterEach(() => {
    for (const card of h.connector.cards()) expect(validateCard(card), JSON.stringify(card).slice(0, 200)).to.deep.equal([]);
  });

  const ask = async (text: string, scope: TeamsScope = 'personal') => {
    const res = await h.send(message(text, { serviceUrl: h.connector.url, scope }));
    expect(res.status).to.equal(200);
    return h.connector.cards();
  };

  /** Asks, and when the bot offers did-you-mean, presses the first choice as a user would. */
  const answerFor = async (text: string, scope: TeamsScope = 'personal') => {
    const cards = await ask(text, scope);
    expect(cards).to.have.length.greaterThan(0);
    if (quoteOf(cards[0])) return cards[0];
    const first = submits(cards[0]).find((d) => d.action === 'ask');
    expect(first, 'an answer or a did-you-mean choice').to.not.equal(undefined);
    h.connector.clear();
    await h.send(submit(first!, { serviceUrl: h.connector.url, scope }));
    return h.connector.cards()[0];
  };

  for (const scope of ['personal', 'groupChat', 'channel'] as TeamsScope[]) {
    it(`answers a question with a cited card in a ${scope} chat`, async () => {
      const card = await answerFor('what does the secure base model say about availability in bracknell forest?', scope);
      const quote = quoteOf(card);
      expect(quote.toLowerCase()).to.contain('people are there for me');
      const urls = find(card, (o) => o.type === 'Action.OpenUrl').map((o) => String(o.url));
      expect(urls.some((u) => u.startsWith('https://guide.example.org/guide/'))).to.equal(true);
      const typing = h.connector.calls.filter((c) => c.body.type === 'typing');
      expect(typing, 'typing indicator').to.have.length.greaterThan(0);
      if (scope === 'channel') {
        expect(h.connector.calls.every((c) => c.conversationId.includes(';messageid='))).to.equal(true);
      }
    });
  }

  it('ignores a channel message that does not @mention the bot', async () => {
    await h.send(message('what is aspire?', { serviceUrl: h.connector.url, scope: 'channel', mention: false }));
    expect(h.connector.messages()).to.have.length(0);
  });

  it('serves the guide page a card links to, with the section anchor', async () => {
    const card = await answerFor('bracknell aspire reflective supervision');
    const link = find(card, (o) => o.type === 'Action.OpenUrl').map((o) => String(o.url)).find((u) => u.includes('/guide/'))!;
    const [pathPart, anchor] = link.replace('https://guide.example.org', '').split('#');
    const res = await fetch(`${h.url}${pathPart}`);
    expect(res.status).to.equal(200);
    expect(await res.text()).to.contain(`id="${anchor}"`);
  });

  it('follows a related-entry button to the right answer', async () => {
    const card = await answerFor('southwark strengths based practice');
    const related = submits(card).filter((d) => d.action === 'ask');
    expect(related.length).to.be.greaterThan(0);
    h.connector.clear();
    await h.send(submit(related[0], { serviceUrl: h.connector.url }));
    const next = h.connector.cards();
    expect(next).to.have.length.greaterThan(0);
    expect(quoteOf(next[0]).length).to.be.greaterThan(10);
  });

  it('leads from did-you-mean to an answer, and "none of these" to a kind reply', async () => {
    // Questions two different answers could serve; the engine of the day picks which of them it hedges on.
    const index = buildIndex(loadKnowledge(fileURLToPath(new URL('../../knowledge', import.meta.url))));
    const hedged = HEDGE_CANDIDATES.find((q) => search(index, q, {}).outcome === 'did-you-mean');
    expect(hedged, 'one of the candidates gets "did you mean"').to.be.a('string');
    const cards = await ask(hedged!);
    const choices = submits(cards[0]).filter((d) => d.action === 'ask');
    expect(choices.length, 'a did-you-mean card').to.be.greaterThan(1);
    expect(find(cards[0], (o) => o.id === 'answer-quote'), 'a hedge is not an answer').to.have.length(0);
    h.connector.clear();
    await h.send(submit(choices[0], { serviceUrl: h.connector.url }));
    expect(quoteOf(h.connector.cards()[0]).length).to.be.greaterThan(10);
    h.connector.clear();
    await h.send(submit({ action: 'none' }, { serviceUrl: h.connector.url }));
    expect(h.connector.messages()).to.have.length.greaterThan(0);
  });

  it('asks a new user which organisation when two have close answers, then answers the carried question', async () => {
    const cards = await ask('secure base');
    const choice = submits(cards[0]).find((d) => d.action === 'chooseOrg' && d.organisation === 'bracknell-forest');
    expect(choice, 'a which-organisation card with Bracknell Forest').to.not.equal(undefined);
    h.connector.clear();
    await h.send(submit(choice!, { serviceUrl: h.connector.url }));
    expect(quoteOf(h.connector.cards()[0]).toLowerCase()).to.contain('people are there for me');
  });

  it('stores feedback per entry and a second click updates rather than double-counts', async () => {
    const card = await answerFor('why did kent choose signs of safety');
    const fb = submits(card).find((d) => d.action === 'feedback' && d.helpful === true)!;
    expect(fb).to.not.equal(undefined);
    await h.send(submit(fb, { serviceUrl: h.connector.url }));
    await h.send(submit({ ...fb, helpful: false }, { serviceUrl: h.connector.url }));
    const keys = await h.app.deps.storage.list(`feedback/${String(fb.entryId)}/`);
    expect(keys).to.have.length(1);
    const stored = (await h.app.deps.storage.read(keys))[keys[0]];
    expect(stored.helpful).to.equal(false);
    expect(JSON.stringify(stored)).not.to.contain(USER.id);
  });

  it('says plainly when there is no guidance, and offers the principles', async () => {
    const cards = await ask('how do i claim mileage for home visits');
    const text = JSON.stringify(cards[0]).toLowerCase();
    expect(text).to.contain('no guidance');
    expect(find(cards[0], (o) => o.id === 'answer-quote')).to.have.length(0);
  });

  it('welcomes on install and asks people not to type names or case details', async () => {
    await h.send(installed({ serviceUrl: h.connector.url }));
    const text = JSON.stringify(h.connector.cards()).toLowerCase();
    expect(text).to.match(/names|case details/);
  });

  it('gives kind replies to bad input and never crashes', async () => {
    const bad = [
      message('', { serviceUrl: h.connector.url }),
      message('🙂🙂🙂', { serviceUrl: h.connector.url }),
      message('<script>alert(1)</script> **bold** what is reflective?', { serviceUrl: h.connector.url }),
      submit({ action: 'ask', entryId: 'no-such-entry' }, { serviceUrl: h.connector.url }),
      submit({ action: 'launch-missiles' }, { serviceUrl: h.connector.url }),
      submit({ action: 'feedback', entryId: { $ne: 1 }, helpful: 'yes' }, { serviceUrl: h.connector.url }),
      { ...message('x', { serviceUrl: h.connector.url }), type: 'messageReaction' },
    ];
    for (const activity of bad) {
      const res = await h.send(activity);
      expect(res.status).to.be.oneOf([200, 201]);
    }
    const all = JSON.stringify(h.connector.messages());
    expect(all).not.to.contain('<script>');
    expect(all).not.to.match(/at \w+ \(|Error:/);
    expect((await fetch(`${h.url}/healthz`)).status).to.equal(200);
  });
});
