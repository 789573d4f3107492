/**
 * Teams' file-consent answer for the insights CSV (fileConsent/invoke). On accept: hand the
 * bot layer the upload (it PUTs the CSV to Teams' uploadUrl) and confirm; on decline: delete
 * the waiting CSV. The invoke value is untrusted: every field is checked.
 */
import type { Deps } from '../../kernel/deps.js';
import type { TurnInput, TurnOutput } from '../../kernel/types.js';
import { EXPORT_PREFIX, type ExportRecord } from './command.js';

const TOKEN = /^[0-9a-f]{24}$/;

function ok(text: string, extra: Partial<TurnOutput> = {}): TurnOutput {
  return { messages: [{ text }], invokeResponse: { status: 200 }, ...extra };
}

function record(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** Handles a fileConsent invoke: `handleFileConsent(deps, { kind: 'fileConsent', value: { action: 'accept', context, uploadInfo } … })`. */
export async function handleFileConsent(deps: Deps, input: TurnInput): Promise<TurnOutput> {
  const value = record(input.value);
  const context = record(value?.context);
  const token = typeof context?.token === 'string' && TOKEN.test(context.token) ? context.token : undefined;
  const user = deps.hash(input.userId);
  if (!value || context?.action !== 'insightsCsv' || !token) {
    deps.logger.warn({ code: 'file_consent_invalid', user }, 'file consent with unknown context');
    return ok('Sorry, I couldn\u2019t match that to a file I offered. Type insights to try again.');
  }
  const key = `${EXPORT_PREFIX}${token}`;
  const stored = (await deps.storage.read([key]))[key] as ExportRecord | undefined;
  if (value.action === 'decline') {
    if (stored && stored.user === user) await deps.storage.delete([key]);
    return ok('OK, I didn\u2019t send the file and I\u2019ve deleted it.');
  }
  if (value.action !== 'accept') return ok('Sorry, I couldn\u2019t tell whether you accepted the file. Type insights to try again.');
  if (!stored || stored.user !== user || typeof stored.csv !== 'string' || Number(stored.expiresAt) <= deps.now()) {
    if (stored) await deps.storage.delete([key]);
    return ok('That file has expired or isn\u2019t yours to download. Type insights to get a fresh one.');
  }
  const uploadInfo = record(value.uploadInfo);
  // https only; plain http to loopback is accepted with authentication off (local development and tests).
  const allowed = deps.config.authEnabled ? /^https:\/\//i : /^(https:\/\/|http:\/\/(127\.0\.0\.1|localhost)[:/])/i;
  const uploadUrl = typeof uploadInfo?.uploadUrl === 'string' && allowed.test(uploadInfo.uploadUrl) ? uploadInfo.uploadUrl : undefined;
  const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, 2000) : '');
  const file = uploadInfo && str(uploadInfo.contentUrl) && str(uploadInfo.uniqueId)
    ? { name: str(uploadInfo.name) || 'insights.csv', contentUrl: str(uploadInfo.contentUrl), uniqueId: str(uploadInfo.uniqueId), fileType: str(uploadInfo.fileType) || 'csv' }
    : undefined;
  if (!uploadUrl) return ok('Teams didn\u2019t give me a place to put the file. Type insights to try again.');
  await deps.storage.delete([key]);
  deps.logger.info({ code: 'insights_csv_accepted', user, bytes: Buffer.byteLength(stored.csv, 'utf8') }, 'insights csv upload');
  return ok('Thanks: the insights CSV is going to your OneDrive and will appear in this chat.', {
    upload: { uploadUrl, content: stored.csv, contentType: 'text/csv', file },
  });
}
