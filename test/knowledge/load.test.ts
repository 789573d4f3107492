import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { loadKnowledge, KnowledgeError } from '../../src/knowledge/load.js';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));

describe('knowledge/load', () => {
  it('loads the real knowledge base', () => {
    const kb = loadKnowledge(KNOWLEDGE_DIR);
    expect(kb.organisations.map((o) => o.id)).to.have.members(['southwark', 'bracknell-forest', 'kent', 'surrey']);
    expect(kb.sources).to.have.length(5);
    expect(kb.entries.length).to.be.greaterThan(80);
    expect(kb.entryById.get('kent-signs-of-safety')?.organisation).to.equal('kent');
    expect(kb.sourceById.get('kent-vision')?.text).to.include('Signs of Safety');
  });

  it('throws KnowledgeError with code knowledge_invalid for a missing folder', () => {
    try {
      loadKnowledge('/nonexistent-knowledge-dir');
      expect.fail('should throw');
    } catch (e) {
      expect(e).to.be.instanceOf(KnowledgeError);
      expect((e as KnowledgeError).code).to.equal('knowledge_invalid');
    }
  });
});
