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
  let port: number;
  try {
    port = await app.start();
  } catch (err) {
    console.error(listenFailure(err as NodeJS.ErrnoException, config.host, config.port));
    await app.stop().catch(() => undefined);
    process.exit(1);
  }
  console.log(config.authEnabled
    ? `Authentication is ON for app ${config.appId}: only signed requests from the Bot Connector are accepted.`
    : 'Authentication is OFF (MICROSOFT_APP_ID is empty): for local use with the Playground or a test client only.');
  console.log(listeningLine(config.host, port, config.authEnabled));

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

/** True when the host is every interface of the machine. */
function allInterfaces(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '[::]';
}

/** Where the bot listens and how to reach it; says whether it is this machine only or every interface. */
function listeningLine(host: string, port: number, authEnabled: boolean): string {
  const local = `http://127.0.0.1:${port}`;
  const where = host === '127.0.0.1' || host === 'localhost' || host === '::1'
    ? `http://${host}:${port} (this machine only; set HOST=0.0.0.0 to listen on all interfaces)`
    : allInterfaces(host)
      ? `http://${host}:${port} (all interfaces, HOST=${host})${authEnabled ? '' : ': with authentication off, anyone who can reach this port can use the bot'}`
      : `http://${host}:${port} (HOST=${host})`;
  return `Practice Guide bot listening on ${where}\n  Point a client at ${local}/api/messages\n  Guide pages at ${local}/guide · health at ${local}/healthz`;
}

/** A listen error as one line naming PORT and HOST, with its code. */
function listenFailure(e: NodeJS.ErrnoException, host: string, port: number): string {
  const at = `${host}:${port} (PORT=${port}, HOST=${host})`;
  switch (e.code) {
    case 'EADDRINUSE': return `Start-up failed (listen_failed: EADDRINUSE): ${at} is already in use. Stop the other process, or set PORT (or HOST) to a free one.`;
    case 'EACCES': return `Start-up failed (listen_failed: EACCES): not allowed to listen on ${at}. Use a PORT above 1023, or run with the right to bind it.`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND': return `Start-up failed (listen_failed: ${e.code}): HOST=${host} is not an address of this machine. Use 127.0.0.1, 0.0.0.0 or one of its addresses.`;
    default: return `Start-up failed (listen_failed${e.code ? `: ${e.code}` : ''}): cannot listen on ${at}. ${e.message ?? ''}`.trim();
  }
}

void main();
