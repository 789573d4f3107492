/**
 * The botbuilder CloudAdapter with ConfigurationBotFrameworkAuthentication. With no app id,
 * authentication is off (local development, Playground); with one, every request needs a valid token
 * (checked through src/bot/auth.ts, which gives failures honest status codes).
 */
import { CallerIdConstants, CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

const SORRY = "Sorry, something went wrong on my side and I couldn't finish that. Please try again in a moment.";

/** Where the Bot Framework's OpenID metadata is fetched from; tests point both at a fake on loopback. */
export interface AuthEndpoints {
  /** Channel tokens (Teams): default https://login.botframework.com/v1/.well-known/openidconfiguration. */
  channelOpenIdMetadataUrl?: string;
  /** Emulator and Entra-issued tokens: default the Microsoft identity platform's. */
  emulatorOpenIdMetadataUrl?: string;
}

/**
 * botbuilder's public-cloud settings. Setting any endpoint makes botbuilder take every one as given, so an
 * override (tests only) restates these; with no override botbuilder applies them itself.
 */
const PUBLIC_CLOUD = Object.freeze({
  ValidateAuthority: true,
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromChannelOpenIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  CallerId: CallerIdConstants.PublicAzureChannel,
});

/** The token validation botbuilder does for this configuration (shared by the adapter and src/bot/auth.ts). */
export function createAuthentication(config: Readonly<Config>, endpoints: AuthEndpoints = {}): ConfigurationBotFrameworkAuthentication {
  const overridden = endpoints.channelOpenIdMetadataUrl || endpoints.emulatorOpenIdMetadataUrl;
  return new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: config.appPassword,
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.appTenantId,
    ...(overridden ? {
      ...PUBLIC_CLOUD,
      ToBotFromChannelOpenIdMetadataUrl: endpoints.channelOpenIdMetadataUrl ?? PUBLIC_CLOUD.ToBotFromChannelOpenIdMetadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: endpoints.emulatorOpenIdMetadataUrl ?? PUBLIC_CLOUD.ToBotFromEmulatorOpenIdMetadataUrl,
    } : {}),
  });
}

/** Creates the adapter; turn errors are logged with a code (never the message text) and get a kind reply. */
export function createAdapter(config: Readonly<Config>, logger: Logger, auth = createAuthentication(config)): CloudAdapter {
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    const err = error as { code?: string; name?: string; statusCode?: number };
    logger.error({ code: err.code ?? err.name ?? 'turn_error', status: err.statusCode, activityType: context.activity.type }, 'turn failed');
    if (context.activity.type === 'message') {
      await context.sendActivity(SORRY).catch(() => undefined);
    } else if (context.activity.type === 'invoke') {
      // An invoke must be answered: say plainly that it failed on our side (never botbuilder's 501).
      await context.sendActivity({ type: 'invokeResponse', value: { status: 500 } }).catch(() => undefined);
    }
  };
  return adapter;
}
