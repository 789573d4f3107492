/**
 * Proactive sends through the adapter (continueConversationAsync / createConversationAsync),
 * mapping connector failures to NotifierError with the HTTP status and Retry-After.
 */
import type { Activity, CloudAdapter, ConversationParameters, ConversationReference, TurnContext } from 'botbuilder';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { NotifierError, type ConversationRef, type Notifier, type OutMessage } from '../kernel/types.js';
import { toActivity } from './bot.js';
import { createAdapter } from './adapter.js';

function toNotifierError(err: unknown): NotifierError {
  const e = err as { statusCode?: number; status?: number; response?: { headers?: { get?(n: string): string | undefined } }; code?: string };
  const status = e.statusCode ?? e.status ?? 0;
  const retry = Number(e.response?.headers?.get?.('retry-after'));
  return new NotifierError(status, `connector send failed (${status || e.code || 'network'})`, Number.isFinite(retry) && retry > 0 ? retry * 1000 : undefined);
}

/**
 * Runs a proactive turn that sends one activity and returns its id. The adapter hands errors thrown
 * inside a turn to onTurnError, so the send's own error is caught here and rethrown as a NotifierError.
 */
async function sendInTurn(start: (logic: (context: TurnContext) => Promise<void>) => Promise<void>, message: OutMessage): Promise<string | undefined> {
  let id: string | undefined;
  let failure: unknown;
  try {
    await start(async (context) => {
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
}

/** Creates a Notifier. Pass the app's adapter; the CLI may omit it and get its own. */
export function createNotifier(config: Readonly<Config>, logger: Logger, adapter: CloudAdapter = createAdapter(config, logger)): Notifier {
  const appId = config.appId;
  return {
    send(ref: ConversationRef, message: OutMessage) {
      return sendInTurn((logic) => adapter.continueConversationAsync(appId, ref as unknown as Partial<ConversationReference>, logic), message);
    },
    sendToUser(ref: ConversationRef, user: { id: string; aadObjectId?: string }, message: OutMessage) {
      const tenantId = ref.conversation.tenantId;
      const params = {
        isGroup: false,
        bot: ref.bot,
        members: [{ id: user.id, aadObjectId: user.aadObjectId }],
        tenantId,
        channelData: { tenant: { id: tenantId } },
      } as unknown as ConversationParameters;
      // undefined audience: botbuilder's default for the channel (an empty string would be taken literally).
      return sendInTurn((logic) => adapter.createConversationAsync(appId, 'msteams', ref.serviceUrl, undefined as unknown as string, params, logic), message);
    },
  };
}
