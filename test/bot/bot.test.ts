import { expect } from 'chai';
import { startApp, type Harness } from '../support/app-harness.js';
import { invoke, message, TENANT } from '../support/teams.js';

const OTHER_TENANT = '99999999-9999-9999-9999-999999999999';

describe('bot: invokes are always answered (never 501)', function () {
  this.timeout(30_000);
  let h: Harness;
  beforeEach(async () => { h = await startApp({ ALLOWED_TENANTS: TENANT }); });
  afterEach(async () => h?.close());

  it('an invoke from a tenant not on ALLOWED_TENANTS gets a clean 200 with an empty body, and nothing is done', async () => {
    const o = { serviceUrl: h.connector.url, tenantId: OTHER_TENANT };
    for (const [name, value] of [
      ['composeExtension/query', { commandId: 'findGuidance', parameters: [{ name: 'searchQuery', value: 'secure base' }] }],
      ['adaptiveCard/action', { action: { type: 'Action.Execute', verb: 'help', data: {} } }],
      ['composeExtension/selectItem', {}],
      ['fileConsent/invoke', { action: 'accept', context: {} }],
      ['task/fetch', {}],
    ] as const) {
      const res = await h.send(invoke(name, value, o));
      expect(res.status, name).to.equal(200);
      expect(res.text, name).to.equal('');
    }
    expect(h.connector.calls).to.have.length(0);
    expect(h.logs.filter((l) => l.includes('tenant_refused'))).to.have.length(5);
  });

  it('an invoke with no tenant at all is refused the same way', async () => {
    const activity = { ...invoke('composeExtension/query', {}, { serviceUrl: h.connector.url }), channelData: {}, conversation: { id: 'a:x' } };
    const res = await h.send(activity);
    expect(res.status).to.equal(200);
    expect(res.text).to.equal('');
  });

  it('malformed invokes from an allowed tenant are answered with 200, never 501', async () => {
    const o = { serviceUrl: h.connector.url };
    const cases: Record<string, Record<string, unknown>> = {
      'no name': { ...invoke('x', {}, o), name: undefined },
      'a name that is a number': { ...invoke('x', {}, o), name: 5 },
      'an unknown name': invoke('task/fetch', { data: 1 }, o),
      'a query whose value is null': invoke('composeExtension/query', null, o),
      'a query whose value is a string': invoke('composeExtension/query', 'abc', o),
      'an action with no value': invoke('adaptiveCard/action', undefined, o),
      'an action that is a string': invoke('adaptiveCard/action', { action: 'x' }, o),
      'file consent with nonsense': invoke('fileConsent/invoke', { action: 'accept', context: 5, uploadInfo: 'x' }, o),
      'a conversation that is a string': { ...invoke('composeExtension/query', {}, o), conversation: 'abc' },
    };
    for (const [name, activity] of Object.entries(cases)) {
      const res = await h.send(activity);
      expect(res.status, name).to.equal(200);
    }
  });

  it('an invoke whose turn fails on our side says 500, not 501', async () => {
    h.connector.failNext(400, 10); // the card action's reply is refused by the connector
    const res = await h.send(invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb: 'help', data: { action: 'help' } } }, { serviceUrl: h.connector.url }));
    expect(res.status).to.equal(500);
    expect(h.logs.some((l) => l.includes('"turn failed"'))).to.equal(true);
  });

  it('a message from another tenant still gets no reply and a plain 200', async () => {
    const res = await h.send(message('hello', { serviceUrl: h.connector.url, tenantId: OTHER_TENANT }));
    expect(res.status).to.equal(200);
    expect(h.connector.calls).to.have.length(0);
  });
});
