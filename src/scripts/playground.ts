/**
 * `npm run playground`: starts the bot (auth off) and the Microsoft 365 Agents Playground, both on
 * 127.0.0.1, telemetry off, with the mock users and team in .m365agentsplayground.yml.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const botPort = process.env.PORT || '3978';
const playgroundPort = process.env.PLAYGROUND_PORT || '56150';
const children: ChildProcess[] = [];

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
  children.push(child);
  child.on('exit', (code) => { if (code && code !== 0) shutdown(code); });
  return child;
}

function shutdown(code = 0): void {
  // Set now: once the children are gone the event loop empties and Node exits before the timer below.
  process.exitCode = code;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}

run(process.execPath, ['--import', 'tsx', 'src/main.ts'], { PORT: botPort, HOST: '127.0.0.1', MICROSOFT_APP_ID: '' });
run(process.execPath, [
  '--require', path.join(root, 'src/scripts/loopback-preload.cjs'),
  path.join(root, 'node_modules/@microsoft/m365agentsplayground/cli.js'),
  '--app-endpoint', `http://127.0.0.1:${botPort}/api/messages`, '--port', playgroundPort, '--channel-id', 'msteams', '--disable-telemetry',
], { TEAMSAPPTESTER_BROWSER: 'none', BOT_ENDPOINT: `http://127.0.0.1:${botPort}/api/messages`, M365_AGENTS_PLAYGROUND_LOGFILE: path.join(root, 'data/playground.log') });
console.log(`Open http://127.0.0.1:${playgroundPort} in a browser to chat with the bot (Ctrl+C stops both).`);
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
