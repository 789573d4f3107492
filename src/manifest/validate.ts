/**
 * The checks the Teams store applies that the JSON schema does not. Pure functions: each returns
 * a list of Problems naming the file and the field, empty when all is well.
 */
import { MAX_COMMANDS_PER_SCOPE, PLACEHOLDER_APP_ID, type Manifest } from './build.js';

export interface Problem { file: string; field: string; message: string }

/** Decoded image: width, height and RGBA bytes (pngjs's PNG has this shape). */
export interface Bitmap { width: number; height: number; data: Uint8Array }

/** Teams' limits on bot command lists (the schema is looser than the store). */
export const COMMAND_TITLE_MAX = 32;
export const COMMAND_DESCRIPTION_MAX = 128;
/** Alpha at or below this counts as transparent; anti-aliased edges are allowed. */
const TRANSPARENT_ALPHA = 0;
const WHITE_MIN = 250; // each channel of a "white" pixel; a little slack for encoder rounding

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOCAL_HOST = /^(localhost|127(?:\.\d+){3}|\[::1\]|0\.0\.0\.0)(:\d+)?$/i;

/** Formats a problem as "file: field: message". */
export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: ${p.message}`;
}

/** Checks an icon's size and, for the outline icon, that every pixel is white or transparent. */
export function checkIcon(file: string, field: string, image: Bitmap, kind: 'color' | 'outline'): Problem[] {
  const size = kind === 'color' ? 192 : 32;
  const problems: Problem[] = [];
  if (image.width !== size || image.height !== size) {
    problems.push({ file, field, message: `must be ${size}×${size} pixels, is ${image.width}×${image.height}` });
  }
  if (kind === 'outline') {
    let bad = 0;
    let opaque = 0;
    for (let i = 0; i < image.data.length; i += 4) {
      const [r, g, b, a] = [image.data[i], image.data[i + 1], image.data[i + 2], image.data[i + 3]];
      if (a <= TRANSPARENT_ALPHA) continue;
      opaque++;
      if (r < WHITE_MIN || g < WHITE_MIN || b < WHITE_MIN) bad++;
    }
    if (bad > 0) problems.push({ file, field, message: `outline icon must be white on transparent; ${bad} pixel(s) are neither` });
    if (opaque === image.width * image.height) problems.push({ file, field, message: 'outline icon has no transparent background' });
    if (opaque === 0) problems.push({ file, field, message: 'outline icon is empty (fully transparent)' });
  }
  return problems;
}

/** Command lists: at most 10 commands per scope, titles ≤ 32 and descriptions ≤ 128 characters, no duplicates. */
export function checkCommandLists(manifest: Manifest, file = 'manifest.json'): Problem[] {
  const problems: Problem[] = [];
  const bots = (manifest.bots ?? []) as { commandLists?: { scopes?: string[]; commands?: { title?: string; description?: string }[] }[] }[];
  bots.forEach((bot, b) => {
    const perScope = new Map<string, number>();
    (bot.commandLists ?? []).forEach((list, l) => {
      const field = `bots[${b}].commandLists[${l}]`;
      const commands = list.commands ?? [];
      for (const scope of list.scopes ?? []) perScope.set(scope, (perScope.get(scope) ?? 0) + commands.length);
      const seen = new Set<string>();
      commands.forEach((c, i) => {
        const title = c.title ?? '';
        if (!title.trim()) problems.push({ file, field: `${field}.commands[${i}].title`, message: 'is empty' });
        if (title.length > COMMAND_TITLE_MAX) problems.push({ file, field: `${field}.commands[${i}].title`, message: `is ${title.length} characters; Teams allows ${COMMAND_TITLE_MAX}` });
        const description = c.description ?? '';
        if (description.length > COMMAND_DESCRIPTION_MAX) problems.push({ file, field: `${field}.commands[${i}].description`, message: `is ${description.length} characters; Teams allows ${COMMAND_DESCRIPTION_MAX}` });
        if (seen.has(title.toLowerCase())) problems.push({ file, field: `${field}.commands[${i}].title`, message: `"${title}" is listed twice` });
        seen.add(title.toLowerCase());
      });
    });
    for (const [scope, n] of perScope) {
      if (n > MAX_COMMANDS_PER_SCOPE) problems.push({ file, field: `bots[${b}].commandLists`, message: `${n} commands in scope ${scope}; Teams shows at most ${MAX_COMMANDS_PER_SCOPE}` });
    }
  });
  return problems;
}

/** The app id, bot ids and webApplicationInfo.id are GUIDs, and the bot and message extension use one id. */
export function checkIds(manifest: Manifest, file = 'manifest.json'): Problem[] {
  const problems: Problem[] = [];
  const ids: [string, unknown][] = [['id', manifest.id]];
  ((manifest.bots ?? []) as { botId?: unknown }[]).forEach((b, i) => ids.push([`bots[${i}].botId`, b.botId]));
  ((manifest.composeExtensions ?? []) as { botId?: unknown }[]).forEach((c, i) => ids.push([`composeExtensions[${i}].botId`, c.botId]));
  const web = manifest.webApplicationInfo as { id?: unknown } | undefined;
  if (web) ids.push(['webApplicationInfo.id', web.id]);
  for (const [field, value] of ids) {
    if (typeof value !== 'string' || !GUID.test(value)) problems.push({ file, field, message: `must be a GUID, got ${JSON.stringify(value)}` });
  }
  const botIds = new Set(ids.filter(([f]) => f.endsWith('botId')).map(([, v]) => v));
  if (botIds.size > 1) problems.push({ file, field: 'composeExtensions[0].botId', message: 'must be the same id as bots[0].botId' });
  return problems;
}

function walkStrings(value: unknown, field: string, visit: (field: string, s: string) => void): void {
  if (typeof value === 'string') visit(field, value);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, `${field}[${i}]`, visit));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walkStrings(v, field ? `${field}.${k}` : k, visit);
  }
}

/** Production only: no placeholder ids, no localhost, every URL https. */
export function checkProduction(manifest: Manifest, file = 'manifest.json'): Problem[] {
  const problems: Problem[] = [];
  walkStrings(manifest, '', (field, s) => {
    if (field === '$schema') return;
    if (s.includes(PLACEHOLDER_APP_ID)) problems.push({ file, field, message: 'is the development placeholder id; set MICROSOFT_APP_ID' });
    if (/^https?:\/\//i.test(s) || /^api:\/\//i.test(s)) {
      let host = '';
      try { host = new URL(s.replace(/^api:/i, 'https:')).host; } catch { problems.push({ file, field, message: `is not a valid URL: ${s}` }); return; }
      if (LOCAL_HOST.test(host)) problems.push({ file, field, message: `points at ${host}; set PUBLIC_BASE_URL to the public https address` });
      else if (/^http:/i.test(s)) problems.push({ file, field, message: 'must use https in production' });
    }
  });
  ((manifest.validDomains ?? []) as string[]).forEach((d, i) => {
    if (LOCAL_HOST.test(d)) problems.push({ file, field: `validDomains[${i}]`, message: `is ${d}; set PUBLIC_BASE_URL to the public https address` });
  });
  return problems;
}
