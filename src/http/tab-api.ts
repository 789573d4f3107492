/**
 * The tab's JSON API: GET /api/search?q=, GET /api/entries/:id, GET /api/entries?organisation=&kind=.
 * Input limits as in chat; the search text is screened and never logged (outcomes and counts only).
 */
import type { Request, Response, Server } from 'restify';
import type { Config } from '../config.js';
import type { Deps } from '../kernel/deps.js';
import { entryView } from '../extension/view.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Logger } from '../logger.js';
import { PERSONAL_DATA_NOTICE, screenText } from '../safeguarding/screen.js';

/** Same limit as chat and the message extension: longer text is a pasted note, not a search. */
export const MAX_QUERY_CHARS = 200;
/** Ids and filters are short kebab-case words; anything else is refused before any lookup. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_CHARS = 120;

export interface TabDeps { kb: KnowledgeBase; search: Deps['search']; config: Readonly<Config>; logger: Logger }

/** Human names for entry kinds in the browse filter. */
const KIND_LABELS: Record<string, string> = {
  vision: 'Vision', mission: 'Mission', principle: 'Principles', model: 'Practice model', 'model-element': 'Parts of the practice model',
  outcome: 'Outcomes', right: 'Rights', priority: 'Priorities', offer: 'What staff are offered', purpose: 'Purpose', aim: 'Aims',
  regulation: 'Regulations', commitment: 'Commitments', statement: 'Statements', inspection: 'Inspection findings',
  'document-fact': 'About the document', overview: 'Overviews',
};

function sendJson(res: Response, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(text);
}

function params(req: Request): URLSearchParams {
  return new URL(req.url ?? '/', 'http://local').searchParams;
}

/** A search hit as the tab shows it: { id, title, organisation, kind, quote, source: { title, guideUrl, publicUrl, label } }. */
function hitView(kb: KnowledgeBase, entry: Parameters<typeof entryView>[1]) {
  const v = entryView(kb, entry);
  return { id: v.id, title: v.title, organisation: v.organisation, organisationName: v.organisationName, kind: v.kind, kindLabel: KIND_LABELS[v.kind] ?? v.kind, quote: v.quote, section: v.section, source: v.source };
}

/** Registers the JSON API routes of the tab. */
export function registerTabApi(server: Server, deps: TabDeps): void {
  const { kb, logger } = deps;

  server.get('/api/search', async (req: Request, res: Response) => {
    const q = (params(req).get('q') ?? '').trim();
    if (q.length > MAX_QUERY_CHARS) {
      logger.info({ event: 'tab.search', outcome: 'too-long' }, 'tab search refused');
      return sendJson(res, 400, { code: 'query_too_long', message: `Searches can be up to ${MAX_QUERY_CHARS} characters. A few words work best.` });
    }
    if (!q) return sendJson(res, 200, { outcome: 'empty', hits: [] });
    const screening = screenText(deps, q);
    if (screening.urgent) {
      logger.info({ event: 'tab.search', outcome: 'urgent' }, 'tab search');
      return sendJson(res, 200, { outcome: 'urgent', hits: [], message: 'If a child is at immediate risk, act now: follow your local safeguarding procedure, contact your duty or front-door team, or call 999 in an emergency.' });
    }
    // As in chat: only the redacted text is searched, with a kind reminder; the text is never logged.
    const personalData = screening.personalData.length > 0;
    const result = deps.search(screening.redacted, { organisation: deps.config.defaultOrganisation || undefined });
    const hits = result.outcome === 'no-answer' ? [] : result.hits.map((h) => hitView(kb, h.entry));
    logger.info({ event: 'tab.search', outcome: result.outcome, results: hits.length, confidence: result.confidence, personalData }, 'tab search');
    sendJson(res, 200, { outcome: result.outcome, hits, ...(personalData ? { notice: PERSONAL_DATA_NOTICE } : {}) });
  });

  server.get('/api/entries/:id', async (req: Request, res: Response) => {
    const id = String(req.params?.id ?? '');
    const entry = id.length <= MAX_ID_CHARS && ID.test(id) ? kb.entryById.get(id) : undefined;
    if (!entry) return sendJson(res, 404, { code: 'entry_not_found', message: 'There is no entry with that id in the guide.' });
    sendJson(res, 200, hitView(kb, entry));
  });

  server.get('/api/entries', async (req: Request, res: Response) => {
    const p = params(req);
    const organisation = p.get('organisation') ?? '';
    const kind = p.get('kind') ?? '';
    if (organisation && !kb.organisationById.has(organisation)) return sendJson(res, 400, { code: 'unknown_organisation', message: 'That organisation is not in the guide.' });
    if (kind && !kb.entries.some((e) => e.kind === kind)) return sendJson(res, 400, { code: 'unknown_kind', message: 'There are no entries of that kind.' });
    const entries = kb.entries.filter((e) => (!organisation || e.organisation === organisation) && (!kind || e.kind === kind));
    const kinds = [...new Set(kb.entries.map((e) => e.kind))].map((k) => ({ id: k, label: KIND_LABELS[k] ?? k, count: kb.entries.filter((e) => e.kind === k).length }));
    sendJson(res, 200, {
      organisations: kb.organisations.map((o) => ({ id: o.id, name: o.name, shortName: o.shortName, count: kb.entries.filter((e) => e.organisation === o.id).length })),
      kinds,
      entries: entries.map((e) => hitView(kb, e)),
    });
  });
}
