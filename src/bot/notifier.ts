/**
 * Proactive sends through the adapter (continueConversationAsync / createConversationAsync),
 * mapping connector failures to NotifierError with the HTTP status and Retry-After.
 */
import type { Activity, CloudAdapter, ConversationParameters, ConversationReference } from 'botbuilder';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { NotifierError, type ConversationRef, type Notifier, type OutMessage } from '../conversation/types.js';
import { toActivity } from './bot.js';
import { createAdapter } from './adapter.js';

function toNotifierError(err: unknown): NotifierError {
  const e = err as { statusCode?: number; status?: number; response?: { headers?: { get?(n: string): string | undefined } }; code?: string };
  const status = e.statusCode ?? e.status ?? 0;
  const retry = Number(e.response?.headers?.get?.('retry-after'));
  return new NotifierError(status, `connector send failed (${status || e.code || 'network'})`, Number.isFinite(retry) && retry > 0 ? retry * 1000 : undefined);
}

/** Creates a Notifier. Pass the app's adapter; the CLI may omit it and get its own. */
export function createNotifier(config: Readonly<Config>, logger: Logger, adapter: CloudAdapter = createAdapter(config, logger)): Notifier {
  const appId = config.appId;
  return {
    async send(ref: ConversationRef, message: OutMessage) {
      let id: string | undefined;
      let failure: unknown;
      try {
        // The adapter routes errors thrown inside the turn to onTurnError, so catch them here and rethrow after.
        await adapter.continueConversationAsync(appId, ref as unknown as Partial<ConversationReference>, async (context) => {
          try {
            id = (await context.sendActivity(toActivity(message)))?.id;
          } catch (err) {
            failure = err;
          }
        });
      } catch (err) {
        failure ??= err;
      }
      if (failure) throw toNotifierError(failure);
      return id;
    },
    async sendToUser(ref: ConversationRef, user: { id: string; aadObjectId?: string }, message: OutMessage) {
      let id: string | undefined;
      const tenantId = ref.conversation.tenantId;
      const params = {
        isGroup: false,
        bot: ref.bot,
        members: [{ id: user.id, aadObjectId: user.aadObjectId }],
        tenantId,
        channelData: { tenant: { id: tenantId } },
      } as unknown as ConversationParameters;
      let failure: unknown;
      try {
        await adapter.createConversationAsync(appId, 'msteams', ref.serviceUrl, undefined as unknown as string /* default audience */, params, async (context) => {
          try {
            id = (await context.sendActivity(toActivity(message) as Partial<Activity>))?.id;
          } catch (err) {
            failure = err;
          }
        });
      } catch (err) {
        failure ??= err;
      }
      if (failure) throw toNotifierError(failure);
      return id;
    },
  };
}
