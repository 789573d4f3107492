import { expect } from 'chai';
import { companionsOf, COMPANION_DEPTH, inDocumentOrder } from '../../src/knowledge/companions.js';
import { buildIndex, search } from '../../src/knowledge/engine.js';
import { answerQuotes } from '../../src/knowledge/evaluate.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Hit } from '../../src/knowledge/types.js';

describe('knowledge: companions quoted beside a clear answer', () => {
  const kb = loadKnowledge(new URL('../../knowledge', import.meta.url).pathname);
  const hits = (...ids: string[]): Hit[] => ids.map((id, i) => {
    const entry = kb.entryById.get(id);
    if (!entry) throw new Error(`no entry ${id}`);
    return { entry, confidence: 1 - i / 10 };
  });
  const ids = (...of: string[]) => companionsOf(kb, hits(...of)).map((e) => e.id);

  it('passages of the answer\'s own section among the first three join it', () => {
    expect(ids('kent-social-work-contract', 'kent-performance-standards', 'kent-munro-relationships'))
      .to.deep.equal(['kent-performance-standards', 'kent-munro-relationships']);
  });

  it('a passage of another section joins only when it is next to the answer in the document or one of its follow-ups', () => {
    expect(ids('kent-management-support', 'kent-team-effort')).to.deep.equal(['kent-team-effort']);
    const mission = kb.entryById.get('southwark-mission')!;
    expect(mission.related).to.include('southwark-keeping-families-strong');
    expect(mission.section).to.not.equal(kb.entryById.get('southwark-keeping-families-strong')!.section);
    expect(ids('southwark-mission', 'southwark-keeping-families-strong')).to.deep.equal(['southwark-keeping-families-strong']);
    expect(ids('southwark-keeping-families-strong', 'southwark-vision')).to.deep.equal([]);
    expect(ids('kent-social-work-contract', 'kent-team-effort')).to.deep.equal([]);
    expect(ids('kent-social-work-contract', 'kent-goal')).to.deep.equal([]);
  });

  it('never another document, a page\'s facts, a passage overlapping the answer, or one below the first three', () => {
    expect(ids('kent-social-work-contract', 'surrey-principles-overview')).to.deep.equal([]);
    expect(ids('kent-social-work-contract', 'kent-document-fact')).to.deep.equal([]);
    expect(ids('kent-document-fact', 'kent-social-work-contract')).to.deep.equal([]);
    expect(ids('bf-aspire-overview', 'bf-aspire-supervision', 'bf-aspire-timeliness')).to.deep.equal([]);
    const deep = ['kent-social-work-contract', 'surrey-principles-overview', 'bf-vision', 'kent-performance-standards'];
    expect(deep.indexOf('kent-performance-standards')).to.equal(COMPANION_DEPTH);
    expect(ids(...deep)).to.deep.equal([]);
  });

  it('lays passages out in the order of their document', () => {
    const e = (id: string) => kb.entryById.get(id)!;
    expect(inDocumentOrder(kb, [e('kent-goal'), e('kent-social-work-contract'), e('kent-munro-relationships')]).map((x) => x.id))
      .to.deep.equal(['kent-social-work-contract', 'kent-munro-relationships', 'kent-goal']);
  });

  it('search gives companions only with a clear answer, each from the answer\'s document and among its first three hits', () => {
    const ix = buildIndex(kb);
    let withCompanions = 0;
    for (const entry of kb.entries) for (const question of entry.questions.slice(0, 3)) {
      const r = search(ix, question, {});
      if (!r.companions) continue;
      withCompanions++;
      expect(r.outcome, question).to.equal('answer');
      const top = r.hits.slice(0, COMPANION_DEPTH).map((h) => h.entry.id);
      for (const c of r.companions) {
        expect(c.source, question).to.equal(r.hits[0].entry.source);
        expect(top, question).to.include(c.id);
      }
    }
    expect(withCompanions).to.be.above(0);
  });

  it('an answer counts as right when a companion quotes the expected phrase, and only then', () => {
    const [best] = hits('kent-social-work-contract');
    const standards = kb.entryById.get('kent-performance-standards')!;
    const phrase = ['lays out our vision for our children\'s services'];
    expect(answerQuotes(best, [], phrase)).to.equal(false);
    expect(answerQuotes(best, [standards], phrase)).to.equal(true);
    expect(answerQuotes(best, [kb.entryById.get('kent-goal')!], phrase)).to.equal(false);
  });
});
