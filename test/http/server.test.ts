import { expect } from 'chai';
import { createLogger } from '../../src/logger.js';
import { loadConfig } from '../../src/config.js';
import { createAdapter } from '../../src/bot/adapter.js';
import { createBotLogic } from '../../src/bot/bot.js';
import { createHttpServer, type HttpServer } from '../../src/http/server.js';
import type { TurnInput, TurnOutput } from '../../src/kernel/types.js';
import { startFakeConnector, type FakeConnector } from '../support/fake-connector.js';
import { message, post, TENANT } from '../support/teams.js';

interface Harness { http: HttpServer; url: string; turns: TurnInput[]; logs: string[]; connector: FakeConnector; }

async function start(env: Record<string, string> = {}, handle?: (i: TurnInput) => Promise<TurnOutput>, ready = async () => ({ knowledge: true, storage: true })): Promise<Harness> {
  const config = loadConfig(env);
  const logs: string[] = [];
  const logger = createLogger('info', { write: (s: string) => { logs.push(s); } });
  const turns: TurnInput[] = [];
  const adapter = createAdapter(config, logger);
  const logic = createBotLogic({
    allowedTenants: config.allowedTenants, logger, hash: (id) => `h(${id?.length})`, now: Date.now,
    handle: handle ?? (async (input) => { turns.push(input); return { messages: [{ text: `got ${input.text.length} characters` }] }; }),
  });
  const http = createHttpServer({ logger, adapter: adapter as never, logic: logic as never, ready });
  const port = await http.listen(0, '127.0.0.1');
  const connector = await startFakeConnector();
  return { http, url: `http://127.0.0.1:${port}`, turns, logs, connector };
}

describe('http server', () => {
  let h: Harness;
  afterEach(async () => { await h?.http.close(); await h?.connector.close(); });

  it('answers /healthz and /readyz', async () => {
    h = await start();
    const health = await fetch(`${h.url}/healthz`);
    expect(health.status).to.equal(200);
    expect(await health.json()).to.deep.equal({ status: 'alive' });
    const ready = await fetch(`${h.url}/readyz`);
    expect(ready.status).to.equal(200);
  });

  it('reports not ready with 503 when a check fails', async () => {
    h = await start({}, undefined, async () => ({ knowledge: true, storage: false }));
    const ready = await fetch(`${h.url}/readyz`);
    expect(ready.status).to.equal(503);
    expect(((await ready.json()) as { checks: Record<string, boolean> }).checks.storage).to.equal(false);
  });

  it('gives a JSON 404 for unknown routes', async () => {
    h = await start();
    const res = await fetch(`${h.url}/no/such/route`);
    expect(res.status).to.equal(404);
    expect(res.headers.get('content-type')).to.match(/json/);
    await res.json();
  });

  it('refuses a malformed JSON body with 400 and never logs the body', async () => {
    h = await start();
    const res = await post(`${h.url}/api/messages`, '{"type":"message","text":"Jayden Smith at 12 Acacia Road');
    expect(res.status).to.equal(400);
    expect(h.turns).to.have.length(0);
    expect(h.logs.join('')).not.to.contain('Acacia');
    expect(res.text).not.to.contain('Acacia');
  });

  it('refuses a JSON body that is not an activity with 400', async () => {
    h = await start();
    expect((await post(`${h.url}/api/messages`, [1, 2])).status).to.equal(400);
    expect((await post(`${h.url}/api/messages`, { text: 'no type' })).status).to.equal(400);
    expect((await post(`${h.url}/api/messages`, { type: 'message', from: 'not-an-object', conversation: 7 })).status).to.be.oneOf([200, 400]);
    expect((await fetch(`${h.url}/healthz`)).status).to.equal(200);
  });

  it('refuses a 5 MB body with 413', async () => {
    h = await start();
    const big = JSON.stringify({ type: 'message', text: 'x'.repeat(5 * 1024 * 1024) });
    const res = await post(`${h.url}/api/messages`, big);
    expect(res.status).to.equal(413);
    expect(h.turns).to.have.length(0);
  });

  it('accepts a 20,000-character message', async () => {
    h = await start();
    const res = await post(`${h.url}/api/messages`, message('a '.repeat(10_000).trim() + '?', { serviceUrl: h.connector.url }));
    expect(res.status).to.equal(200);
    expect(h.turns).to.have.length(1);
    expect(h.turns[0].text.length).to.be.greaterThan(19_000);
    expect(h.connector.messages().map((m) => m.text)).to.deep.equal([`got ${h.turns[0].text.length} characters`]);
  });

  describe('with an app id configured', () => {
    const env = { MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555', MICROSOFT_APP_PASSWORD: 'not-a-real-secret' };
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

    it('refuses requests with no token, a malformed token or an unknown issuer with 401, offline', async () => {
      h = await start(env);
      const activity = message('hello', { serviceUrl: h.connector.url });
      const unknownIssuer = `${b64({ alg: 'RS256', typ: 'JWT', kid: 'k1' })}.${b64({ iss: 'https://issuer.example.org', aud: env.MICROSOFT_APP_ID, exp: Math.floor(Date.now() / 1000) + 600 })}.c2lnbmF0dXJl`;
      for (const headers of [{} as Record<string, string>, { Authorization: 'Bearer not.a.token' }, { Authorization: 'Bearer garbage' }, { Authorization: `Bearer ${unknownIssuer}` }]) {
        const res = await post(`${h.url}/api/messages`, activity, headers);
        expect(res.status, JSON.stringify(headers)).to.equal(401);
      }
      expect(h.turns).to.have.length(0);
      expect(h.connector.calls).to.have.length(0);
    });
  });

  describe('allowed tenants', () => {
    it('gives an activity from another tenant no reply and no bot logic', async () => {
      h = await start({ ALLOWED_TENANTS: TENANT });
      const other = await post(`${h.url}/api/messages`, message('hello', { serviceUrl: h.connector.url, tenantId: '99999999-9999-9999-9999-999999999999' }));
      expect(other.status).to.equal(200);
      expect(h.turns).to.have.length(0);
      expect(h.connector.calls).to.have.length(0);
      expect(h.logs.join('')).to.contain('tenant_refused').and.to.contain('99999999-9999-9999-9999-999999999999');
      await post(`${h.url}/api/messages`, message('hello', { serviceUrl: h.connector.url }));
      expect(h.turns).to.have.length(1);
    });
  });

  it('finishes a turn in flight before closing', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    let finished = false;
    h = await start({}, async () => { await gate; finished = true; return { messages: [{ text: 'done' }] }; });
    const pending = post(`${h.url}/api/messages`, message('slow one', { serviceUrl: h.connector.url }));
    while (h.connector.calls.length === 0) await new Promise((r) => setTimeout(r, 10)); // typing sent: the turn is running
    const closed = h.http.close();
    setTimeout(release, 50);
    await closed;
    expect(finished).to.equal(true);
    expect((await pending).status).to.equal(200);
    expect(h.connector.messages().map((m) => m.text)).to.deep.equal(['done']);
    h = { ...h, http: { ...h.http, close: async () => undefined } };
  });
});
