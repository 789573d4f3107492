/**
 * Starts a private Azurite Blob service for a test run: in memory, on 127.0.0.1, on a port the
 * OS picks (Azurite accepts --blobPort 0 and prints the port it got, which we read back).
 *
 *   const azurite = await startAzurite();
 *   const store = new BlobStorage(azurite.connectionString, 'my-test');
 *   ...
 *   await azurite.stop();
 *
 * `pause()` freezes the process (SIGSTOP: connections are accepted by the kernel, nothing answers), as a hung
 * storage account does; `resume()` (SIGCONT) lets it go on. stop() resumes a paused child first.
 *
 * The child never outlives us: it is killed on stop(), on our process 'exit', and, should we die
 * without running exit handlers (kill -9), a preload in the child exits when its stdin (a pipe
 * from us) closes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { realpathSync } from 'node:fs';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

export interface Azurite {
  connectionString: string;
  port: number;
  pid: number;
  /** Freezes Azurite (SIGSTOP): requests hang. Always resume() (or stop()) in cleanup. */
  pause(): void;
  /** Lets a paused Azurite go on (SIGCONT). */
  resume(): void;
  stop(): Promise<void>;
}

/** The well-known Azurite development account key (public, documented by Microsoft). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
/** Azurite starts in about a second; allow for a machine busy with other test runs. */
const START_TIMEOUT_MS = 30_000;
/** How long stop() waits for a graceful exit before SIGKILL. */
const STOP_GRACE_MS = 3_000;
/** Tests store a few kilobytes; cap Azurite's in-memory extents well below the default of half the RAM. */
const MEMORY_LIMIT_MB = '256';
/** Preload run inside the Azurite process: exit when the parent's pipe closes. */
const WATCHDOG = 'data:text/javascript,' + encodeURIComponent(
  "process.stdin.on('data',()=>{});process.stdin.on('end',()=>process.exit(0));process.stdin.on('error',()=>process.exit(0));",
);

const children = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Spawns Azurite Blob and resolves when it accepts connections. */
export async function startAzurite(): Promise<Azurite> {
  installExitHook();
  const main = realpathSync(fileURLToPath(new URL('../../node_modules/.bin/azurite-blob', import.meta.url)));
  const child = spawn(process.execPath, [
    '--import', WATCHDOG, main,
    '--blobHost', '127.0.0.1', '--blobPort', '0',
    '--inMemoryPersistence', '--extentMemoryLimit', MEMORY_LIMIT_MB,
    '--silent', '--skipApiVersionCheck', '--loose', '--disableTelemetry',
  ], { stdio: ['pipe', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  try {
    const port = await listeningPort(child);
    await waitForConnect(port);
    return {
      port,
      pid: child.pid!,
      connectionString: `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};BlobEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`,
      pause: () => { child.kill('SIGSTOP'); },
      resume: () => { child.kill('SIGCONT'); },
      stop: () => stopChild(child),
    };
  } catch (err) {
    await stopChild(child);
    throw err;
  }
}

function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`Azurite did not start within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listens on https?:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) finish(() => resolve(Number(m[1])));
    };
    const onExit = (code: number | null) => fail(new Error(`Azurite exited (${code}) before listening: ${out.slice(-500)}`));
    const finish = (then: () => void) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      child.stdout?.resume(); // keep draining so Azurite never blocks on a full pipe
      child.stderr?.resume();
      then();
    };
    const fail = (err: Error) => finish(() => reject(err));
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
    child.once('error', (err) => fail(err));
  });
}

async function waitForConnect(port: number): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.destroy(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`Azurite on port ${port} does not accept connections`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGCONT'); // a paused child would not act on SIGTERM
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
  children.delete(child);
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of children) child.kill('SIGKILL');
  });
}
