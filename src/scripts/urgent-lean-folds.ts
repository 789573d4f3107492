/**
 * The calm lean (src/safeguarding/urgent/lean.ts) cross-validated by source, for train-urgent.ts. No fold is
 * scored with a table that learned its own messages, and no training message carries a lean learned from its
 * own source either: for a held-out fold F, the table that scores F learns every other source, and a training
 * message from source G reads the table that learns every source but F and G (so the model learns how much to
 * trust a lean on words it has not seen, as at run time). The model trained on everything is taught the same
 * way, each message reading the table without its own source; the committed table learns every source.
 */
import { calmLean, learnLean, MODEL_MIN_HARM, type LeanTable, type RuleEvidence } from '../safeguarding/urgent/index.js';

/** What the lean needs of a labelled message. */
export interface LeanItem { file: string; urgent: boolean; ev: RuleEvidence }

/** Only messages with some harm evidence teach the lean (without any, a message is not urgent anyway). */
const teaches = (i: LeanItem): boolean => i.ev.allHarm >= MODEL_MIN_HARM;

/** The table learned from every teaching message whose source is not left out. */
export function leanTable(items: readonly LeanItem[], leftOut: readonly string[] = []): LeanTable {
  const use = items.filter((i) => teaches(i) && !leftOut.includes(i.file));
  return learnLean(use.filter((i) => i.urgent).map((i) => i.ev.tokens), use.filter((i) => !i.urgent).map((i) => i.ev.tokens));
}

/** For one held-out fold: the table that scores it, and each training message's lean (by index in items). */
export interface LeanFold { table: LeanTable; trainLean: Map<number, number> }

/** The lean of every fold, held out in turn (see the file comment); none when `off`. */
export function leanFolds(items: readonly LeanItem[], folds: readonly string[], off = false): Map<string, LeanFold> {
  const out = new Map<string, LeanFold>();
  if (off) return out;
  for (const f of folds) {
    const inner = new Map(folds.filter((g) => g !== f).map((g) => [g, leanTable(items, [f, g])]));
    const trainLean = new Map<number, number>();
    items.forEach((i, k) => { const t = inner.get(i.file); if (t) trainLean.set(k, calmLean(t, i.ev.tokens)); });
    out.set(f, { table: leanTable(items, [f]), trainLean });
  }
  return out;
}

/** Each message's lean from the table that learns every source but its own, for the model trained on everything. */
export function ownFoldLean(items: readonly LeanItem[], folds: readonly string[]): number[] {
  const tables = new Map(folds.map((f) => [f, leanTable(items, [f])]));
  return items.map((i) => calmLean(tables.get(i.file) as LeanTable, i.ev.tokens));
}
