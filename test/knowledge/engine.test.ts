import { expect } from 'chai';
import { answerText, buildIndex, search, type SearchIndex } from '../../src/knowledge/engine.js';
import { compileThesaurus } from '../../src/knowledge/thesaurus.js';
import { analyseQuery } from '../../src/knowledge/query.js';
import { decide, loadAnswerModel, probability } from '../../src/knowledge/calibration.js';
import type { Entry } from '../../src/knowledge/types.js';
import { buildKb, FIXTURE_ORGANISATIONS, FIXTURE_SOURCES } from '../support/fixture-kb.js';

const SW = { organisation: 'southwark', source: 'southwark-practice-principles', section: 'our-practice-principles' };
const SY = { organisation: 'surrey', source: 'surrey-family-resilience', section: 'a-vision-for-partnership-working-in-surrey' };
const KT = { organisation: 'kent', source: 'kent-vision', section: 'our-vision' };

function e(id: string, where: typeof SW, kind: Entry['kind'], title: string, quote: string, keywords: string[] = [], questions: string[] = []): Entry {
  return { id, ...where, kind, title, quote, related: [], questions, keywords };
}

const ENTRIES: Entry[] = [
  e('kent-vision', KT, 'vision', "Kent's vision for children's services", "We have a clear vision for children's services, which is that every child and young person in Kent should achieve their full potential in life, whatever their background."),
  e('southwark-vision', SW, 'vision', "Southwark's vision", 'We want all children and young people in Southwark to grow up in a safe, healthy and happy environment where they have the opportunity to reach their potential.'),
  e('kent-sos', KT, 'commitment', 'Signs of Safety, the practice model', "We are also introducing 'Signs of Safety', covering Early Help and Specialist Childrens Services as our county wide practice model."),
  e('southwark-reflective', SW, 'principle', 'Reflective', 'Thinking about what we do and have done, what we know and need to know. Questioning our understanding and assumptions, and those of others. Continually learning.'),
  e('southwark-strengths', SW, 'principle', 'Strengths Based', 'Considering first what people can do with their skills and resources, and what their families and communities can offer.'),
  e('surrey-mi', SY, 'principle', 'Motivational interviewing', 'Using motivational interviewing to engage with families, seeking their consent and agreement;'),
  e('surrey-consent-children', SY, 'statement', 'Children giving consent themselves', 'There will be circumstances where children or young people themselves are also able to articulate what it is they need to help them and to give consent themselves.'),
  e('bf-supervision', SW, 'offer', 'Supervision', 'High quality and regular meetings with a manager.'),
  e('bf-visits', SW, 'priority', 'Purposeful visits to families', 'Visits with a clear purpose, planned ahead, talked through afterwards in supervision, and recorded on the same day with care.'),
];

const THESAURUS = compileThesaurus({
  abbreviations: { sos: 'signs of safety', mi: 'motivational interviewing', cp: 'child protection' },
  phrases: { kids: ['children'], permission: ['consent'], 'looking back': ['reflective'] },
  out_of_scope: ['mileage', 'annual leave', 'payslip'],
}, 'engine.test thesaurus');

describe('knowledge engine: search', () => {
  let index: SearchIndex;
  before(() => {
    index = buildIndex(buildKb(FIXTURE_ORGANISATIONS, FIXTURE_SOURCES, ENTRIES), { thesaurus: THESAURUS });
  });
  const top = (q: string, organisation?: string): string | undefined => search(index, q, { organisation }).hits[0]?.entry.id;
  const rankOf = (q: string, id: string): number => search(index, q, {}).hits.findIndex((h) => h.entry.id === id);

  it('naming kent prefers kent, however it is typed', () => {
    expect(top('what is the vision in kent?')).to.equal('kent-vision');
    expect(top("kent's vision")).to.equal('kent-vision');
    expect(top('KCC vision')).to.equal('kent-vision');
    expect(search(index, 'kent vision', {}).organisation).to.equal('kent');
  });

  it('naming southwark prefers southwark, even misspelt', () => {
    expect(top('southwarks vision for kids')).to.equal('southwark-vision');
    expect(top('southwak vision')).to.equal('southwark-vision');
  });

  it('a misspelt word still finds its passage', () => {
    expect(top('motivatonal interviewing')).to.equal('surrey-mi');
    expect(top('reflectve practice')).to.equal('southwark-reflective');
    expect(top('strenghts based')).to.equal('southwark-strengths');
  });

  it('matches an abbreviation only through all its words: "cp" is not "child" where the guide never says "protection"', () => {
    const group = (q: string, label: string) => analyseQuery(index, q).groups.find((g) => g.label === label)!;
    expect(group('cp plan', 'cp').terms, 'protection is not in this guide').to.deep.equal([]);
    expect(group('sos model', 'sos').terms.length, 'signs, safety').to.equal(2);
  });

  it('expands abbreviations and everyday phrases from the thesaurus', () => {
    expect(top('why SoS')).to.equal('kent-sos');
    expect(top('do we use MI')).to.equal('surrey-mi');
    expect(top('looking back on practice')).to.equal('southwark-reflective');
    expect(top('can a young person give permission themselves')).to.equal('surrey-consent-children');
  });

  it('title matches outrank quote matches', () => {
    expect(rankOf('supervision', 'bf-supervision')).to.be.lessThan(rankOf('supervision', 'bf-visits'));
    expect(rankOf('supervision', 'bf-visits')).to.be.greaterThan(-1);
  });

  it('asks which organisation for "our vision" when none is named or configured', () => {
    const r = search(index, 'what is our vision?', {});
    expect(r.outcome).to.equal('ask-organisation');
    expect(r.hits.length).to.be.greaterThan(1);
  });

  it('uses the deployment organisation for "our vision", and as a gentle preference', () => {
    const r = search(index, 'what is our vision?', { organisation: 'kent' });
    expect(r.outcome).to.not.equal('ask-organisation');
    expect(r.hits[0].entry.id).to.equal('kent-vision');
    expect(top('vision', 'southwark')).to.equal('southwark-vision');
    expect(top('vision', 'kent')).to.equal('kent-vision');
    // A named organisation beats the deployment's.
    expect(top('southwark vision', 'kent')).to.equal('southwark-vision');
  });

  it('answers clearly when one passage fits', () => {
    const r = search(index, 'motivational interviewing with families', {});
    expect(r.outcome).to.equal('answer');
    expect(r.hits[0].entry.id).to.equal('surrey-mi');
  });

  it('offers "did you mean" between close, different answers when the model is unsure, and answers when it is sure', () => {
    const model = loadAnswerModel();
    const unsure = buildIndex(index.kb, { thesaurus: index.thesaurus, model: { ...model, answerAt: 1.01, hedgeAt: 0 } });
    const r = search(unsure, 'families consent', {});
    expect(r.outcome).to.equal('did-you-mean');
    expect(r.hits.slice(0, 2).map((h) => h.entry.id)).to.have.members(['surrey-mi', 'surrey-consent-children']);
    const sure = buildIndex(index.kb, { thesaurus: index.thesaurus, model: { ...model, answerAt: 0, hedgeAt: 0 } });
    expect(search(sure, 'families consent', {}).outcome).to.equal('answer');
    const never = buildIndex(index.kb, { thesaurus: index.thesaurus, model: { ...model, answerAt: 1.01, hedgeAt: 1.01 } });
    expect(search(never, 'families consent', {}).outcome).to.equal('no-answer');
  });

  it('gives a calibrated confidence: the probability the best passage answers, 0..1', () => {
    const r = search(index, 'families consent', {});
    expect(r.features).to.be.an('object');
    const p = probability(loadAnswerModel(), r.features!);
    expect(r.confidence).to.be.closeTo(p, 0.001);
    expect(decide({ ...loadAnswerModel(), answerAt: 0.5, hedgeAt: 0.2 }, 0.3, true)).to.equal('did-you-mean');
    expect(decide({ ...loadAnswerModel(), answerAt: 0.5, hedgeAt: 0.2 }, 0.3, false)).to.equal('no-answer');
  });

  it('gives an honest no-answer when nothing fits, and never stretches a passage', () => {
    for (const q of ['how do i claim mileage for visits', 'when is my payslip', 'what is the weather tomorrow', 'book a meeting room for tuesday afternoon', '']) {
      const r = search(index, q, {});
      expect(r.outcome, q).to.equal('no-answer');
      expect(r.hits, q).to.deep.equal([]);
      expect(r.confidence, q).to.equal(0);
    }
  });

  it('asks for a number only where the passage has one', () => {
    expect(search(index, 'how many signs of safety meetings a year', {}).outcome).to.equal('no-answer');
  });

  it('keeps confidence within 0..1, best first, at most 10 hits', () => {
    for (const q of ['vision', 'kent', 'families', 'what is our vision', 'supervision visits families consent']) {
      const r = search(index, q, {});
      expect(r.hits.length).to.be.at.most(10);
      for (const h of r.hits) expect(h.confidence).to.be.within(0, 1);
      for (let i = 1; i < r.hits.length; i++) expect(r.hits[i].confidence).to.be.at.most(r.hits[i - 1].confidence);
      expect(r.confidence).to.be.within(0, 1);
    }
    const clear = search(index, 'motivational interviewing', {});
    const vague = search(index, 'families', {});
    expect(clear.confidence).to.be.greaterThan(vague.hits[0]?.confidence ?? 0);
  });

  it('answerText is the title, a newline and the quote', () => {
    expect(answerText(ENTRIES[0])).to.equal(`${ENTRIES[0].title}\n${ENTRIES[0].quote}`);
  });
});
