/**
 * The botbuilder CloudAdapter with ConfigurationBotFrameworkAuthentication. With no app id,
 * authentication is off (local development, Playground); with one, every request needs a valid token.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

const SORRY = "Sorry, something went wrong on my side and I couldn't finish that. Please try again in a moment.";

/** Creates the adapter; turn errors are logged with a code (never the message text) and get a kind reply. */
export function createAdapter(config: Readonly<Config>, logger: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: config.appPassword,
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.appTenantId,
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    const err = error as { code?: string; name?: string; statusCode?: number };
    logger.error({ code: err.code ?? err.name ?? 'turn_error', status: err.statusCode, activityType: context.activity.type }, 'turn failed');
    if (context.activity.type === 'message') {
      await context.sendActivity(SORRY).catch(() => undefined);
    }
  };
  return adapter;
}
