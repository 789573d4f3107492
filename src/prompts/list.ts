/** The operator's view of the daily prompt subscriptions (`npm run prompts -- list`), as plain text. */
import { formatUk, nextPostAt } from './schedule.js';
import type { Subscription } from './subscriptions.js';

/** Columns of the table, in order. */
export const COLUMNS = ['CONVERSATION', 'STATUS', 'ORGANISATION', 'TIME', 'DAYS', 'TENANT', 'LAST POST', 'NEXT POST'] as const;

/** The subscriptions as a table with a header row; "next post" is the first one after `at` (what the scheduler will send). */
export function listTable(subs: Subscription[], at: number, holidays: ReadonlySet<string>, hash: (id: string | undefined) => string): string {
  if (subs.length === 0) return 'No daily prompt subscriptions.';
  const rows = subs.map((s) => {
    const next = s.status === 'active' ? nextPostAt(s, at, holidays) : undefined;
    return [
      s.conv, s.status + (s.endedReason ? ` (${s.endedReason})` : ''), s.organisation, s.time, s.days,
      hash(s.ref.conversation.tenantId), s.lastPostDate ?? 'never', next ? formatUk(next) : '-',
    ];
  });
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return [
    `${subs.length} daily prompt subscription${subs.length === 1 ? '' : 's'}; next posts as of ${formatUk(at)} (ids and tenants are hashed):`,
    line(COLUMNS), ...rows.map(line),
  ].join('\n');
}

