/** Test helpers for the manifest tests: a temporary copy of manifest/ and solid PNGs. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';

/** Copies manifest/ to a fresh temp folder and returns its path. */
export function tmpManifestDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-manifest-'));
  for (const f of ['manifest.template.json', 'color.png', 'outline.png']) fs.copyFileSync(path.resolve('manifest', f), path.join(dir, f));
  return dir;
}

/** A size×size PNG of one colour. */
export function solidPng(size: number, rgba: [number, number, number, number]): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let i = 0; i < size * size; i++) png.data.set(rgba, i * 4);
  return PNG.sync.write(png);
}
