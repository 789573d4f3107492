/**
 * The botbuilder turn: tenant gate → TurnInput → core → send TurnOutput.
 * One handler, one line of logic each; everything else lives in the core.
 */
import { ActivityTypes, CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import type { Logger } from '../logger.js';
import type { OutMessage, TurnInput, TurnOutput } from '../kernel/types.js';
import { mentionsBot, tenantOf, toTurnInput } from './activity.js';
import { uploadFile } from './upload.js';

export interface BotOptions {
  allowedTenants: string[];
  logger: Logger;
  hash(id: string | undefined): string;
  now(): number;
  handle(input: TurnInput): Promise<TurnOutput>;
}

/** Builds a botbuilder Activity from an outgoing message. */
export function toActivity(message: OutMessage): Partial<Activity> {
  if (message.fileConsent) {
    const { name, description, sizeInBytes, context } = message.fileConsent;
    return MessageFactory.attachment({
      contentType: 'application/vnd.microsoft.teams.card.file.consent',
      name,
      content: { description, sizeInBytes, acceptContext: context, declineContext: context },
    });
  }
  if (message.card) {
    const activity = MessageFactory.attachment(CardFactory.adaptiveCard(message.card));
    if (message.text) activity.text = message.text;
    return activity;
  }
  return MessageFactory.text(message.text ?? '');
}

/** Sends everything the core returned, in order. */
async function send(context: TurnContext, output: TurnOutput, log: Logger): Promise<void> {
  if (output.upload) {
    try {
      await uploadFile(output.upload);
      const f = output.upload.file;
      if (f) {
        await context.sendActivity(MessageFactory.attachment({
          contentType: 'application/vnd.microsoft.teams.card.file.info', contentUrl: f.contentUrl, name: f.name,
          content: { uniqueId: f.uniqueId, fileType: f.fileType },
        }));
      }
    } catch (err) {
      log.error({ code: (err as { code?: string }).code ?? 'upload_failed' }, 'file upload failed');
      output = { ...output, messages: [{ text: "Sorry, I couldn't upload the file to your OneDrive. Please try again later." }] };
    }
  }
  for (const message of output.messages) {
    await context.sendActivity(toActivity(message));
  }
  if (output.updateCard && context.activity.replyToId) {
    const update = toActivity({ card: output.updateCard });
    update.id = context.activity.replyToId;
    await context.updateActivity(update);
  }
  if (context.activity.type === ActivityTypes.Invoke) {
    const response = output.invokeResponse ?? defaultInvokeResponse(context.activity);
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: response });
  }
}

function defaultInvokeResponse(activity: Partial<Activity>): { status: number; body?: unknown } {
  if (activity.name === 'adaptiveCard/action') {
    return { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Done' } };
  }
  return { status: 200 };
}

/** Creates the turn logic passed to adapter.process. */
export function createBotLogic(options: BotOptions): (context: TurnContext) => Promise<void> {
  const allowed = new Set(options.allowedTenants);
  return async (context) => {
    const started = options.now();
    const activity = context.activity;
    const tenant = tenantOf(activity);
    const log = options.logger.child({
      turn: activity.id ? options.hash(activity.id) : 'none',
      activityType: activity.type,
      user: options.hash(activity.from?.id),
      conversation: options.hash(activity.conversation?.id),
    });
    if (allowed.size > 0 && (!tenant || !allowed.has(tenant))) {
      log.warn({ tenant: tenant ?? 'none', outcome: 'tenant_refused' }, 'activity from a tenant that is not allowed');
      // An invoke must still be answered (botbuilder would say 501): a clean 200 with an empty body, nothing acted on.
      if (activity.type === ActivityTypes.Invoke) await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200 } });
      return;
    }
    const input = toTurnInput(activity, started);
    if (input.kind === 'message' && input.scope !== 'personal' && !mentionsBot(activity)) {
      log.info({ kind: input.kind, scope: input.scope, outcome: 'not_addressed' }, 'turn');
      return; // in group chats and channels the bot answers only when @mentioned
    }
    if (activity.type === ActivityTypes.Message) {
      await context.sendActivity({ type: ActivityTypes.Typing }).catch(() => undefined);
    }
    const output = await options.handle(input);
    await send(context, output, log);
    log.info({ kind: input.kind, scope: input.scope, replies: output.messages.length, ms: options.now() - started, outcome: 'ok' }, 'turn');
  };
}
