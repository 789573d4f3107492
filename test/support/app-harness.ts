/**
 * Starts the whole app (createApp) on 127.0.0.1:0 with a fake Bot Connector, a capturing logger
 * and, by default, a memory store. Drive it with Teams-shaped activities from test/support/teams.ts.
 */
import { loadConfig } from '../../src/config.js';
import { createApp, type App, type AppOverrides } from '../../src/app/create-app.js';
import { createLogger } from '../../src/logger.js';
import { startFakeConnector, type FakeConnector } from './fake-connector.js';
import { post } from './teams.js';

export interface Harness {
  app: App;
  url: string;
  botUrl: string;
  connector: FakeConnector;
  logs: string[];
  /** Posts an activity and returns the HTTP status and body. */
  send(activity: Record<string, unknown>): Promise<{ status: number; body: unknown; text: string }>;
  close(): Promise<void>;
}

/** Starts the app with env overrides (defaults: memory store, scheduler off, loopback). */
export async function startApp(env: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<Harness> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', STORAGE_KIND: 'memory', SCHEDULER_ENABLED: 'false', PUBLIC_BASE_URL: 'https://guide.example.org', ...env });
  const logs: string[] = [];
  const logger = createLogger('debug', { write: (s: string) => { logs.push(s); } });
  const app = await createApp(config, { logger, ...overrides });
  const port = await app.start();
  const connector = await startFakeConnector();
  const url = `http://127.0.0.1:${port}`;
  return {
    app, url, botUrl: `${url}/api/messages`, connector, logs,
    send: (activity) => post(`${url}/api/messages`, activity),
    async close() { await app.stop(); await connector.close(); },
  };
}
