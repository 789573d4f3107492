/**
 * Insights for guidance owners: the one public entry point. One record per question (outcome,
 * entry, confidence, a salted user hash; the question text only when unanswered, and only after
 * redaction), the report and CSV, the `insights` command and the CSV's file-consent answer.
 *
 *   await recordQuestion(deps, { at, outcome: 'no-answer', confidence: 0, user, redactedQuestion, personalDataFound })
 */
export {
  dayOf, EXPORT_PREFIX, INSIGHTS_PREFIX, purgeExpiredExports, purgeInsights, readInsights, recordQuestion, sanitiseRecord,
  startInsightsPurge, type QuestionOutcome, type QuestionRecord,
} from './records.js';
export { buildReport, insightsReport, parseSince, reportText, toCsv, type InsightsReport } from './report.js';
export { isGuidanceOwner, runInsights, type ExportRecord } from './command.js';
export { handleFileConsent } from './file-consent.js';
export { commands, routes, submitActions } from './commands.js';
