/**
 * Offline JSON-schema validation of a manifest against the schema bundled in @microsoft/app-manifest
 * for its manifestVersion. The bundled schemas declare draft-04 but use `const` (draft-06+) and no
 * draft-04-only keywords, so Ajv's default draft-07 engine validates them once `$schema` is dropped.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Manifest } from './build.js';
import type { Problem } from './validate.js';

const require = createRequire(import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const compiled = new Map<string, ValidateFunction>();

/** Path of the bundled schema for a manifest version such as "1.30"; throws when it is not bundled. */
export function schemaPath(version: string): string {
  const pkg = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = path.join(pkg, 'build/json-schemas/teams', `v${version}`, 'MicrosoftTeams.schema.json');
  if (!/^\d+\.\d+$/.test(version) || !fs.existsSync(file)) {
    throw Object.assign(new Error(`no bundled schema for manifestVersion ${JSON.stringify(version)}`), { code: 'manifest_schema_missing' });
  }
  return file;
}

function validator(version: string): ValidateFunction {
  let v = compiled.get(version);
  if (!v) {
    const schema = JSON.parse(fs.readFileSync(schemaPath(version), 'utf8'));
    delete schema.$schema;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    v = ajv.compile(schema);
    compiled.set(version, v);
  }
  return v;
}

/** Validates against the schema of manifest.manifestVersion; problems name the field ("bots[0].botId"). */
export function checkSchema(manifest: Manifest, file = 'manifest.json'): Problem[] {
  const version = String(manifest.manifestVersion ?? '');
  let validate: ValidateFunction;
  try {
    validate = validator(version);
  } catch (err) {
    return [{ file, field: 'manifestVersion', message: (err as Error).message }];
  }
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => {
    const field = e.instancePath.replace(/^\//, '').split('/').map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '') || '(root)';
    const extra = e.keyword === 'additionalProperties' ? ` (${(e.params as { additionalProperty: string }).additionalProperty})` : '';
    return { file, field, message: `${e.message ?? 'is invalid'}${extra}` };
  });
}
