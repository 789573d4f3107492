/**
 * Bank holidays in England and Wales, from knowledge/bank-holidays.yaml plus any dates in
 * config.extraBankHolidays (EXTRA_BANK_HOLIDAYS). Read once per file path and cached.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const BANK_HOLIDAYS_FILE = 'bank-holidays.yaml';
const REPO_DEFAULT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../knowledge', BANK_HOLIDAYS_FILE);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const cache = new Map<string, Map<string, string>>();

export class HolidaysError extends Error {
  readonly code = 'bank_holidays_invalid';
  constructor(message: string, readonly file: string) { super(`${file}: ${message}`); }
}

/** Parses the YAML text of a bank-holidays file into date → name. Throws HolidaysError on a bad row. */
export function parseBankHolidays(text: string, file = BANK_HOLIDAYS_FILE): Map<string, string> {
  const doc = parse(text) as Record<string, unknown> | null;
  const out = new Map<string, string>();
  for (const [year, rows] of Object.entries(doc ?? {})) {
    if (!Array.isArray(rows)) throw new HolidaysError(`year ${year} must be a list`, file);
    for (const row of rows as { date?: unknown; name?: unknown }[]) {
      const date = String(row?.date ?? '');
      if (!ISO_DATE.test(date) || !date.startsWith(`${year}-`)) throw new HolidaysError(`bad date "${date}" under ${year}`, file);
      out.set(date, typeof row.name === 'string' ? row.name : 'Bank holiday');
    }
  }
  return out;
}

/** Loads the holidays of a knowledge dir (falling back to the repo's file), adding extra dates: a Set of YYYY-MM-DD. */
export function loadBankHolidays(knowledgeDir?: string, extra: readonly string[] = []): Set<string> {
  let file = knowledgeDir ? path.join(knowledgeDir, BANK_HOLIDAYS_FILE) : REPO_DEFAULT;
  if (!fs.existsSync(file)) file = REPO_DEFAULT;
  let named = cache.get(file);
  if (!named) {
    named = parseBankHolidays(fs.readFileSync(file, 'utf8'), file);
    cache.set(file, named);
  }
  return new Set([...named.keys(), ...extra]);
}
