/**
 * The "Practice guide" tab: static files under /tab/ (index.html, tab.js, tab.css, teams-js.js,
 * assets/*.png), the /privacy and /terms pages named in the manifest, and the tab's JSON API.
 * Pages send a CSP whose frame-ancestors allow only the page itself and the Teams / Microsoft 365 hosts.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request, Response, Server } from 'restify';
import { registerTabApi, type TabDeps } from './tab-api.js';

const TAB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../tab');
const require = createRequire(import.meta.url);

/** Hosts that may frame the tab (learn.microsoft.com, "Tab requirements": Teams, Microsoft 365, Outlook, *.cloud.microsoft). */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com', 'https://*.teams.microsoft.com', 'https://*.teams.cloud.microsoft',
  'https://*.cloud.microsoft', 'https://*.microsoft365.com', 'https://*.office.com',
  'https://outlook.office.com', 'https://outlook.office365.com',
];

/** The tab's Content-Security-Policy: same-origin everything, no inline script, framed only by Teams hosts. */
export const TAB_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self' https://res.cdn.office.net",
  "object-src 'none'", "base-uri 'none'", "form-action 'self'", `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png',
};

interface StaticFile { body: Buffer; type: string }

function load(file: string): StaticFile {
  return { body: fs.readFileSync(file), type: TYPES[path.extname(file)] ?? 'application/octet-stream' };
}

function send(res: Response, f: StaticFile, cache: string): void {
  const headers: Record<string, string | number> = {
    'Content-Type': f.type, 'Content-Length': f.body.length, 'Cache-Control': cache, 'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  if (f.type.startsWith('text/html')) headers['Content-Security-Policy'] = TAB_CSP;
  res.writeHead(200, headers);
  res.end(f.body);
}

function notFound(res: Response): void {
  const body = 'Not found';
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/** Registers the tab, its assets, /privacy, /terms and the JSON API: `registerTabRoutes(server, { kb, search, config, logger })`. */
export function registerTabRoutes(server: Server, deps: TabDeps): void {
  // Files are read once at start-up: the tab is small and never changes while the bot runs.
  const page = load(path.join(TAB_DIR, 'index.html'));
  const files: Record<string, StaticFile> = {
    'tab.js': load(path.join(TAB_DIR, 'tab.js')),
    'tab.css': load(path.join(TAB_DIR, 'tab.css')),
    'teams-js.js': load(require.resolve('@microsoft/teams-js/dist/umd/MicrosoftTeams.min.js')),
  };
  const assets = new Map<string, StaticFile>();
  for (const name of fs.readdirSync(path.join(TAB_DIR, 'assets'))) {
    if (/^[a-z0-9-]+\.png$/.test(name)) assets.set(name, load(path.join(TAB_DIR, 'assets', name)));
  }
  const privacy = load(path.join(TAB_DIR, 'privacy.html'));
  const terms = load(path.join(TAB_DIR, 'terms.html'));
  const revalidate = 'no-cache';
  const shortCache = 'public, max-age=300';

  server.get('/tab', async (_req: Request, res: Response) => {
    res.writeHead(301, { Location: '/tab/', 'Content-Length': 0 });
    res.end();
  });
  server.get('/tab/', async (_req: Request, res: Response) => send(res, page, revalidate));
  server.get('/tab/assets/:name', async (req: Request, res: Response) => {
    const f = assets.get(String(req.params?.name ?? ''));
    return f ? send(res, f, shortCache) : notFound(res);
  });
  server.get('/tab/:file', async (req: Request, res: Response) => {
    const name = String(req.params?.file ?? '');
    const f = Object.hasOwn(files, name) ? files[name] : undefined;
    return f ? send(res, f, revalidate) : notFound(res);
  });
  server.get('/privacy', async (_req: Request, res: Response) => send(res, privacy, shortCache));
  server.get('/terms', async (_req: Request, res: Response) => send(res, terms, shortCache));
  registerTabApi(server, deps);
}
