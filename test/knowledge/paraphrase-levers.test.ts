import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { associationsFor, learnAssociations, MIN_PAIR_ENTRIES } from '../../src/knowledge/associations.js';
import { wordNetRelations } from '../../src/knowledge/wordnet.js';
import { buildIndex } from '../../src/knowledge/engine.js';
import { analyseQuery, WORDNET_WEIGHT } from '../../src/knowledge/query.js';
import { EXPANSION_WEIGHT } from '../../src/knowledge/thesaurus.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Entry } from '../../src/knowledge/types.js';

const entry = (id: string, quote: string, questions: string[]): Entry => ({
  id, organisation: 'o', source: 's', section: 'x', kind: 'principle', title: id, quote, related: [], questions, keywords: [],
});

describe('paraphrase levers: WordNet synonyms', () => {
  it('relates an everyday word to the guidance word of its first senses, within the given vocabulary only', () => {
    const related = wordNetRelations(new Set(['child', 'famili']));
    expect(related.get('kid')).to.include('child');
    for (const terms of related.values()) for (const t of terms) expect(['child', 'famili']).to.include(t);
  });

  it('weighs a WordNet expansion below the domain thesaurus, and only for words the guide never uses', () => {
    expect(WORDNET_WEIGHT).to.be.below(EXPANSION_WEIGHT);
    const ix = buildIndex(loadKnowledge(fileURLToPath(new URL('../../knowledge', import.meta.url))));
    const q = analyseQuery(ix, 'does our guidance say anything about working with kin');
    const g = q.groups.find((x) => x.label.startsWith('kin'));
    expect(g, JSON.stringify(q.groups.map((x) => x.label))).to.not.equal(undefined);
    expect(g!.terms.map((t) => t.term)).to.include('famili');
    for (const t of g!.terms) expect(t.weight).to.be.at.most(WORDNET_WEIGHT);
    const off = buildIndex(ix.kb, { levers: { wordnet: false } });
    expect(off.wordnet.size).to.equal(0);
  });
});

describe('paraphrase levers: word associations learned from the authored questions', () => {
  const quotes = ['Children are listened to.', 'We put children first.', 'Children shape their plans.', 'Families are strong.',
    'Workers are supported.', 'Managers lead.', 'Carers are trained.', 'Records are kept.', 'Plans are reviewed.', 'Teams meet.'];
  const entries = quotes.map((q, i) => entry(`e${i}`, q, i < 3 ? ['what about the kids'] : ['what about staff']));

  it(`learns a staff word → document word pair seen in at least ${MIN_PAIR_ENTRIES} entries`, () => {
    const table = learnAssociations(entries);
    expect(table.kid?.map(([t]) => t)).to.include('child');
    expect(table.kid?.[0][1]).to.equal(1);
  });

  it('learns nothing from a pair seen once, and keeps only document words the index holds', () => {
    const table = learnAssociations([entry('a', 'Fathers matter.', ['what about dads']), ...entries]);
    expect(table.dad).to.equal(undefined);
    const narrowed = associationsFor({ kid: [['child', 1], ['unicorn', 0.6]] }, new Set(['child']));
    expect(narrowed.get('kid')).to.deep.equal([['child', 1]]);
  });
});
