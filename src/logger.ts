/**
 * Structured JSON logs (pino). Never log message text or request bodies: log hashed ids,
 * scores and outcomes. `hashId` gives a salted, short, stable hash for user and conversation ids.
 */
import { createHash } from 'node:crypto';
import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };

/** Creates the app logger. Pass a destination in tests to capture lines. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({
    level,
    base: { app: 'practice-guide-bot' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['text', 'body', 'req.body', '*.text', 'message.text', 'value.comment'], censor: '[not logged]' },
  }, destination);
}

/** Salted SHA-256 of an id, 16 hex chars: `hashId(salt, '29:abc')`. */
export function hashId(salt: string, id: string | undefined): string {
  if (!id) return 'none';
  return createHash('sha256').update(salt).update('\u0000').update(id).digest('hex').slice(0, 16);
}
