/**
 * Activity → TurnInput: the one place that reads the shape of a Teams activity.
 * Pure apart from botbuilder's static helpers; the core only ever sees TurnInput.
 */
import { TurnContext, type Activity } from 'botbuilder';
import type { ConversationRef, Scope, TurnInput, TurnKind } from '../kernel/types.js';

/** Longest text we pass on; the core says when it answers only the first part. */
const MAX_TEXT = 20_000;

type Loose = Record<string, unknown>;
const obj = (v: unknown): Loose => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The tenant an activity comes from (channelData.tenant.id, else conversation.tenantId). */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  return str(obj(obj(activity.channelData).tenant).id) ?? str(obj(activity.conversation).tenantId);
}

function scopeOf(activity: Partial<Activity>): Scope {
  const type = str(obj(activity.conversation).conversationType);
  if (type === 'channel') return 'channel';
  if (type === 'groupChat') return 'groupChat';
  return 'personal';
}

/** True when the activity @mentions the bot (how Teams addresses a bot in group chats and channels). */
export function mentionsBot(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  return (activity.entities ?? []).some((e) => e?.type === 'mention' && obj(e.mentioned).id === botId);
}

/** Message text without the bot's @mention, trimmed. */
export function textOf(activity: Partial<Activity>): string {
  if (typeof activity.text !== 'string') return '';
  let text = activity.text;
  try {
    text = TurnContext.removeRecipientMention(activity) ?? text;
  } catch {
    /* a malformed entity list: fall back to stripping <at> tags below */
  }
  text = text.replace(/<at>[^<]*<\/at>/gi, ' ');
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
}

function kindOf(activity: Partial<Activity>): { kind: TurnKind; verb?: string; value?: unknown } {
  const value = activity.value;
  switch (activity.type) {
    case 'message':
      // Action.Submit from a card arrives as a message with a value object and no text.
      if (value && typeof value === 'object' && !activity.text) return { kind: 'submit', value };
      return { kind: 'message' };
    case 'invoke': {
      const name = activity.name ?? '';
      if (name === 'adaptiveCard/action') {
        const action = obj(obj(value).action);
        return { kind: 'submit', verb: str(action.verb), value: obj(action.data) };
      }
      if (name === 'composeExtension/query') return { kind: 'query', verb: name, value };
      if (name === 'composeExtension/selectItem') return { kind: 'selectItem', verb: name, value };
      if (name === 'fileConsent/invoke') return { kind: 'fileConsent', verb: name, value };
      return { kind: 'other', verb: name };
    }
    case 'installationUpdate': {
      const action = str(activity.action) ?? '';
      return { kind: action.startsWith('remove') ? 'uninstalled' : 'installed' };
    }
    case 'conversationUpdate': {
      const botId = activity.recipient?.id;
      const added = activity.membersAdded ?? [];
      const removed = activity.membersRemoved ?? [];
      if (removed.some((m) => m.id === botId)) return { kind: 'uninstalled' };
      if (added.some((m) => m.id === botId)) return { kind: 'installed' };
      if (added.length > 0) return { kind: 'membersAdded' };
      return { kind: 'other' };
    }
    default:
      return { kind: 'other' };
  }
}

/** Converts an incoming activity into the core's TurnInput. */
export function toTurnInput(activity: Partial<Activity>, now: number): TurnInput {
  const { kind, verb, value } = kindOf(activity);
  const channelData = obj(activity.channelData);
  const ref = TurnContext.getConversationReference(activity) as unknown as ConversationRef;
  const botId = activity.recipient?.id;
  const members = kind === 'membersAdded'
    ? (activity.membersAdded ?? []).filter((m) => m.id !== botId).map((m) => ({ id: m.id, aadObjectId: m.aadObjectId, name: m.name }))
    : undefined;
  return {
    kind,
    text: kind === 'message' ? textOf(activity) : '',
    value,
    verb,
    scope: scopeOf(activity),
    conversationId: str(obj(activity.conversation).id) ?? '',
    replyToId: activity.replyToId,
    activityId: activity.id,
    userId: activity.from?.id ?? '',
    aadObjectId: activity.from?.aadObjectId,
    userName: activity.from?.name,
    tenantId: tenantOf(activity),
    teamId: str(obj(channelData.team).id),
    channelId: str(obj(channelData.channel).id),
    members,
    locale: activity.locale,
    ref,
    now,
  };
}
