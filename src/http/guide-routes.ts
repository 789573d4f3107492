/** GET /guide and /guide/:id: the local copies of the source documents as accessible HTML, so card links always work. */
import type { Request, Response, Server } from 'restify';
import type { Config } from '../config.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { renderGuideIndex, renderGuidePage } from '../guide/render.js';

const HTML_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.cloud.microsoft https://*.office.com https://*.microsoft365.com https://*.cloud.microsoft",
};

function sendHtml(res: Response, status: number, html: string): void {
  res.writeHead(status, { ...HTML_HEADERS, 'Content-Length': Buffer.byteLength(html) });
  res.end(html);
}

/** Registers the guide pages. */
export function registerGuideRoutes(server: Server, deps: { kb: KnowledgeBase; config: Readonly<Config> }): void {
  const options = { baseUrl: deps.config.publicBaseUrl };
  server.get('/guide', async (_req: Request, res: Response) => sendHtml(res, 200, renderGuideIndex(deps.kb, options)));
  server.get('/guide/:id', async (req: Request, res: Response) => {
    const id = String(req.params.id ?? '').slice(0, 100);
    const page = /^[a-z0-9-]+$/.test(id) ? renderGuidePage(deps.kb, id, options) : undefined;
    if (page) return sendHtml(res, 200, page);
    sendHtml(res, 404, '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Not found – Practice Guide</title></head><body><main><h1>That document is not in the guide</h1><p><a href="/guide">See every document in the guide</a>.</p></main></body></html>');
  });
}
