/**
 * A minimal restify server for the tab tests: registerTabRoutes plus the guide pages (the real
 * ones when src/guide/ is there, else a small stand-in that shows the local copy), on 127.0.0.1:0.
 */
import restify from 'restify';
import { loadConfig, type Config } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { registerTabRoutes } from '../../src/http/tab-routes.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import type { Deps } from '../../src/kernel/deps.js';
import { naiveSearch } from '../support/fake-deps.js';
import { fixtureKb } from '../support/fixture-kb.js';

export interface TabServer { url: string; port: number; logs: Record<string, unknown>[]; close(): Promise<void> }

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
}

async function registerGuide(server: restify.Server, kb: KnowledgeBase, config: Readonly<Config>): Promise<void> {
  try {
    const mod = await import(new URL('../../src/http/guide-routes.js', import.meta.url).href);
    mod.registerGuideRoutes(server, { kb, config });
    return;
  } catch { /* src/guide not there yet: a stand-in below */ }
  server.get('/guide/:id', async (req: restify.Request, res: restify.Response) => {
    const source = kb.sourceById.get(String(req.params.id));
    const html = source
      ? `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(source.title)}</title></head><body><main><h1>${escapeHtml(source.title)}</h1><pre>${escapeHtml(source.text)}</pre></main></body></html>`
      : '<!doctype html><html lang="en-GB"><head><title>Not found</title></head><body><main><h1>Not found</h1></main></body></html>';
    res.writeHead(source ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
}

/** Starts the server; `search` defaults to a naive keyword search over the fixture KB. */
export async function startTabServer(options: { kb?: KnowledgeBase; search?: Deps['search'] } = {}): Promise<TabServer> {
  const kb = options.kb ?? fixtureKb();
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('debug', { write: (line: string) => { logs.push(JSON.parse(line)); } });
  const config = loadConfig({ PUBLIC_BASE_URL: 'https://guide.example.org' }, '/tmp/practice-guide-test');
  const server = restify.createServer({ handleUncaughtExceptions: false });
  registerTabRoutes(server, { kb, search: options.search ?? naiveSearch(kb), config, logger });
  await registerGuide(server, kb, config);
  const port = await new Promise<number>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });
  return { url: `http://127.0.0.1:${port}`, port, logs, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
