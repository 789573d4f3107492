import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { loadKnowledge, KnowledgeError } from '../../src/knowledge/load.js';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));

/** Runs the loader on a fixture and returns the problems it reports. */
function problemsOf(dir: string): string[] {
  try {
    loadKnowledge(dir);
  } catch (e) {
    expect(e).to.be.instanceOf(KnowledgeError);
    expect((e as KnowledgeError).code).to.equal('knowledge_invalid');
    return (e as KnowledgeError).problems;
  }
  return expect.fail('expected a KnowledgeError');
}

describe('knowledge/load', () => {
  it('loads the real knowledge base with every organisation, source and entry', () => {
    const kb = loadKnowledge(KNOWLEDGE_DIR);
    expect(kb.organisations.map((o) => o.id)).to.have.members(['southwark', 'bracknell-forest', 'kent', 'surrey']);
    expect(kb.sources.map((s) => s.id)).to.have.members([
      'southwark-practice-principles', 'bracknell-forest-mission-vision', 'southwark-fostering-sop', 'kent-vision', 'surrey-family-resilience',
    ]);
    expect(kb.entries.length).to.be.greaterThan(80);
    expect(kb.entryById.get('kent-signs-of-safety')?.organisation).to.equal('kent');
    expect(kb.sourceById.get('kent-vision')?.text).to.include('Signs of Safety');
    expect(kb.organisationById.get('bracknell-forest')?.aliases).to.include('bfc');
  });

  it('keeps the honest labels of each source', () => {
    const kb = loadKnowledge(KNOWLEDGE_DIR);
    expect(kb.sourceById.get('surrey-family-resilience')).to.include({ urlStatus: 'third-party', date: '2019-03' });
    expect(kb.sourceById.get('southwark-practice-principles')).to.include({ urlStatus: 'may-move', dateLabel: 'Page last updated: 24 April 2024' });
    expect(kb.sourceById.get('southwark-fostering-sop')?.period).to.equal('2024 to 25');
    expect(kb.sourceById.get('kent-vision')?.dateLabel).to.match(/undated/i);
  });

  it('names file, entry id and field for each broken entry', () => {
    const problems = problemsOf(`${FIXTURES}/broken`);
    const expected = [
      'broken/entries/demo.yaml: entry "demo-straight-quotes" field "quote": not found verbatim in sources/mini.txt',
      'broken/entries/demo.yaml: entry "demo-straight-quotes" field "leadIn": not found verbatim in sources/mini.txt',
      'broken/entries/demo.yaml: entry "demo-straight-quotes" field "related": unknown entry id "demo-missing"',
      'broken/entries/demo.yaml: entry "demo-straight-quotes" field "keyword": is not a known field',
      'broken/entries/demo.yaml: entry "demo-straight-quotes" field "keywords": is required',
      'broken/entries/demo.yaml: entry "demo-good" field "id": is a duplicate',
      'broken/entries/demo.yaml: entry "demo-good" field "kind": must be one of',
      'broken/entries/demo.yaml: entry "demo-good" field "section": no section "no-such-section" in source "mini"',
      'broken/entries/demo.yaml: entry "Demo_Bad_Id" field "id": must be kebab-case',
      'broken/entries/demo.yaml: entry "Demo_Bad_Id" field "title": is required',
      'broken/entries/demo.yaml: entry "Demo_Bad_Id" field "quote": must be a string',
      'broken/entries/demo.yaml: entry "Demo_Bad_Id" field "questions": needs at least 1',
      'broken/entries/demo.yaml: entry "Demo_Bad_Id" field "organisation": unknown organisation "elsewhere"',
      'broken/entries/demo.yaml: entry "Demo_Bad_Id" field "source": unknown source "nowhere"',
    ];
    for (const start of expected) expect(problems.some((p) => p.startsWith(start)), start).to.equal(true);
  });

  it('explains a quote retyped with straight quotes or hyphens', () => {
    const problem = problemsOf(`${FIXTURES}/broken`).find((p) => p.includes('"demo-straight-quotes" field "quote"'));
    expect(problem).to.include('copy them exactly');
  });

  it('names file, item and field for broken organisations and sources', () => {
    const problems = problemsOf(`${FIXTURES}/broken`);
    const expected = [
      'broken/organisations.yaml: organisation "Bad_Org" field "id": must be kebab-case',
      'broken/organisations.yaml: organisation "Bad_Org" field "aliases": "Bad" must be lower case',
      'broken/organisations.yaml: organisation "Bad_Org" field "askWho": is required',
      'broken/sources.yaml: source "mini" section "second-heading" field "startLine": is not a line of the local copy',
      'broken/sources.yaml: source "wrong-hash" field "sha256": does not match sources/mini.txt',
      'broken/sources.yaml: source "wrong-hash" field "organisation": unknown organisation "nowhere"',
      'broken/sources.yaml: source "wrong-hash" field "date": must be YYYY',
      'broken/sources.yaml: source "wrong-hash" field "urlStatus": must be one of',
    ];
    for (const start of expected) expect(problems.some((p) => p.startsWith(start)), start).to.equal(true);
    expect(problems.filter((p) => p.includes('"demo-good" field "quote"'))).to.deep.equal([]);
  });

  it('names the file and line of a YAML syntax error', () => {
    const problems = problemsOf(`${FIXTURES}/syntax`);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.match(/^syntax\/entries\/demo\.yaml: line \d+: YAML syntax error/);
  });

  it('reports an unreadable knowledge folder', () => {
    expect(problemsOf('/nonexistent/knowledge').join('\n')).to.include('cannot be read');
  });
});
