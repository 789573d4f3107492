/**
 * Entry point: loadConfig() → createApp(config) → start(). The only place that exits the process.
 */
import { loadConfig, ConfigError } from './config.js';
import { createApp } from './app/create-app.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Configuration error: ${err.message}. See env.sample for every setting.`);
      process.exit(2);
    }
    throw err;
  }
  let app;
  try {
    app = await createApp(config);
  } catch (err) {
    const e = err as { code?: string; message?: string };
    console.error(`Start-up failed${e.code ? ` (${e.code})` : ''}:\n${e.message ?? String(err)}`);
    process.exit(1);
  }
  const port = await app.start();
  const local = `http://127.0.0.1:${port}`;
  console.log(config.authEnabled
    ? `Authentication is ON for app ${config.appId}: only signed requests from the Bot Connector are accepted.`
    : 'Authentication is OFF (MICROSOFT_APP_ID is empty): for local use with the Playground or a test client only.');
  console.log(`Practice Guide bot listening on ${local}\n  Point a client at ${local}/api/messages\n  Guide pages at ${local}/guide · health at ${local}/healthz`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing turns in flight, then exiting.`);
    await app.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

void main();
