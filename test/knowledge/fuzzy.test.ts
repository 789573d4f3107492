import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { buildIndex, search, type SearchIndex } from '../../src/knowledge/engine.js';
import { MAX_FUZZY_LENGTH, Vocabulary, type FuzzyWork } from '../../src/knowledge/fuzzy.js';
import { worstCaseTexts } from './worst-case.js';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));

/** Most delete variants one word can produce: itself, n one-letter and n(n-1)/2 two-letter deletions. */
const MAX_VARIANTS_PER_WORD = 1 + MAX_FUZZY_LENGTH + (MAX_FUZZY_LENGTH * (MAX_FUZZY_LENGTH - 1)) / 2;

function workOf(v: Vocabulary, run: () => void): FuzzyWork {
  const before = { ...v.work };
  run();
  return { words: v.work.words - before.words, variants: v.work.variants - before.variants, comparisons: v.work.comparisons - before.comparisons };
}

describe('knowledge/fuzzy: spelling correction stays cheap whatever the text', () => {
  it('still corrects ordinary slips, short and long', () => {
    const v = new Vocabulary(new Map([['relationship', 3], ['safeguarding', 2], ['listening', 4]]));
    expect(v.correct('relatinoshp')).to.equal('relationship');
    expect(v.correct('listenign')).to.equal('listening');
    expect(v.correct('safegaurding')).to.equal('safeguarding');
  });

  it('never builds the delete neighbourhood of a word longer than MAX_FUZZY_LENGTH', () => {
    const v = new Vocabulary(new Map([['relationship', 3]]));
    for (const word of ['x'.repeat(MAX_FUZZY_LENGTH + 1), 'relationship'.repeat(2), 'a'.repeat(2000)]) {
      const work = workOf(v, () => expect(v.correct(word)).to.equal(undefined));
      expect(work, word.slice(0, 30)).to.deep.equal({ words: 1, variants: 0, comparisons: 0 });
    }
    const atLimit = workOf(v, () => v.correct('q'.repeat(7) + 'w'.repeat(MAX_FUZZY_LENGTH - 7)));
    expect(atLimit.variants).to.be.within(1, MAX_VARIANTS_PER_WORD);
  });

  describe('on the real index, through search()', () => {
    let index: SearchIndex;
    before(() => { index = buildIndex(loadKnowledge(KNOWLEDGE_DIR)); });

    for (const [name, text] of Object.entries(worstCaseTexts())) {
      it(`bounds the work for ${name} (${text.length} characters)`, () => {
        const work = workOf(index.vocabulary, () => search(index, text, {}));
        // Every corrected word is at most MAX_FUZZY_LENGTH letters plus a separator, so the work per character is bounded.
        expect(work.variants, 'variants').to.be.at.most(Math.ceil(text.length / (MAX_FUZZY_LENGTH + 1)) * MAX_VARIANTS_PER_WORD);
        expect(work.comparisons, 'comparisons').to.be.at.most(work.variants * 4 + work.words);
      });
    }
  });
});
