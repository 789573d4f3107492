/**
 * The restify server: POST /api/messages, health and readiness, the guide pages, and whatever
 * extra route groups the composition root passes in. The only place besides src/http/* that
 * knows about HTTP. Request bodies are read here with a hard size limit and never logged.
 */
import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger } from '../logger.js';
import { readJsonBody, BodyError } from './body.js';

/** Largest request body accepted on /api/messages. A 20,000-character message is ~60 KB even fully escaped; Teams activities stay far below 1 MB. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** How long shutdown waits for turns in flight before giving up. */
const DRAIN_TIMEOUT_MS = 15_000;
/** Retry-After (seconds) when the Bot Framework's signing keys cannot be fetched: the pause src/bot/auth.ts
 * takes before fetching them again (METADATA_RETRY_MS). */
const AUTH_RETRY_AFTER_S = '30';

/** The slice of botbuilder's CloudAdapter the server needs: authenticate, run the turn, return any invoke response. */
export interface MessageProcessor {
  processActivity(authHeader: string, activity: never, logic: (context: never) => Promise<void>): Promise<{ status: number; body?: unknown } | undefined>;
}

export interface HttpOptions {
  logger: Logger;
  adapter: MessageProcessor;
  logic: (context: never) => Promise<void>;
  /** Readiness checks: name → ok. */
  ready(): Promise<Record<string, boolean>>;
  /** Extra route groups (guide pages, tab, API). */
  routes?: ((server: Server) => void)[];
}

export interface HttpServer {
  server: Server;
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting, waits for turns in flight, then closes. */
  close(): Promise<void>;
}

/** Sends a JSON response (restify's response breaks chaining: writeHead and end are separate calls). */
export function sendJson(res: Response, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Creates the server with every route; call listen() to start it. */
export function createHttpServer(options: HttpOptions): HttpServer {
  const { logger } = options;
  const server = restify.createServer({ name: 'practice-guide-bot', handleUncaughtExceptions: false });
  let inFlight = 0;
  let closing = false;
  const drained: (() => void)[] = [];

  server.post('/api/messages', async (req: Request, res: Response) => {
    // Connection: close, so the client's next try opens a new connection (to an instance that is up) instead of this one.
    if (closing) {
      logger.info({ code: 'shutting_down', status: 503 }, 'request refused: draining for shutdown');
      return sendJson(res, 503, { code: 'ShuttingDown', message: 'The bot is restarting. Please try again in a moment.' }, { 'Retry-After': '5', Connection: 'close' });
    }
    inFlight++;
    try {
      const body = (await readJsonBody(req, MAX_BODY_BYTES)) as Record<string, unknown> | null;
      if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.type !== 'string' || !body.type) {
        return sendJson(res, 400, { code: 'BadRequest', message: 'The body must be a Bot Framework activity (a JSON object with a type).' });
      }
      const auth = String(req.headers.authorization ?? '');
      const invoke = await options.adapter.processActivity(auth, body as never, options.logic);
      if (invoke?.body !== undefined) return sendJson(res, invoke.status, invoke.body);
      res.writeHead(invoke?.status ?? 200);
      res.end();
    } catch (err) {
      if (err instanceof BodyError) {
        logger.warn({ code: err.code, status: err.status }, 'request body refused');
        return sendJson(res, err.status, { code: err.code, message: err.message });
      }
      const e = err as { name?: string; code?: string; statusCode?: number };
      if (e.statusCode === 503) {
        // The Bot Framework's signing keys could not be fetched: not the caller's fault, and worth retrying.
        logger.warn({ code: e.code ?? 'auth_unavailable' }, 'request not authenticated: signing keys unavailable');
        if (!res.headersSent) sendJson(res, 503, { code: 'AuthUnavailable', message: 'Authentication is unavailable for a moment. Please retry.' }, { 'Retry-After': AUTH_RETRY_AFTER_S });
        return;
      }
      if (e.statusCode === 401 || e.name === 'AuthenticationError' || e.name === 'AuthError') {
        logger.warn({ code: 'unauthorized' }, 'request refused: no valid Bot Connector token');
        if (!res.headersSent) sendJson(res, 401, { code: 'Unauthorized', message: 'A valid Bot Connector token is required.' });
        return;
      }
      // A malformed activity, or a fault outside the turn (turn errors are handled by the adapter's onTurnError).
      logger.warn({ code: e.code ?? e.name ?? 'process_failed' }, 'activity could not be processed');
      if (!res.headersSent) sendJson(res, 400, { code: 'BadRequest', message: 'The activity could not be processed.' });
    } finally {
      inFlight--;
      if (inFlight === 0) drained.splice(0).forEach((fn) => fn());
    }
  });

  server.get('/healthz', async (_req: Request, res: Response) => sendJson(res, 200, { status: 'alive' }));

  server.get('/readyz', async (_req: Request, res: Response) => {
    let checks: Record<string, boolean>;
    try {
      checks = await options.ready();
    } catch {
      checks = { checks: false };
    }
    const ok = !closing && Object.values(checks).every(Boolean);
    sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready', checks }, closing ? { Connection: 'close' } : {});
  });

  for (const register of options.routes ?? []) register(server);

  server.on('restifyError', (_req: Request, _res: Response, err: { name?: string; statusCode?: number }, cb: () => void) => {
    if ((err.statusCode ?? 500) >= 500) logger.error({ code: err.name ?? 'http_error' }, 'request failed');
    cb();
  });

  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        // restify re-emits the node server's errors on itself, and throws when nobody listens there:
        // listen on restify's emitter, so EADDRINUSE and friends reject instead of crashing the process.
        const failed = (err: Error) => reject(err);
        server.once('error', failed);
        server.listen(port, host, () => {
          server.removeListener('error', failed);
          resolve((server.address() as { port: number }).port);
        });
      });
    },
    async close() {
      closing = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      if (inFlight > 0) {
        await Promise.race([
          new Promise<void>((resolve) => drained.push(resolve)),
          new Promise<void>((resolve) => setTimeout(resolve, DRAIN_TIMEOUT_MS).unref()),
        ]);
      }
      server.server.closeIdleConnections?.();
      await stopped;
    },
  };
}
