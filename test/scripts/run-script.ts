/** Runs one of src/scripts/ as `npm run` does, with only PATH, a temporary HOME and the given environment. */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** The script's exit code and everything it wrote to stdout and stderr. */
export function runScript(script: string, env: Record<string, string>, args: string[] = []): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', `src/scripts/${script}`, ...args], {
    cwd: root, env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { out += d; });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
}
