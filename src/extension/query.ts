/**
 * The "Find guidance" search message extension (composeExtension/query). Plain data in, an invoke
 * response out: a list of results, each a thumbnail preview plus the link-only answer card that is
 * inserted into the compose box (no Action.Submit: readers may not have the bot).
 */
import { sentence } from '../cards/copy.js';
import { entryBlocks } from '../cards/quote.js';
import { renderCard } from '../cards/render.js';
import type { Deps, Route } from '../kernel/deps.js';
import { byKind } from '../kernel/handle.js';
import type { TurnInput, TurnOutput } from '../kernel/types.js';
import type { Entry } from '../knowledge/types.js';
import { screenText } from '../safeguarding/screen.js';
import { entryView, firstLine, thumbnailPath } from './view.js';

export const COMMAND_ID = 'findGuidance';
/** Same limit as the tab's search: longer text is a pasted note, not a search (and may hold case detail). */
export const MAX_QUERY_CHARS = 200;
/** Teams asks for 25 results a page by default; never send more. */
export const MAX_RESULTS = 25;

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
const THUMBNAIL = 'application/vnd.microsoft.card.thumbnail';

type Attachment = { contentType: string; content: Record<string, unknown>; preview: { contentType: string; content: Record<string, unknown> } };
type Parsed =
  | { ok: true; text: string; initialRun: boolean; skip: number; count: number }
  | { ok: false; reason: 'unknown-command' | 'bad-parameters' | 'too-long' };

function parse(value: unknown): Parsed {
  if (!value || typeof value !== 'object') return { ok: false, reason: 'bad-parameters' };
  const v = value as { commandId?: unknown; parameters?: unknown; queryOptions?: { skip?: unknown; count?: unknown } };
  if (v.commandId !== undefined && v.commandId !== COMMAND_ID) return { ok: false, reason: 'unknown-command' };
  if (!Array.isArray(v.parameters)) return { ok: false, reason: 'bad-parameters' };
  const param = (name: string) => (v.parameters as { name?: unknown; value?: unknown }[]).find((p) => p && p.name === name);
  const initialRun = String(param('initialRun')?.value ?? '') === 'true';
  const query = param('query');
  if (!query && !initialRun) return { ok: false, reason: 'bad-parameters' };
  if (query && query.value !== undefined && query.value !== null && typeof query.value !== 'string') return { ok: false, reason: 'bad-parameters' };
  const text = String(query?.value ?? '').trim();
  if (text.length > MAX_QUERY_CHARS) return { ok: false, reason: 'too-long' };
  const num = (x: unknown, dflt: number) => (Number.isInteger(x) && (x as number) >= 0 ? (x as number) : dflt);
  const skip = num(v.queryOptions?.skip, 0);
  const count = Math.min(MAX_RESULTS, Math.max(1, num(v.queryOptions?.count, MAX_RESULTS)));
  return { ok: true, text, initialRun, skip, count };
}

function tabUrl(deps: Deps, entryId?: string): string {
  return `${deps.config.publicBaseUrl}/tab/${entryId ? `?entry=${encodeURIComponent(entryId)}` : ''}`;
}

/** One result: thumbnail preview in the list, the answer card when chosen. */
export function answerAttachment(deps: Deps, entry: Entry): Attachment {
  const base = deps.config.publicBaseUrl;
  const view = entryView(deps.kb, entry, base);
  const card = renderCard('extension-answer', {
    speak: `${view.title}, from ${view.organisationName}: ${firstLine(view.quote, 300)}`,
    title: view.title,
    organisationName: view.organisationName,
    quote: view.quote,
    quoteBlocks: entryBlocks(view.quote, entry.leadIn, deps.kb.sourceById.get(entry.source)?.text),
    publisher: view.source.publisher || view.organisationName,
    document: view.source.title,
    section: view.section || 'Whole document',
    dateLabel: view.source.dateLabel || 'Not stated',
    guideUrl: view.source.guideUrl,
    publicUrl: view.source.publicUrl ?? '',
    publicLine: sentence(`Public link: ${view.source.label}`),
    publicTitle: view.source.label.startsWith('Third-party') ? 'Third-party copy' : 'Public page',
    tabUrl: tabUrl(deps, entry.id),
  });
  return {
    contentType: ADAPTIVE,
    content: card,
    preview: {
      contentType: THUMBNAIL,
      content: {
        title: view.title,
        subtitle: view.organisationName,
        text: firstLine(view.quote),
        images: [{ url: `${base}${thumbnailPath(entry.organisation)}`, alt: `${view.organisationName} initials` }],
      },
    },
  };
}

/** A single explanatory item (no match, bad input): ours, not from a source. */
export function messageAttachment(deps: Deps, title: string, text: string): Attachment {
  return {
    contentType: ADAPTIVE,
    content: renderCard('extension-message', { speak: `${title}. ${text}`, title, text, tabUrl: tabUrl(deps) }),
    preview: { contentType: THUMBNAIL, content: { title, text, images: [{ url: `${deps.config.publicBaseUrl}/tab/assets/app.png`, alt: 'Practice Guide' }] } },
  };
}

function result(attachments: Attachment[]): TurnOutput {
  return { messages: [], invokeResponse: { status: 200, body: { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } } } };
}

const MESSAGES = {
  'unknown-command': ['This search is not available', 'Please update the Practice Guide app and try again.'],
  'bad-parameters': ['Type a few words to search', 'For example: strengths based, secure base, or our principles.'],
  'too-long': ['Please use a shorter search', `Searches can be up to ${MAX_QUERY_CHARS} characters. A few words work best.`],
  'personal-data': ['Personal details were left out of your search', 'Please search with general words only: no names or other case details. The results below come from your search without them.'],
  urgent: ['If a child is at immediate risk, act now', 'Follow your local safeguarding procedure: contact your duty or front-door team, or call 999 in an emergency. This search does not handle urgent situations.'],
  'no-match': ['No guidance matches', 'Try other words, or browse every principle in the Practice guide tab.'],
} as const;

/** The principles in knowledge-base order, for the deployment's organisation when it has some. */
function principles(deps: Deps): Entry[] {
  const all = deps.kb.entries.filter((e) => e.kind === 'principle');
  const own = all.filter((e) => e.organisation === deps.config.defaultOrganisation);
  return own.length > 0 ? own : all;
}

/** Handles composeExtension/query: `handleExtensionQuery(deps, { kind: 'query', value: { commandId, parameters } })`. */
export async function handleExtensionQuery(deps: Deps, input: TurnInput): Promise<TurnOutput> {
  const user = deps.hash(input.userId);
  const parsed = parse(input.value);
  const message = (key: keyof typeof MESSAGES, fields: Record<string, unknown> = {}) => {
    deps.logger.info({ event: 'extension.query', user, outcome: key, ...fields }, 'message extension query');
    const [title, text] = MESSAGES[key];
    return result([messageAttachment(deps, title, text)]);
  };
  if (!parsed.ok) return message(parsed.reason);
  // As in chat: screen first; only the redacted text is searched, and it is never echoed or logged.
  const screening = parsed.text ? screenText(deps, parsed.text) : undefined;
  if (screening?.urgent) return message('urgent');
  const personalData = (screening?.personalData.length ?? 0) > 0;
  const notice = personalData ? [messageAttachment(deps, ...MESSAGES['personal-data'])] : [];
  let entries: Entry[];
  let outcome: string;
  let confidence = 0;
  if (!parsed.text) {
    entries = principles(deps);
    outcome = 'principles';
  } else {
    const found = deps.search(screening?.redacted ?? parsed.text, { organisation: deps.config.defaultOrganisation || undefined });
    entries = found.outcome === 'no-answer' ? [] : found.hits.map((h) => h.entry);
    outcome = found.outcome;
    confidence = found.confidence;
  }
  if (entries.length === 0) return message('no-match', { personalData });
  const page = entries.slice(parsed.skip, parsed.skip + parsed.count);
  deps.logger.info({ event: 'extension.query', user, outcome, results: page.length, confidence, personalData }, 'message extension query');
  return result([...(parsed.skip === 0 ? notice : []), ...page.map((e) => answerAttachment(deps, e))]);
}

/**
 * composeExtension/selectItem: the "Find guidance" results carry their whole card inline, so Teams has
 * nothing to ask for; answer the invoke politely rather than leave it unanswered.
 */
async function onSelectItem(): Promise<TurnOutput> {
  return { messages: [], invokeResponse: { status: 200, body: {} } };
}

/** The message extension's rows of the routes table, registered by src/app/tables.ts. */
export const routes: Route[] = [
  { name: 'query', select: byKind('query'), handle: handleExtensionQuery },
  { name: 'selectItem', select: byKind('selectItem'), handle: onSelectItem },
];
