import { expect } from 'chai';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { authoredSlips } from '../../src/knowledge/slips.js';
import { compileThesaurus, loadThesaurus } from '../../src/knowledge/thesaurus.js';
import { buildIndex, search } from '../../src/knowledge/engine.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';

const kb = loadKnowledge(new URL('../../knowledge', import.meta.url).pathname);

/** The shipped knowledge base with one entry's questions replaced. */
function withQuestions(id: string, questions: string[]): KnowledgeBase {
  return { ...kb, entries: kb.entries.map((e) => (e.id === id ? { ...e, questions } : e)) };
}

describe('spelling slips in authored questions and keywords (slips.ts)', () => {
  it('the shipped knowledge base holds none: a slip kept there would stop staff making it from being corrected', () => {
    expect(authoredSlips(kb, loadThesaurus())).to.deep.equal([]);
  });

  it('finds a slip one correction from a guidance word, and names the entry, field and guidance word', () => {
    const entry = kb.entries.find((e) => /support/i.test(e.quote))!;
    const slips = authoredSlips(withQuestions(entry.id, ['where is the suport for new carers']), loadThesaurus());
    expect(slips).to.deep.equal([{ entry: entry.id, field: 'questions', word: 'suport', guidance: 'support' }]);
  });

  it('leaves real English words, contractions, possessives without the apostrophe and thesaurus words alone', () => {
    const entry = kb.entries[0];
    const questions = ['is the contract wider than the contact', 'it wasnt clear and theyve not said', 'southwarks view on the sthwk offer', 'the lac review'];
    const thesaurus = compileThesaurus({ abbreviations: { sthwk: 'southwark' } }, 'test.yaml');
    expect(authoredSlips(withQuestions(entry.id, questions), thesaurus)).to.deep.equal([]);
  });

  it('a slip staff type is corrected to the guidance word, so it reaches every passage using that word', () => {
    const ix = buildIndex(kb);
    const typed = search(ix, 'how does southwark fostering suport its carers', { organisation: 'southwark' });
    const plain = search(ix, 'how does southwark fostering support its carers', { organisation: 'southwark' });
    expect(typed.outcome).to.equal(plain.outcome);
    expect(typed.hits[0].entry.id).to.equal(plain.hits[0].entry.id);
    expect(typed.hits[0].entry.quote.toLowerCase()).to.include('support');
  });
});
