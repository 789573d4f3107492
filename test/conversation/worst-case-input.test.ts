import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { handleTurn } from '../../src/kernel/handle.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { buildIndex, search, type SearchIndex } from '../../src/knowledge/engine.js';
import { MAX_FUZZY_LENGTH } from '../../src/knowledge/fuzzy.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import { makeDeps } from '../support/fake-deps.js';
import { makeTurn } from '../support/turns.js';
import { worstCaseTexts } from '../knowledge/worst-case.js';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));
/** Most spelling-correction variants a question of n characters can cost (see test/knowledge/fuzzy.test.ts). */
const variantBudget = (chars: number) => Math.ceil(chars / (MAX_FUZZY_LENGTH + 1)) * (1 + MAX_FUZZY_LENGTH + (MAX_FUZZY_LENGTH * (MAX_FUZZY_LENGTH - 1)) / 2);

describe('conversation: worst-case input stays cheap in a whole turn (real engine)', () => {
  let kb: KnowledgeBase;
  let index: SearchIndex;
  before(() => { kb = loadKnowledge(KNOWLEDGE_DIR); index = buildIndex(kb); });
  const deps = () => makeDeps({ kb, search: (q, c) => search(index, q, c) });

  it('a typed message: 20,000 letters of one word, and every worst case, answer with bounded correction work', async () => {
    const texts = { ...worstCaseTexts(), '20,000 letters (cut to the first 2,000)': 'qwertyuiop'.repeat(2000) };
    for (const [name, text] of Object.entries(texts)) {
      const before = index.vocabulary.work.variants;
      const out = await handleTurn(deps(), makeTurn({ text }));
      expect(out.messages, name).to.have.length.greaterThan(0);
      expect(index.vocabulary.work.variants - before, name).to.be.at.most(variantBudget(Math.min(text.length, 2000)));
    }
  });

  it('the chooseOrg card submit carries a question to the same code: it is bounded too', async () => {
    for (const [name, question] of Object.entries(worstCaseTexts())) {
      const before = { ...index.vocabulary.work };
      const out = await handleTurn(deps(), makeTurn({ kind: 'submit', value: { action: 'chooseOrg', organisation: 'kent', question } }));
      expect(out.messages, name).to.have.length.greaterThan(0);
      expect(index.vocabulary.work.words - before.words, name).to.be.greaterThan(0); // it did reach the corrector
      expect(index.vocabulary.work.variants - before.variants, name).to.be.at.most(variantBudget(question.length));
    }
  });
});
