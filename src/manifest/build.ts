/**
 * Builds the Teams app manifest from manifest/manifest.template.json and configuration. Pure:
 * plain data in, a manifest object out. `{{APP_ID}}`, `{{PUBLIC_BASE_URL}}`, `{{PUBLIC_HOST}}` and
 * `{{VERSION}}` in any string of the template are replaced; command lists and the resource-specific
 * permission are added from the arguments.
 */
import type { ChangeRule } from '../config.js';

/** Clearly fake app id for local development packages; production packaging refuses it. */
export const PLACEHOLDER_APP_ID = '00000000-0000-0000-0000-000000000000';

/** Teams shows at most 10 bot commands per scope (the schema allows 12; the store allows 10). */
export const MAX_COMMANDS_PER_SCOPE = 10;

export interface CommandListItem { title: string; description: string }
export interface ManifestCommandLists { personal: CommandListItem[]; team: CommandListItem[]; groupChat: CommandListItem[] }

export interface ManifestInput {
  appId: string;
  publicBaseUrl: string;
  version: string;
  teamSettingsRule: ChangeRule;
  commandLists: ManifestCommandLists;
}

export type Manifest = Record<string, unknown>;

/** Reads the "example.org" of "https://example.org:8443/x" (validDomains take host[:port], no scheme). */
export function publicHost(publicBaseUrl: string): string {
  return new URL(publicBaseUrl).host;
}

function fill(value: unknown, vars: Record<string, string>): unknown {
  if (typeof value === 'string') return value.replace(/\{\{([A-Z_]+)\}\}/g, (m, name: string) => vars[name] ?? m);
  if (Array.isArray(value)) return value.map((v) => fill(v, vars));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, vars)]));
  }
  return value;
}

/** One commandLists entry per scope that has commands, in Teams' scope names. */
function commandLists(lists: ManifestCommandLists): Record<string, unknown>[] {
  return (['personal', 'team', 'groupChat'] as const)
    .filter((scope) => lists[scope].length > 0)
    .map((scope) => ({ scopes: [scope], commands: lists[scope].map(({ title, description }) => ({ title, description })) }));
}

/** Fills the template: `buildManifest(template, { appId, publicBaseUrl, version, teamSettingsRule, commandLists })`. */
export function buildManifest(template: Manifest, input: ManifestInput): Manifest {
  const base = input.publicBaseUrl.replace(/\/+$/, '');
  const manifest = fill(template, {
    APP_ID: input.appId,
    PUBLIC_BASE_URL: base,
    PUBLIC_HOST: publicHost(base),
    VERSION: input.version,
  }) as Manifest;
  const bots = manifest.bots as Record<string, unknown>[];
  if (bots?.[0]) bots[0].commandLists = commandLists(input.commandLists);
  if (input.teamSettingsRule === 'owners') {
    // Owner-only team settings check team roles through Graph, which needs this permission.
    manifest.authorization = { permissions: { resourceSpecific: [{ name: 'TeamMember.Read.Group', type: 'Application' }] } };
  } else {
    delete manifest.authorization;
  }
  return manifest;
}
