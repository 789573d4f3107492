/**
 * Configuration: the environment is read once, here, validated, and frozen.
 * Every variable is a row of SETTINGS (name, default, what it expects); env.sample
 * lists the same names and a test keeps the two in step.
 */
import path from 'node:path';

export type AppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
export type StorageKind = 'file' | 'memory' | 'blob';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export type ChangeRule = 'anyone' | 'listed' | 'owners';

export interface FrontDoorContact {
  name: string;
  phone: string;
  hours?: string;
  link?: string;
  checked: string; // date the deployment last checked it, YYYY-MM-DD
}

export interface Config {
  appId: string;
  appPassword: string;
  appTenantId: string;
  appType: AppType;
  authEnabled: boolean;
  port: number;
  host: string;
  storageKind: StorageKind;
  dataDir: string;
  blobConnectionString: string;
  blobContainer: string;
  /** Client-side deadline of one Blob storage operation, retries included (ms). */
  storageTimeoutMs: number;
  knowledgeDir: string;
  /** Answer from draft entries (imported, not yet reviewed). Default true: owners turn drafts off with KNOWLEDGE_DRAFTS_LIVE=false. */
  knowledgeDraftsLive: boolean;
  defaultOrganisation: string;
  allowedTenants: string[];
  logLevel: LogLevel;
  publicBaseUrl: string;
  userHashSalt: string;
  /** Who staff should ask when the guide has no answer, per organisation id ("*" for all). */
  askWho: Record<string, string>;
  /** Front-door (MASH / duty) contacts per organisation id. Ship none: deployments fill them in. */
  frontDoor: Record<string, FrontDoorContact>;
  /** Users (AAD object ids or Teams ids) who may read insights. */
  guidanceOwners: string[];
  /** Who may change team settings (daily prompts, induction welcome). */
  teamSettingsRule: ChangeRule;
  teamSettingsUsers: string[];
  insightsRetentionDays: number;
  /** Run the daily prompt scheduler inside this process. */
  schedulerEnabled: boolean;
  /** Extra bank-holiday dates (YYYY-MM-DD) added to knowledge/bank-holidays.yaml; no daily prompt on them. */
  extraBankHolidays: string[];
  /** Extra case/client reference patterns (regular expression sources, matched case-insensitively) to redact. */
  caseReferencePatterns?: string[];
}

export class ConfigError extends Error {
  readonly code = 'config_invalid';
  constructor(readonly variable: string, readonly expected: string, readonly got: string | undefined) {
    super(`${variable}: expected ${expected}${got === undefined ? ' (it is not set)' : `, got "${got}"`}`);
  }
}

type Env = Record<string, string | undefined>;

const APP_TYPES: AppType[] = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'];
const STORAGE_KINDS: StorageKind[] = ['file', 'memory', 'blob'];
const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const CHANGE_RULES: ChangeRule[] = ['anyone', 'listed', 'owners'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Names of every variable the bot reads; env.sample must list exactly these. */
export const VARIABLES = [
  'MICROSOFT_APP_ID', 'MICROSOFT_APP_PASSWORD', 'MICROSOFT_APP_TENANT_ID', 'MICROSOFT_APP_TYPE',
  'PORT', 'HOST', 'STORAGE_KIND', 'DATA_DIR', 'AZURE_STORAGE_CONNECTION_STRING', 'AZURE_STORAGE_CONTAINER',
  'STORAGE_TIMEOUT_MS', 'KNOWLEDGE_DIR', 'DEFAULT_ORGANISATION', 'ALLOWED_TENANTS', 'LOG_LEVEL', 'PUBLIC_BASE_URL',
  'USER_HASH_SALT', 'ASK_WHO', 'FRONT_DOOR_CONTACTS', 'GUIDANCE_OWNERS', 'TEAM_SETTINGS_RULE',
  'TEAM_SETTINGS_USERS', 'INSIGHTS_RETENTION_DAYS', 'SCHEDULER_ENABLED',
  'EXTRA_BANK_HOLIDAYS', 'CASE_REFERENCE_PATTERNS', 'KNOWLEDGE_DRAFTS_LIVE',
] as const;

function oneOf<T extends string>(env: Env, name: string, allowed: T[], fallback: T): T {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const hit = allowed.find((a) => a.toLowerCase() === raw.toLowerCase());
  if (!hit) throw new ConfigError(name, `one of ${allowed.join(', ')}`, raw);
  return hit;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(name, `a whole number from ${min} to ${max}`, raw);
  return n;
}

function list(env: Env, name: string): string[] {
  return (env[name] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, 'true or false', env[name]);
}

function jsonObject<T>(env: Env, name: string, expected: string): Record<string, T> {
  const raw = env[name]?.trim();
  if (!raw) return {};
  try {
    const v = JSON.parse(raw);
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, T>;
  } catch { /* fall through: reported below without echoing secrets */ }
  throw new ConfigError(name, expected, '(not valid JSON)');
}

function frontDoor(env: Env): Record<string, FrontDoorContact> {
  const expected = 'JSON {"<organisation>": {"name","phone","hours"?,"link"?,"checked":"YYYY-MM-DD"}}';
  const all = jsonObject<FrontDoorContact>(env, 'FRONT_DOOR_CONTACTS', expected);
  for (const [org, c] of Object.entries(all)) {
    if (!c || typeof c.name !== 'string' || typeof c.phone !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(String(c.checked))) {
      throw new ConfigError('FRONT_DOOR_CONTACTS', `${expected} (entry "${org}" needs name, phone and checked)`, '(invalid entry)');
    }
  }
  return all;
}

function regexSources(env: Env, name: string): string[] {
  const raw = env[name]?.trim();
  if (!raw) return [];
  const expected = 'a JSON array of regular expressions such as ["\\\\bCR-\\\\d{6}\\\\b"]';
  let v: unknown;
  try { v = JSON.parse(raw); } catch { throw new ConfigError(name, expected, '(not valid JSON)'); }
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && x.length > 0 && x.length <= 200)) throw new ConfigError(name, expected, '(not an array of strings)');
  for (const source of v as string[]) {
    try { new RegExp(source, 'i'); } catch { throw new ConfigError(name, expected, '(a pattern does not compile)'); }
  }
  return v as string[];
}

function url(env: Env, name: string, fallback: string): string {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  try {
    const u = new URL(raw);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
    return raw.replace(/\/+$/, '');
  } catch {
    throw new ConfigError(name, 'an http(s) URL such as https://bot.example.org', raw);
  }
}

function isoDates(env: Env, name: string): string[] {
  const dates = list(env, name);
  const bad = dates.find((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`)));
  if (bad) throw new ConfigError(name, 'comma-separated dates such as 2029-01-01,2029-03-30', bad);
  return dates;
}

/** What a caller needs of the environment: `npm run package` needs the app id and public URL, never the secret. */
export interface LoadOptions {
  /** Require MICROSOFT_APP_PASSWORD when MICROSOFT_APP_ID is set (default true: the bot signs its replies with it). */
  requireSecret?: boolean;
}

/** Reads and validates the environment once. Throws ConfigError naming the bad variable. */
export function loadConfig(env: Env = process.env, cwd = process.cwd(), options: LoadOptions = {}): Readonly<Config> {
  const appId = env.MICROSOFT_APP_ID?.trim() ?? '';
  const appType = oneOf(env, 'MICROSOFT_APP_TYPE', APP_TYPES, 'MultiTenant');
  const appTenantId = env.MICROSOFT_APP_TENANT_ID?.trim() ?? '';
  if (appId && !GUID.test(appId)) throw new ConfigError('MICROSOFT_APP_ID', 'a GUID (the Azure bot registration app id) or empty', appId);
  if (appId && appType !== 'UserAssignedMSI' && options.requireSecret !== false && !env.MICROSOFT_APP_PASSWORD?.trim()) {
    throw new ConfigError('MICROSOFT_APP_PASSWORD', `the client secret for app ${appId}`, undefined);
  }
  if (appId && appType === 'SingleTenant' && !GUID.test(appTenantId)) {
    throw new ConfigError('MICROSOFT_APP_TENANT_ID', 'the tenant GUID (required for SingleTenant)', appTenantId || undefined);
  }
  const port = integer(env, 'PORT', 3978, 0, 65535);
  const storageKind = oneOf(env, 'STORAGE_KIND', STORAGE_KINDS, 'file');
  const blobConnectionString = env.AZURE_STORAGE_CONNECTION_STRING?.trim() ?? '';
  if (storageKind === 'blob' && !blobConnectionString) {
    throw new ConfigError('AZURE_STORAGE_CONNECTION_STRING', 'a storage account connection string when STORAGE_KIND=blob', undefined);
  }
  const blobContainer = env.AZURE_STORAGE_CONTAINER?.trim() || 'practice-guide';
  if (!/^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$/.test(blobContainer)) {
    throw new ConfigError('AZURE_STORAGE_CONTAINER', 'a container name: 3-63 lower-case letters, digits and single hyphens', blobContainer);
  }
  const defaultOrganisation = (env.DEFAULT_ORGANISATION?.trim() ?? '').toLowerCase();
  if (defaultOrganisation && !/^[a-z0-9-]+$/.test(defaultOrganisation)) {
    throw new ConfigError('DEFAULT_ORGANISATION', 'an organisation id such as southwark, bracknell-forest, kent or surrey', defaultOrganisation);
  }
  const askWho = jsonObject<string>(env, 'ASK_WHO', 'JSON {"<organisation or *>": "who to ask"}');
  const retention = integer(env, 'INSIGHTS_RETENTION_DAYS', 90, 1, 3650);
  return Object.freeze({
    appId,
    appPassword: env.MICROSOFT_APP_PASSWORD?.trim() ?? '',
    appTenantId,
    appType,
    authEnabled: appId !== '',
    port,
    // With auth off anyone who can reach the port can use the bot, so it listens on loopback unless HOST says otherwise.
    host: env.HOST?.trim() || (appId ? '0.0.0.0' : '127.0.0.1'),
    storageKind,
    dataDir: path.resolve(cwd, env.DATA_DIR?.trim() || 'data'),
    blobConnectionString,
    blobContainer,
    storageTimeoutMs: integer(env, 'STORAGE_TIMEOUT_MS', 5_000, 50, 120_000),
    knowledgeDir: path.resolve(cwd, env.KNOWLEDGE_DIR?.trim() || 'knowledge'),
    knowledgeDraftsLive: bool(env, 'KNOWLEDGE_DRAFTS_LIVE', true),
    defaultOrganisation,
    allowedTenants: list(env, 'ALLOWED_TENANTS'),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    publicBaseUrl: url(env, 'PUBLIC_BASE_URL', `http://localhost:${port || 3978}`),
    userHashSalt: env.USER_HASH_SALT?.trim() ?? '',
    askWho,
    frontDoor: frontDoor(env),
    guidanceOwners: list(env, 'GUIDANCE_OWNERS'),
    teamSettingsRule: oneOf(env, 'TEAM_SETTINGS_RULE', CHANGE_RULES, 'anyone'),
    teamSettingsUsers: list(env, 'TEAM_SETTINGS_USERS'),
    insightsRetentionDays: retention,
    schedulerEnabled: bool(env, 'SCHEDULER_ENABLED', true),
    extraBankHolidays: isoDates(env, 'EXTRA_BANK_HOLIDAYS'),
    caseReferencePatterns: regexSources(env, 'CASE_REFERENCE_PATTERNS'),
  });
}
