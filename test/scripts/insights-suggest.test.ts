import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config.js';
import { parseSuggestArgs, runSuggest } from '../../src/scripts/insights-suggest.js';
import { MemoryStorage } from '../../src/storage/memory.js';
import { snapshot } from '../knowledge/import/fixtures.js';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));
const NOW = Date.UTC(2026, 2, 10);
const DAY = 86_400_000;

describe('npm run insights -- suggest', () => {
  it('reads unanswered and did-you-mean questions and thumbs-down comments from storage, and changes nothing', async () => {
    const storage = new MemoryStorage();
    await storage.write({
      'insights/2026-03-09/1-a': { at: NOW - DAY, outcome: 'no-answer', confidence: 0, user: 'u1', personalDataFound: false, redactedQuestion: 'how do i claim mileage for home visits' },
      'insights/2026-03-09/2-b': { at: NOW - DAY, outcome: 'did-you-mean', confidence: 0.4, user: 'u2', personalDataFound: false, redactedQuestion: 'signs of safety kent - what is the model for' },
      'insights/2026-03-09/3-c': { at: NOW - DAY, outcome: 'answered', confidence: 0.9, user: 'u3', personalDataFound: false, entryId: 'kent-vision' },
      'insights/2025-01-01/4-d': { at: NOW - 400 * DAY, outcome: 'no-answer', confidence: 0, user: 'u4', personalDataFound: false, redactedQuestion: 'an old question about parking permits' },
      'feedback/kent-vision/u5': { entryId: 'kent-vision', helpful: false, at: NOW - DAY, user: 'u5', comment: 'I wanted the signs of safety model' },
      'feedback/kent-goal/u6': { entryId: 'kent-goal', helpful: false, at: NOW - DAY, user: 'u6' },
    });
    const before = snapshot(KNOWLEDGE_DIR);
    const out: string[] = [];
    const code = await runSuggest(['--since', '30d'], loadConfig({ KNOWLEDGE_DIR }), storage, NOW, (s) => out.push(s));
    const text = out.join('\n');
    expect(code).to.equal(0);
    expect(text).to.contain('mileage').and.contain('No entry fits');
    expect(text).to.contain('(did-you-mean)').and.contain('(thumbs-down)');
    expect(text).to.contain('- id: kent-signs-of-safety');
    expect(text, 'older than the period').to.not.contain('parking');
    expect(text).to.contain('1 thumbs-down left no comment');
    expect(snapshot(KNOWLEDGE_DIR), 'the knowledge base is untouched').to.deep.equal(before);
  });

  it('reads --since and refuses anything else', () => {
    expect(parseSuggestArgs([])).to.deep.equal({ periodMs: 30 * DAY });
    expect(parseSuggestArgs(['--since=2w'])).to.deep.equal({ periodMs: 14 * DAY });
    expect(parseSuggestArgs(['--csv'])).to.have.property('error');
  });
});
