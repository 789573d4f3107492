/** Teams-shaped activities (msteams channel, tenant, 29: users, 28: bot) and a client that posts them to the bot. */
import { randomUUID } from 'node:crypto';

export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const BOT = { id: '28:practice-guide-bot', name: 'Practice Guide' };
export const USER = { id: '29:1a-user-one', name: 'Sam Worker', aadObjectId: '6b1c1f2e-0f3a-4f53-9b8a-1c2d3e4f5a6b' };

export type TeamsScope = 'personal' | 'groupChat' | 'channel';

/** Options for a Teams-shaped activity. */
export interface ActivityOptions {
  serviceUrl: string;
  scope?: TeamsScope;
  user?: { id: string; name: string; aadObjectId?: string };
  tenantId?: string;
  conversationId?: string;
}

function conversation(o: ActivityOptions) {
  const scope = o.scope ?? 'personal';
  const id = o.conversationId ?? (scope === 'personal' ? `a:personal-${(o.user ?? USER).id}` : scope === 'groupChat' ? '19:group-chat-1@thread.v2' : '19:channel-general@thread.tacv2;messageid=1700000000000');
  return { id, conversationType: scope, tenantId: o.tenantId ?? TENANT, ...(scope !== 'personal' ? { isGroup: true } : {}) };
}

function base(o: ActivityOptions) {
  const scope = o.scope ?? 'personal';
  const tenantId = o.tenantId ?? TENANT;
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: 'en-GB',
    localTimezone: 'Europe/London',
    from: o.user ?? USER,
    recipient: BOT,
    conversation: conversation(o),
    channelData: {
      tenant: { id: tenantId },
      ...(scope === 'channel' ? { team: { id: '19:team-1@thread.tacv2', name: 'Children in Need East' }, channel: { id: '19:channel-general@thread.tacv2', name: 'General' } } : {}),
    },
  };
}

/** A message; in group chats and channels the bot is @mentioned unless mention is false. */
export function message(text: string, o: ActivityOptions & { mention?: boolean }): Record<string, unknown> {
  const scope = o.scope ?? 'personal';
  const mention = o.mention ?? scope !== 'personal';
  const at = `<at>${BOT.name}</at>`;
  return {
    ...base(o),
    type: 'message',
    text: mention ? `${at} ${text}` : text,
    textFormat: 'plain',
    entities: mention ? [{ type: 'mention', text: at, mentioned: BOT }] : [],
  };
}

/** An Action.Submit press: a message with a value and no text. */
export function submit(value: Record<string, unknown>, o: ActivityOptions): Record<string, unknown> {
  return { ...base(o), type: 'message', value, replyToId: 'card-1' };
}

/** The bot installed in a personal chat or team. */
export function installed(o: ActivityOptions, action: 'add' | 'remove' = 'add'): Record<string, unknown> {
  return { ...base(o), type: 'installationUpdate', action };
}

/** Any invoke (composeExtension/query, adaptiveCard/action…). */
export function invoke(name: string, value: unknown, o: ActivityOptions): Record<string, unknown> {
  return { ...base(o), type: 'invoke', name, value };
}

/** Posts an activity (or any body) to the bot; returns status and parsed body. */
export async function post(botUrl: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown; text: string }> {
  const res = await fetch(botUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try { parsed = JSON.parse(text); } catch { /* plain text */ }
  return { status: res.status, body: parsed, text };
}
