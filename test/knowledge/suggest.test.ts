import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { buildIndex } from '../../src/knowledge/engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { snippetOf, suggestEntries, suggestionText } from '../../src/knowledge/suggest.js';

const kb = loadKnowledge(fileURLToPath(new URL('../../knowledge', import.meta.url)));
const index = buildIndex(kb);
const fileOf = (id: string): string => `knowledge/entries/${kb.entryById.get(id)!.organisation}.yaml`;

describe('insights suggest: grouping what staff asked and proposing where it belongs', () => {
  const groups = suggestEntries(index, [
    { text: 'signs of safety kent - what is the model for?', why: 'unanswered' },
    { text: 'Signs of safety kent - what is the model for', why: 'did-you-mean' },
    { text: 'how do i claim mileage for home visits', why: 'unanswered' },
    { text: 'claim mileage home visits form', why: 'unanswered' },
    { text: 'what does kent say about signs of safety for [name]', why: 'unanswered' },
  ], fileOf);

  it('proposes the entry a group most likely belongs to, counting repeats once with how often', () => {
    const sos = groups.find((g) => g.entry?.id === 'kent-signs-of-safety');
    expect(sos, 'a group for Signs of Safety').to.not.equal(undefined);
    const q = sos!.questions.find((x) => x.text === 'signs of safety kent - what is the model for')!;
    expect(q).to.deep.include({ count: 2 });
    expect(q.why).to.have.members(['unanswered', 'did-you-mean']);
  });

  it('writes a ready-to-paste YAML snippet under the entry\'s questions, leaving out redacted questions', () => {
    const sos = groups.find((g) => g.entry?.id === 'kent-signs-of-safety')!;
    const snippet = snippetOf(sos)!;
    expect(snippet).to.match(/^ {2}- id: kent-signs-of-safety\n {4}questions:\n/);
    expect(snippet).to.contain('      - signs of safety kent - what is the model for');
    expect(snippet).to.not.contain('[name]');
  });

  it('says plainly when no entry fits: a gap in the guidance, similar questions together', () => {
    const gap = groups.find((g) => !g.entry && g.questions.some((q) => q.text.includes('mileage')));
    expect(gap, 'the mileage questions are a gap').to.not.equal(undefined);
    expect(gap!.questions).to.have.length(2);
    const text = suggestionText(groups);
    expect(text).to.contain('No entry fits: a gap in the guidance');
    expect(text).to.contain('knowledge/entries/kent.yaml');
    expect(text).to.contain('Nothing has been changed');
  });

  it('never proposes the entry a thumbs-down was about', () => {
    const [g] = suggestEntries(index, [{ text: 'signs of safety model kent', why: 'thumbs-down', entryId: 'kent-signs-of-safety' }], fileOf);
    expect(g.entry?.id).to.not.equal('kent-signs-of-safety');
  });

  it('has nothing to suggest when nothing was asked', () => {
    expect(suggestionText(suggestEntries(index, [], fileOf))).to.match(/nothing to suggest/);
  });
});
