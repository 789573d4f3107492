/**
 * A fake Bot Framework OpenID endpoint on loopback: the metadata document and a JWKS with one RSA key
 * (endorsed for msteams), and a signer for tokens, valid or forged. Counts every request, so tests can prove
 * the metadata is cached. `mode` makes it fail (500) or hang (accept and never answer).
 *
 *   const idp = await startFakeOpenId();
 *   createApp(config, { auth: { channelOpenIdMetadataUrl: idp.metadataUrl } });
 *   post(bot, activity, { Authorization: `Bearer ${idp.token({ aud: APP_ID, serviceurl })}` });
 */
import { createHmac, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import http from 'node:http';

/** The issuer of tokens the Bot Connector sends to bots. */
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

export interface FakeOpenId {
  metadataUrl: string;
  /** Requests received (metadata and keys). */
  requests: number;
  mode: 'ok' | 'fail' | 'hang';
  kid: string;
  /** An RS256 token signed with the published key (or `key`), with `iss` the Bot Framework's and exp in 10 minutes unless overridden. */
  token(claims: Record<string, unknown>, options?: { key?: KeyObject; kid?: string; header?: Record<string, unknown> }): string;
  /** A token with a header and signature of your choosing (alg none, HS256 …). */
  raw(header: Record<string, unknown>, claims: Record<string, unknown>, signature: (data: string) => string): string;
  /** The published public key as PEM (what an HS256 forgery uses as its secret). */
  publicPem: string;
  close(): Promise<void>;
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/** Starts the fake on 127.0.0.1 and a free port. */
export async function startFakeOpenId(): Promise<FakeOpenId> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  const kid = randomUUID();
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    idp.requests++;
    if (idp.mode === 'hang') { hanging.add(res); return; }
    if (idp.mode === 'fail') { res.writeHead(500); res.end(); return; }
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const body = req.url === '/keys'
      ? { keys: [{ kty: 'RSA', use: 'sig', kid, n: jwk.n, e: jwk.e, endorsements: ['msteams'] }] }
      : { issuer: BOT_FRAMEWORK_ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] };
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const raw: FakeOpenId['raw'] = (header, claims, signature) => {
    const data = `${b64(header)}.${b64(claims)}`;
    return `${data}.${signature(data)}`;
  };
  const idp: FakeOpenId = {
    metadataUrl: `http://127.0.0.1:${port}/.well-known/openidconfiguration`,
    requests: 0,
    mode: 'ok',
    kid,
    publicPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    raw,
    token(claims, options = {}) {
      const now = Math.floor(Date.now() / 1000);
      const header = { alg: 'RS256', typ: 'JWT', kid: options.kid ?? kid, ...options.header };
      return raw(header, { iss: BOT_FRAMEWORK_ISSUER, nbf: now - 60, exp: now + 600, ...claims },
        (data) => sign('sha256', Buffer.from(data), options.key ?? privateKey).toString('base64url'));
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return idp;
}

/** HS256 signature of data with a secret (the classic forgery: the RSA public key used as an HMAC secret). */
export const hs256 = (secret: string) => (data: string) => createHmac('sha256', secret).update(data).digest('base64url');
