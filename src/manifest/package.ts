/**
 * Builds and validates the app package: manifest.json (from the template) plus the two icons,
 * zipped with yazl. Validation runs before anything is written: schema, then store checks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import yazl from 'yazl';
import { buildManifest, MAX_COMMANDS_PER_SCOPE, PLACEHOLDER_APP_ID, type Manifest, type ManifestCommandLists } from './build.js';
import { checkSchema } from './schema.js';
import {
  checkCommandLists, checkIcon, checkIds, checkProduction, COMMAND_DESCRIPTION_MAX, COMMAND_TITLE_MAX, formatProblem, type Problem,
} from './validate.js';

/** How problems in the built manifest name their file: the field path is the same in both. */
const MANIFEST_LABEL = 'manifest.json (from manifest/manifest.template.json)';

export class PackageError extends Error {
  readonly code = 'app_package_invalid';
  constructor(readonly problems: Problem[]) {
    super(`the app package is not valid:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.name = 'PackageError';
  }
}

export interface PackageOptions {
  /** Folder holding manifest.template.json, color.png and outline.png. */
  manifestDir: string;
  appId: string;
  publicBaseUrl: string;
  version: string;
  teamSettingsRule: 'anyone' | 'listed' | 'owners';
  commandLists: ManifestCommandLists;
  production: boolean;
}

export interface BuiltPackage {
  manifest: Manifest;
  files: { name: string; data: Buffer }[];
  development: boolean;
  /** What was checked (all passed), one line each, for the script to say. */
  checks: string[];
}

function readJson(file: string): Manifest {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  } catch (err) {
    throw new PackageError([{ file: `${path.basename(path.dirname(file))}/${path.basename(file)}`, field: '(file)', message: `cannot be read as JSON: ${(err as Error).message}` }]);
  }
}

function readPng(dir: string, name: string, label: string, field: string): { data: Buffer; image?: PNG; problem?: Problem } {
  let data: Buffer;
  try { data = fs.readFileSync(path.join(dir, name)); } catch { return { data: Buffer.alloc(0), problem: { file: label, field, message: 'file is missing' } }; }
  try { return { data, image: PNG.sync.read(data) }; } catch (err) {
    return { data, problem: { file: label, field, message: `is not a valid PNG: ${(err as Error).message}` } };
  }
}

/** Builds the manifest and checks it and its icons; throws PackageError listing every problem. */
export function buildPackage(opts: PackageOptions): BuiltPackage {
  const template = readJson(path.join(opts.manifestDir, 'manifest.template.json'));
  const appId = opts.appId || PLACEHOLDER_APP_ID;
  const manifest = buildManifest(template, { ...opts, appId });
  const file = MANIFEST_LABEL;
  const problems: Problem[] = [...checkSchema(manifest, file), ...checkIds(manifest, file), ...checkCommandLists(manifest, file)];
  const checks = [
    `manifest.json against the bundled Teams schema v${String(manifest.manifestVersion)} (offline)`,
    'app id, bot id and message extension id are GUIDs, one id for the bot and the extension',
    `bot command lists: at most ${MAX_COMMANDS_PER_SCOPE} per scope, titles up to ${COMMAND_TITLE_MAX} and descriptions up to ${COMMAND_DESCRIPTION_MAX} characters, no duplicates`,
  ];
  if (opts.production) {
    problems.push(...checkProduction(manifest, file));
    checks.push('production: no placeholder id, no localhost, every URL https');
  }
  const icons = manifest.icons as { color?: string; outline?: string } | undefined;
  const files: BuiltPackage['files'] = [{ name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) }];
  for (const kind of ['color', 'outline'] as const) {
    const name = icons?.[kind];
    if (!name) continue; // the schema check already reports a missing icon
    const label = `${path.basename(opts.manifestDir)}/${name}`;
    const png = readPng(opts.manifestDir, name, label, `icons.${kind}`);
    if (png.problem) problems.push(png.problem);
    if (png.image) problems.push(...checkIcon(label, `icons.${kind}`, png.image, kind));
    checks.push(kind === 'color' ? `icons.color ${name}: a PNG of 192×192 pixels` : `icons.outline ${name}: a PNG of 32×32 pixels, white on transparent`);
    files.push({ name, data: png.data });
  }
  if (problems.length > 0) throw new PackageError(problems);
  return { manifest, files, checks, development: appId === PLACEHOLDER_APP_ID || /localhost|127\.0\.0\.1/.test(opts.publicBaseUrl) };
}

/** Writes the package's files into a zip at `zipPath` (folders are created). */
export async function writeZip(pkg: BuiltPackage, zipPath: string): Promise<void> {
  fs.mkdirSync(path.dirname(zipPath), { recursive: true });
  const zip = new yazl.ZipFile();
  const mtime = new Date(Date.UTC(2020, 0, 1)); // fixed so identical input gives an identical zip
  for (const f of pkg.files) zip.addBuffer(f.data, f.name, { mtime });
  zip.end();
  await new Promise<void>((resolve, reject) => {
    const out = fs.createWriteStream(zipPath);
    out.on('close', () => resolve());
    out.on('error', reject);
    zip.outputStream.on('error', reject).pipe(out);
  });
}
