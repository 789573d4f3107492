import { expect } from 'chai';
import { makeDeps, FIXED_NOW } from '../../support/fake-deps.js';
import { purgeInsights, readInsights, recordQuestion, startInsightsPurge, INSIGHTS_PREFIX, type QuestionRecord } from '../../../src/safeguarding/insights/records.js';
import { buildReport, parseSince, reportText, toCsv } from '../../../src/safeguarding/insights/report.js';
import { insightsView } from '../../../src/safeguarding/insights/command.js';
import { StorageError } from '../../../src/storage/port.js';
import type { Storage } from '../../../src/storage/port.js';

const DAY = 24 * 60 * 60 * 1000;
const rec = (over: Partial<QuestionRecord> = {}): QuestionRecord => ({
  at: FIXED_NOW, outcome: 'answered', confidence: 0.8, user: 'u1', personalDataFound: false, ...over,
});

describe('insights records', () => {
  it('stores one record per question under insights/<day>/', async () => {
    const deps = makeDeps();
    await recordQuestion(deps, rec({ entryId: 'e1', organisation: 'kent' }));
    await recordQuestion(deps, rec());
    const keys = await deps.storage.list(INSIGHTS_PREFIX);
    expect(keys).to.have.length(2);
    for (const k of keys) expect(k).to.match(/^insights\/2025-06-02\/\d+-[0-9a-f]+$/);
    const [first] = await readInsights(deps, 0);
    expect(first).to.include({ outcome: 'answered', confidence: 0.8, user: 'u1' });
  });

  it('keeps question text only for questions not answered clearly (no answer, did you mean), redacted again', async () => {
    const deps = makeDeps();
    await recordQuestion(deps, rec({ outcome: 'answered', redactedQuestion: 'what about secure base' }));
    await recordQuestion(deps, rec({ outcome: 'no-answer', redactedQuestion: 'what applies to Tobias Unredacted on 07700 900123' }));
    await recordQuestion(deps, rec({ outcome: 'did-you-mean', redactedQuestion: 'support for Tobias Unredacted on 07700 900123' }));
    const rows = await readInsights(deps, 0);
    expect(rows.find((r) => r.outcome === 'answered')).to.not.have.property('redactedQuestion');
    expect(rows.find((r) => r.outcome === 'no-answer')?.redactedQuestion).to.equal('what applies to [name] on [phone]');
    expect(rows.find((r) => r.outcome === 'did-you-mean')?.redactedQuestion).to.equal('support for [name] on [phone]');
  });

  it('logs a storage fault with a code and never throws', async () => {
    const broken: Storage = {
      read: async () => ({}), list: async () => [], delete: async () => {},
      write: async () => { throw new StorageError('unavailable', 'down'); },
    };
    const deps = makeDeps({ storage: broken });
    await recordQuestion(deps, rec({ outcome: 'no-answer', redactedQuestion: 'secret words' }));
    const line = deps.logs.find((l) => l.code === 'insights_write_failed');
    expect(line).to.include({ cause: 'unavailable' });
    expect(JSON.stringify(deps.logs)).to.not.include('secret words');
  });

  it('purges records older than the retention period', async () => {
    const deps = makeDeps({ config: { insightsRetentionDays: 30 } });
    await recordQuestion(deps, rec({ at: FIXED_NOW - 31 * DAY }));
    await recordQuestion(deps, rec({ at: FIXED_NOW - 29 * DAY }));
    await recordQuestion(deps, rec({ at: FIXED_NOW }));
    expect(await purgeInsights(deps)).to.equal(1);
    expect(await deps.storage.list(INSIGHTS_PREFIX)).to.have.length(2);
  });

  it('runs the purge at start and stops cleanly', async () => {
    const deps = makeDeps({ config: { insightsRetentionDays: 1 } });
    await recordQuestion(deps, rec({ at: FIXED_NOW - 5 * DAY }));
    const job = startInsightsPurge(deps);
    await job.stop();
    expect(await deps.storage.list(INSIGHTS_PREFIX)).to.deep.equal([]);
  });
});

describe('insights report', () => {
  it('parses periods', () => {
    expect(parseSince('7d')).to.equal(7 * DAY);
    expect(parseSince('2w')).to.equal(14 * DAY);
    expect(parseSince('24h')).to.equal(DAY);
    expect(parseSince('soon')).to.equal(undefined);
  });

  it('counts outcomes, ranks unanswered questions and unhelpful entries', () => {
    const records = [
      rec(), rec({ outcome: 'no-answer', redactedQuestion: 'parking at the office?' }), rec({ outcome: 'no-answer', redactedQuestion: 'Parking at the office' }),
      rec({ outcome: 'no-answer', redactedQuestion: 'mileage' }), rec({ outcome: 'urgent', user: 'u2' }),
    ];
    const feedback = [
      { entryId: 'a', helpful: false, at: FIXED_NOW, user: 'u1' }, { entryId: 'a', helpful: false, at: FIXED_NOW, user: 'u2' },
      { entryId: 'b', helpful: false, at: FIXED_NOW, user: 'u1' }, { entryId: 'c', helpful: true, at: FIXED_NOW, user: 'u1' },
    ];
    const r = buildReport(records, feedback, undefined, 0, FIXED_NOW);
    expect(r.total).to.equal(5);
    expect(r.people).to.equal(2);
    expect(r.byOutcome).to.include({ answered: 1, 'no-answer': 3, urgent: 1 });
    expect(r.topUnanswered[0]).to.deep.equal({ question: 'parking at the office', count: 2 });
    expect(r.mostUnhelpful.map((e) => e.entryId)).to.deep.equal(['a', 'b']);
  });

  it('counts personal data in the summary, the card and the CSV the same way', () => {
    const records = [rec({ personalDataFound: true }), rec({ outcome: 'no-answer', personalDataFound: true, redactedQuestion: 'x' }), rec(), rec({ outcome: 'urgent', personalDataFound: true })];
    const r = buildReport(records, [], undefined, 0, FIXED_NOW);
    const yes = toCsv(records).split('\r\n').filter((l) => l.includes('"yes"')).length;
    expect(r.personalData).to.equal(3);
    expect(yes).to.equal(3);
    expect(reportText(r)).to.match(/personal data found \(removed before keeping\): 3/);
    expect(reportText(r)).not.to.match(/personal-data: 0/);
    const view = insightsView(r) as { outcomes: { label: string; count: string }[] };
    expect(view.outcomes.find((o) => /personal data/i.test(o.label))?.count).to.equal('3');
  });

  it('writes a CSV that spreadsheets cannot run as formulas', () => {
    const csv = toCsv([rec({ outcome: 'no-answer', redactedQuestion: '=HYPERLINK("x")' })]);
    const lines = csv.trim().split('\r\n');
    expect(lines).to.have.length(2);
    expect(lines[0]).to.include('unanswered_question_redacted');
    expect(lines[1]).to.include('"\'=HYPERLINK(""x"")"');
  });
});

