import { expect } from 'chai';
import { validateCard } from '../../src/cards/validate.js';
import { startApp, type Harness } from '../support/app-harness.js';
import { invoke } from '../support/teams.js';

type Attachment = { contentType: string; content: Record<string, unknown>; preview?: { content: Record<string, unknown> } };

describe('"Find guidance" message extension over HTTP (end to end)', function () {
  this.timeout(30_000);
  let h: Harness;
  before(async () => { h = await startApp({ DEFAULT_ORGANISATION: 'kent' }); });
  after(async () => h?.close());

  const query = async (value: unknown) => {
    const res = await h.send(invoke('composeExtension/query', value, { serviceUrl: h.connector.url, scope: 'channel' }));
    expect(res.status).to.equal(200);
    return ((res.body as { composeExtension: { attachments: Attachment[] } }).composeExtension.attachments);
  };

  it('returns results from the same engine, and the inserted card carries links only and passes the 1.5 parse', async () => {
    const results = await query({ commandId: 'findGuidance', parameters: [{ name: 'query', value: 'signs of safety' }] });
    expect(results.length).to.be.greaterThan(0);
    const first = results[0];
    expect(JSON.stringify(first.preview?.content).toLowerCase()).to.contain('safety');
    expect(validateCard(first.content)).to.deep.equal([]);
    const json = JSON.stringify(first.content);
    expect(json).to.contain('answer-quote');
    expect(json).to.contain('Action.OpenUrl');
    expect(json).not.to.contain('Action.Submit');
    expect(h.connector.messages(), 'a query sends nothing into the chat').to.have.length(0);
  });

  it('lists principles for an empty query, says when nothing matches, and copes with bad input', async () => {
    expect((await query({ commandId: 'findGuidance', parameters: [{ name: 'initialRun', value: 'true' }] })).length).to.be.greaterThan(0);
    const none = await query({ commandId: 'findGuidance', parameters: [{ name: 'query', value: 'parking permit for the civic centre' }] });
    expect(JSON.stringify(none).toLowerCase()).to.contain('no guidance');
    for (const bad of [{}, { commandId: 'findGuidance', parameters: 'x' }, { commandId: 'findGuidance', parameters: [{ name: 'query', value: 'x'.repeat(5000) }] }]) {
      const res = await h.send(invoke('composeExtension/query', bad, { serviceUrl: h.connector.url }));
      expect(res.status).to.equal(200);
      expect(res.text).not.to.contain('xxxxxxxxxx');
    }
  });

  it('answers a selectItem invoke with 200 and sends nothing', async () => {
    h.connector.clear();
    const res = await h.send(invoke('composeExtension/selectItem', { entryId: 'kent-vision' }, { serviceUrl: h.connector.url }));
    expect(res.status).to.equal(200);
    expect(h.connector.messages()).to.have.length(0);
  });
});
