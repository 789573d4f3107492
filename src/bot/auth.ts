/**
 * Authenticating /api/messages with honest status codes. botbuilder validates the token (its
 * ConfigurationBotFrameworkAuthentication: issuer, signature against the Bot Framework's OpenID keys,
 * audience, expiry, endorsements); this wraps it so that:
 *
 * - every authentication failure is a 401 (botbuilder lets signature, audience and algorithm errors through
 *   as plain jsonwebtoken errors, which the server used to answer with 400);
 * - OpenID metadata that cannot be fetched (network error, 5xx, no answer within AUTH_TIMEOUT_MS) is a 503 with
 *   Retry-After, so the Bot Connector retries, and the failure is remembered for METADATA_RETRY_MS per token
 *   issuer: forged tokens during an outage cost no outbound request. Fetched metadata is cached by botbuilder
 *   (24 hours; an unknown key id refreshes it at most once an hour);
 * - an invoke the turn left unanswered is a clean 200 with an empty body, never botbuilder's 501.
 */
import type { Activity, CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext } from 'botbuilder';
import type { Logger } from '../logger.js';

/** How long a failed OpenID metadata fetch is remembered: requests carrying that issuer get 503 meanwhile. */
export const METADATA_RETRY_MS = 30_000;
/** Longest wait for authentication (botbuilder's metadata fetch has no timeout of its own). The Bot Connector
 * waits about 15 s for a reply, so past this it is better told to retry. */
export const AUTH_TIMEOUT_MS = 10_000;
/** Issuers remembered at once as unavailable; only real Bot Framework issuers ever fetch metadata, so a few suffice. */
const MAX_REMEMBERED = 16;

export type AuthErrorCode = 'unauthorized' | 'auth_metadata_unavailable';

/** Why a request was refused: `statusCode` is what the server answers (401 or 503). */
export class AuthError extends Error {
  readonly name = 'AuthError';
  constructor(readonly code: AuthErrorCode, readonly statusCode: 401 | 503, readonly cause?: unknown) {
    super(code === 'unauthorized' ? 'A valid Bot Connector token is required.' : 'The Bot Framework signing keys cannot be fetched right now.');
  }
}

/** What the HTTP layer calls: authenticate, run the turn, return any invoke response. */
export interface MessageProcessor {
  processActivity(authHeader: string, activity: never, logic: (context: never) => Promise<void>): Promise<{ status: number; body?: unknown } | undefined>;
}

export interface AuthenticatorOptions {
  auth: Pick<ConfigurationBotFrameworkAuthentication, 'authenticateRequest'>;
  adapter: CloudAdapter;
  logger: Logger;
  now?: () => number;
  /** Tests shorten it. */
  timeoutMs?: number;
}

type AuthResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;
/** CloudAdapter.processActivity is protected in the typings; this is its overload taking an authenticated result. */
type Processing = { processActivity(result: AuthResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<{ status: number; body?: unknown } | undefined> };

/** The `iss` claim of a bearer token, without verifying anything (undefined when it has none). */
export function issuerOf(authHeader: string): string | undefined {
  const token = /^Bearer\s+(\S{1,8192})$/.exec(authHeader)?.[1];
  const payload = token?.split('.')[1];
  if (!payload) return undefined;
  try {
    const iss = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { iss?: unknown }).iss;
    return typeof iss === 'string' ? iss.slice(0, 200) : undefined;
  } catch {
    return undefined;
  }
}

/** True when the error says the OpenID metadata could not be fetched, rather than that the token is bad. */
export function isMetadataFailure(err: unknown): boolean {
  const e = err as { name?: unknown; statusCode?: unknown; message?: unknown; type?: unknown };
  if (e?.name === 'FetchError') return true; // node-fetch: refused, reset, DNS, invalid JSON
  if (typeof e?.statusCode === 'number' && e.statusCode >= 500) return true; // "Failed to load openID config / Keys"
  return typeof e?.message === 'string' && /^Failed to load (openID config|Keys)/.test(e.message);
}

/** Wraps the adapter: `createAuthenticator({ auth, adapter, logger }).processActivity(header, activity, logic)`. */
export function createAuthenticator(options: AuthenticatorOptions): MessageProcessor {
  const { auth, logger } = options;
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? AUTH_TIMEOUT_MS;
  const unavailableUntil = new Map<string, number>();

  const authenticate = async (activity: Activity, authHeader: string): Promise<AuthResult> => {
    const issuer = issuerOf(authHeader);
    if (issuer !== undefined && (unavailableUntil.get(issuer) ?? 0) > now()) {
      throw new AuthError('auth_metadata_unavailable', 503);
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error('authentication timed out'), { name: 'FetchError' })), timeoutMs);
    });
    try {
      const result = await Promise.race([auth.authenticateRequest(activity, authHeader), late]);
      if (issuer !== undefined) unavailableUntil.delete(issuer);
      return result;
    } catch (err) {
      if (isMetadataFailure(err)) {
        if (issuer !== undefined) {
          if (unavailableUntil.size >= MAX_REMEMBERED) unavailableUntil.clear();
          unavailableUntil.set(issuer, now() + METADATA_RETRY_MS);
        }
        logger.error({ code: 'auth_metadata_unavailable' }, 'Bot Framework signing keys could not be fetched');
        throw new AuthError('auth_metadata_unavailable', 503, err);
      }
      throw new AuthError('unauthorized', 401, err);
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    async processActivity(authHeader, activity, logic) {
      const result = await authenticate(activity as Activity, authHeader);
      const response = await (options.adapter as unknown as Processing).processActivity(result, activity as Activity, logic as never);
      // botbuilder answers an invoke nobody answered with 501; an unanswered invoke is one we chose not to act on.
      if ((activity as Activity).type === 'invoke' && response?.status === 501) return { status: 200 };
      return response;
    },
  };
}
