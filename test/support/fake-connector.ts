/**
 * A fake Bot Connector on loopback: records what the bot sends (replies, updates, new
 * conversations) and can inject failures. Point activities' serviceUrl at `url`.
 */
import http from 'node:http';

export interface ConnectorCall {
  method: string;
  path: string;
  conversationId: string;
  activityId?: string;
  body: Record<string, unknown>;
}

export interface FakeConnector {
  url: string;
  calls: ConnectorCall[];
  /** Files PUT to `${url}upload/<name>` (Teams' file-consent upload URL stand-in). */
  uploads: { path: string; body: string; headers: Record<string, string | string[] | undefined> }[];
  /** Sent activities other than typing indicators. */
  messages(): Record<string, unknown>[];
  /** Adaptive card contents sent (in order). */
  cards(): Record<string, unknown>[];
  /** Makes the next n sends fail with status (and optional headers). */
  failNext(status: number, n?: number, headers?: Record<string, string>): void;
  clear(): void;
  close(): Promise<void>;
}

/** Starts the fake connector on 127.0.0.1 and a free port. */
export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  const uploads: FakeConnector['uploads'] = [];
  const failures: { status: number; headers: Record<string, string> }[] = [];
  let counter = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if ((req.url ?? '').startsWith('/upload/')) {
        uploads.push({ path: req.url ?? '', body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
        res.writeHead(201, { 'Content-Type': 'application/json' });
        res.end('{}');
        return;
      }
      let body: Record<string, unknown> = {};
      try { body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'); } catch { /* keep {} */ }
      const path = decodeURIComponent((req.url ?? '').split('?')[0]);
      const m = /^\/v3\/conversations(?:\/(.+?)\/activities(?:\/([^/]+))?)?\/?$/.exec(path);
      const failure = failures.shift();
      if (failure) {
        res.writeHead(failure.status, { 'Content-Type': 'application/json', ...failure.headers });
        res.end(JSON.stringify({ error: { code: 'Injected', message: 'injected failure' } }));
        return;
      }
      if (!m) {
        res.writeHead(404, { 'Content-Type': 'application/json' });
        res.end('{}');
        return;
      }
      const id = `act-${++counter}`;
      if (!m[1]) {
        calls.push({ method: req.method ?? '', path, conversationId: '', body });
        res.writeHead(201, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ id: `a:personal-${counter}`, activityId: id }));
        return;
      }
      calls.push({ method: req.method ?? '', path, conversationId: m[1], activityId: m[2], body });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const messages = () => calls.filter((c) => c.body.type !== 'typing' && c.conversationId !== '').map((c) => c.body);
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    uploads,
    messages,
    cards: () => messages().flatMap((m) => ((m.attachments as { contentType: string; content: Record<string, unknown> }[] | undefined) ?? [])
      .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => a.content)),
    failNext(status, n = 1, headers = {}) { for (let i = 0; i < n; i++) failures.push({ status, headers }); },
    clear() { calls.length = 0; uploads.length = 0; },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
