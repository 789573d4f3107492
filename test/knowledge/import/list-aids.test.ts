import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex, search } from '../../../src/knowledge/engine.js';
import { importDocument } from '../../../src/knowledge/import/import.js';
import { acronymOf, listQuestions, trimLeadIn } from '../../../src/knowledge/import/list-aids.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { emptyKnowledge } from './fixtures.js';

/** A fictional guidance page: a list whose initials spell its name, and a list of the laws a service works to. */
const PAGE = `# Meadowbank family help

## Our CARE priorities

Every worker keeps to our CARE priorities:

- Curiosity about what life is like for the child
- Acting early, before worries grow
- Respecting what families already do well
- Explaining plans in plain words

## Standards

Meadowbank family help aims to meet the requirements of the:

- Children Act 1989
- Care Planning Regulations 2010
- Fostering Services Regulations 2011
`;

describe('knowledge import: aids of lists', () => {
  it('cuts a lead-in to the words that name the list', () => {
    expect(trimLeadIn('The aims of the team can be summarised as the following:')).to.equal('The aims of the team');
    expect(trimLeadIn('Our outcomes are that')).to.equal('Our outcomes');
    expect(trimLeadIn('The heart of the model which includes:')).to.equal('The heart of the model');
    expect(trimLeadIn('We will offer you')).to.equal('We will offer you');
    expect(trimLeadIn('It is:'), 'never cut to nothing').to.equal('It is');
  });

  it('finds a word of the lead-in that the items\' initials spell, and only then', () => {
    expect(acronymOf('our CARE priorities', ['Curiosity', 'Acting early', 'Respecting', 'Explaining'])).to.equal('CARE');
    expect(acronymOf('our CARE priorities', ['Acting early', 'Curiosity', 'Respecting', 'Explaining'])).to.equal(undefined);
    expect(acronymOf('our care priorities', ['Curiosity', 'Acting early', 'Respecting', 'Explaining'])).to.equal(undefined);
  });

  it('asks for a list by its number and in staff\'s words', () => {
    expect(listQuestions('regulation', 3)).to.include.members(['what are the 3 regulations', 'list the regulations', 'which regulations and standards do we work to']);
    expect(listQuestions(undefined, 3)).to.deep.equal([]);
  });

  it('gives imported lists these aids, and the engine finds a list by them', async function () {
    this.timeout(20_000);
    const dir = emptyKnowledge();
    const file = join(dir, 'meadowbank.md');
    writeFileSync(file, PAGE);
    await importDocument({ file, knowledgeDir: dir, organisation: 'meadowbank', organisationName: 'Meadowbank Council' });
    const kb = loadKnowledge(dir);
    const laws = kb.entries.find((e) => e.kind === 'overview' && e.quote.includes('Children Act 1989'))!;
    expect(laws.title, 'lead-in without "of the"').to.equal('Meadowbank family help aims to meet the requirements');
    expect(laws.questions).to.include('what are the 3 regulations');
    const first = kb.entries.find((e) => e.quote.startsWith('Curiosity'))!;
    const second = kb.entries.find((e) => e.quote.startsWith('Acting early'))!;
    expect(first.keywords).to.include('first letter');
    expect(second.keywords).to.include('second letter');
    const ix = buildIndex(kb);
    expect(search(ix, 'which laws and regulations does meadowbank work to?').hits[0]?.entry.id).to.equal(laws.id);
    expect(search(ix, 'CARE - the first letter, what is it?').hits[0]?.entry.id).to.equal(first.id);
  });
});
