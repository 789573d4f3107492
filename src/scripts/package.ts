/**
 * `npm run package [-- --production]`: writes build/appPackage.zip from manifest/ with the app id and
 * public URL from the environment (MICROSOFT_APP_ID, PUBLIC_BASE_URL via loadConfig; the package holds no
 * secret, so MICROSOFT_APP_PASSWORD is not needed). With none set it builds a local-development package
 * (placeholder id, localhost) and says so; --production refuses placeholders, localhost and plain http.
 * It ends by saying what it validated.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.js';
import { manifestCommandLists } from '../kernel/commands.js';
import { TABLES } from '../app/tables.js';
import { PLACEHOLDER_APP_ID } from '../manifest/build.js';
import { buildPackage, PackageError, writeZip } from '../manifest/package.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function main(argv: string[]): Promise<number> {
  const production = argv.includes('--production');
  const config = loadConfig(process.env, process.cwd(), { requireSecret: false });
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const usingPlaceholder = !config.appId;
  if (usingPlaceholder && !production) {
    console.log(`MICROSOFT_APP_ID is not set: building a LOCAL-DEVELOPMENT package with the placeholder id ${PLACEHOLDER_APP_ID}.`);
  }
  const pkg = buildPackage({
    manifestDir: path.join(root, 'manifest'),
    appId: config.appId,
    publicBaseUrl: config.publicBaseUrl,
    version,
    teamSettingsRule: config.teamSettingsRule,
    commandLists: manifestCommandLists(TABLES.commands),
    production,
  });
  const zipPath = path.join(root, 'build/appPackage.zip');
  await writeZip(pkg, zipPath);
  console.log(`wrote ${path.relative(process.cwd(), zipPath)} (manifest ${String(pkg.manifest.manifestVersion)}, app id ${String(pkg.manifest.id)}, ${config.publicBaseUrl})`);
  console.log(`Validated offline, all passed:\n${pkg.checks.map((c) => `  - ${c}`).join('\n')}`);
  if (pkg.development) console.log('This is a local-development package (placeholder id or localhost): do not upload it to a tenant\'s app catalogue.');
  return 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code), (err) => {
  if (err instanceof PackageError) console.error(err.message);
  else console.error(`package failed: ${(err as Error).message}`);
  process.exit(1);
});
