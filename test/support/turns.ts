/**
 * Builds TurnInputs for tests: `makeTurn({ text: 'help' })` is a personal-chat message;
 * `makeTurn({ kind: 'submit', value: { action: 'help' } })`, `makeTurn({ scope: 'channel', teamId: 't1' })`.
 */
import type { TurnInput } from '../../src/kernel/types.js';
import { FIXED_NOW } from './fake-deps.js';

export const TEST_USER_ID = '29:test-user';
export const TEST_AAD_ID = '00000000-0000-0000-0000-0000000000aa';
export const TEST_TENANT_ID = '00000000-0000-0000-0000-0000000000tt';

/** A realistic TurnInput with sensible defaults; the conversation id and ref follow the scope. */
export function makeTurn(partial: Partial<TurnInput> = {}): TurnInput {
  const scope = partial.scope ?? 'personal';
  const conversationId = partial.conversationId
    ?? (scope === 'personal' ? 'a:personal-conv' : scope === 'groupChat' ? '19:group@thread.v2' : '19:channel@thread.tacv2;messageid=1');
  const conversationType = scope === 'channel' ? 'channel' : scope;
  return {
    kind: 'message',
    text: '',
    scope,
    conversationId,
    activityId: 'act-1',
    userId: TEST_USER_ID,
    aadObjectId: TEST_AAD_ID,
    userName: 'Test User',
    tenantId: TEST_TENANT_ID,
    locale: 'en-GB',
    now: FIXED_NOW,
    ...(scope === 'channel' ? { teamId: '19:team@thread.tacv2', channelId: '19:channel@thread.tacv2' } : {}),
    ...partial,
    ref: partial.ref ?? {
      serviceUrl: 'https://smba.trafficmanager.net/uk/',
      channelId: 'msteams',
      conversation: { id: conversationId, conversationType, tenantId: partial.tenantId ?? TEST_TENANT_ID },
      bot: { id: '28:bot', name: 'Practice Guide' },
      user: { id: partial.userId ?? TEST_USER_ID, aadObjectId: partial.aadObjectId ?? TEST_AAD_ID },
    },
  };
}
