import { expect } from 'chai';
import { generateKeyPairSync } from 'node:crypto';
import { AUTH_TIMEOUT_MS, METADATA_RETRY_MS } from '../../src/bot/auth.js';
import { startApp, type Harness } from '../support/app-harness.js';
import { hs256, startFakeOpenId, type FakeOpenId } from '../support/fake-openid.js';
import { message, post } from '../support/teams.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const ENV = { MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'not-a-real-secret' };

describe('authentication with auth on, against a fake Bot Framework OpenID endpoint on loopback', function () {
  this.timeout(30_000);
  let idp: FakeOpenId;
  let h: Harness;
  const clock = { t: Date.now() };
  beforeEach(async () => {
    idp = await startFakeOpenId();
    clock.t = Date.now();
    h = await startApp(ENV, { now: () => clock.t, auth: { channelOpenIdMetadataUrl: idp.metadataUrl, emulatorOpenIdMetadataUrl: idp.metadataUrl, timeoutMs: 500 } });
  });
  afterEach(async () => { await h?.close(); await idp?.close(); });

  /** A channel message that does not @mention the bot: a valid token gets 200 and the bot sends nothing. */
  const activity = () => message('hello', { serviceUrl: h.connector.url, scope: 'channel', mention: false });
  const send = (token: string) => post(h.botUrl, activity(), { Authorization: `Bearer ${token}` });
  const claims = () => ({ aud: APP_ID, serviceurl: h.connector.url });

  it('accepts a token signed with the published key (the set-up works)', async () => {
    const res = await send(idp.token(claims()));
    expect(res.status, res.text).to.equal(200);
  });

  it('answers every forged token with 401, and fetches the metadata once for all of them', async () => {
    const now = Math.floor(Date.now() / 1000);
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const forged: Record<string, string> = {
      'signed with a random key, published kid': idp.token(claims(), { key: other }),
      'signed with a random key, unknown kid': idp.token(claims(), { key: other, kid: 'no-such-key' }),
      expired: idp.token({ ...claims(), nbf: now - 7200, exp: now - 3600 }),
      'another audience': idp.token({ ...claims(), aud: '99999999-8888-7777-6666-555555555555' }),
      'another service URL': idp.token({ ...claims(), serviceurl: 'https://evil.example.org/' }),
      'alg none': idp.raw({ alg: 'none', typ: 'JWT', kid: idp.kid }, { iss: 'https://api.botframework.com', ...claims(), exp: now + 600 }, () => ''),
      'HS256 with the public key as secret': idp.raw({ alg: 'HS256', typ: 'JWT', kid: idp.kid }, { iss: 'https://api.botframework.com', ...claims(), exp: now + 600 }, hs256(idp.publicPem)),
    };
    for (const [name, token] of Object.entries(forged)) {
      const res = await send(token);
      expect(res.status, name).to.equal(401);
      expect(res.body, name).to.deep.include({ code: 'Unauthorized' });
    }
    for (let i = 0; i < 20; i++) expect((await send(forged['signed with a random key, unknown kid'])).status).to.equal(401);
    expect(idp.requests, 'metadata document and keys, fetched once').to.equal(2);
    expect(h.connector.calls).to.have.length(0);
  });

  it('answers 503 with Retry-After when the metadata cannot be fetched, and does not refetch for each request', async () => {
    idp.mode = 'fail';
    const token = idp.token(claims());
    for (let i = 0; i < 10; i++) {
      const res = await send(token);
      expect(res.status).to.equal(503);
    }
    expect(idp.requests, 'one failed fetch, remembered').to.equal(1);
    const raw = await fetch(h.botUrl, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(activity()) });
    expect(raw.status).to.equal(503);
    expect(raw.headers.get('retry-after')).to.match(/^\d+$/);
    expect(idp.requests).to.equal(1);
    expect(h.logs.join('\n')).to.contain('auth_metadata_unavailable');
    // A token whose issuer needs no metadata is still a plain 401, offline.
    expect((await send(idp.token({ ...claims(), iss: 'https://issuer.example.org' }))).status).to.equal(401);

    idp.mode = 'ok';
    clock.t += METADATA_RETRY_MS; // after the pause the next request tries again, and succeeds
    expect((await send(token)).status).to.equal(200);
  });

  it('answers 503 when the metadata endpoint accepts but never answers (bounded by the auth deadline)', async () => {
    expect(AUTH_TIMEOUT_MS).to.be.greaterThan(500); // the test shortens it
    idp.mode = 'hang';
    expect((await send(idp.token(claims()))).status).to.equal(503);
    expect((await send(idp.token(claims()))).status).to.equal(503);
    expect(idp.requests).to.equal(1);
  });
});
