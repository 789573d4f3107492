import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { buildIndex, search, type SearchIndex } from '../../src/knowledge/engine.js';
import { capitalisedWords, hasPersonalDetail, numberedItems } from '../../src/knowledge/signals.js';
import { compileThesaurus } from '../../src/knowledge/thesaurus.js';
import { stem } from '../../src/knowledge/stem.js';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));

describe('knowledge engine: question signals', () => {
  it('recognises personal details pasted into a question', () => {
    expect(hasPersonalDetail('jo bloggs dob 01/02/2015 what is strengths based')).to.equal(true);
    expect(hasPersonalDetail('nhs no 999 123 4567 matching')).to.equal(true);
    expect(hasPersonalDetail('lives at 4 oak road rg12 9zz')).to.equal(true);
    expect(hasPersonalDetail('what are the 2 parts of the mission')).to.equal(false);
    expect(hasPersonalDetail('what are the regulations from 2011')).to.equal(false);
  });

  it('reads capitalised words inside a sentence as likely names, not the first word', () => {
    expect([...capitalisedWords('Working with Jayden Okafor on consent')]).to.deep.equal(['jayden', 'okafor']);
    expect(capitalisedWords('What is SoS. Kent uses it').size).to.equal(0);
  });

  it('finds numbered items whose number the answer must hold', () => {
    expect(numberedItems('what does standard 8 say')).to.deep.equal([['8']]);
    expect(numberedItems('reg 12 for foster carers')).to.deep.equal([['12']]);
    expect(numberedItems('the 2 parts of the mission')).to.deep.equal([]);
  });

  it('merges thesaurus keys that read the same once stemmed', () => {
    const th = compileThesaurus({ phrases: { agree: 'consent', agreeing: 'agreement' } }, 't.yaml');
    expect(th.rules.get(stem('agree'))!.map((r) => r.expansions)).to.deep.equal([[stem('consent'), stem('agreement')]]);
  });
});

describe('knowledge engine: signals on the real knowledge base', () => {
  let index: SearchIndex;
  before(() => { index = buildIndex(loadKnowledge(KNOWLEDGE_DIR)); });

  it('names an organisation from a possessive typed without an apostrophe', () => {
    for (const [q, org] of [['kents vision', 'kent'], ['bracknells aspire priorities', 'bracknell-forest'], ['southwarks golden threads', 'southwark']]) {
      expect(search(index, q).organisation, q).to.equal(org);
    }
  });

  it('answers "<organisation> vision" with that organisation\'s vision, not a hedge between passages that mention the word', () => {
    const kb = loadKnowledge(KNOWLEDGE_DIR);
    const visions = kb.entries.filter((e) => e.kind === 'vision');
    expect(visions.length).to.be.at.least(3);
    for (const v of visions) {
      const org = kb.organisationById.get(v.organisation)!;
      for (const q of [`${org.shortName.toLowerCase()} vision`, `what is ${org.shortName}'s vision?`]) {
        const r = search(index, q);
        expect(r.outcome, q).to.equal('answer');
        expect(r.hits[0].entry.kind, q).to.equal('vision');
        expect(r.features!.kindNamed, q).to.equal(1);
      }
    }
  });

  it('is not confident on chat with the bot', () => {
    for (const q of ['help', 'thanks thats helpful', 'great cheers']) expect(search(index, q).outcome, q).to.equal('no-answer');
    expect(search(index, 'what does surrey say about asking for help').outcome).to.not.equal('no-answer');
  });

  it('answers the general question behind personal details', () => {
    const r = search(index, 'working with jayden okafor dob 12/03/2015 - what does southwark strengths based mean');
    expect(r.outcome).to.not.equal('no-answer');
    expect(r.hits[0].entry.id).to.equal('southwark-principle-strengths-based');
  });

  it('gives no answer to detail the guidance does not hold, even when a word is shared', () => {
    for (const q of ['what does standard 8 say about fostering', 'whats the caseload cap for newly qualified staff',
      'how do i do a return home interview', 'when are the fraser guidelines used', 'what is the threshold for cin in surrey']) {
      expect(search(index, q).outcome, q).to.equal('no-answer');
    }
  });

  it('picks the list member a question names by its phrase', () => {
    const r = search(index, 'fostering regs - where does the care standards act come in');
    expect(r.hits[0].entry.id).to.equal('sf-reg-care-standards-act');
  });

  it('prefers the fostering statement when a southwark question is about fostering', () => {
    const r = search(index, 'southwark fostering whats the aim for kids');
    expect(r.hits[0].entry.source).to.equal('southwark-fostering-sop');
  });

  it('corrects slips the knowledge base never carries ("strenghts", "relationshp")', () => {
    expect(search(index, 'southwark strenghts based').hits[0].entry.id).to.equal('southwark-principle-strengths-based');
    expect(search(index, 'southwark relationshp based practice').hits[0].entry.id).to.equal('southwark-principle-relationship-based');
  });
});
