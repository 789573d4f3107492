import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { EntryKind } from '../../src/knowledge/types.js';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));
const kb = loadKnowledge(KNOWLEDGE_DIR);

/** Kinds that daily prompts and induction draw on: each needs a reflective question of ours. */
const KINDS_NEEDING_REFLECTION: EntryKind[] = ['principle', 'priority', 'model-element', 'commitment', 'vision', 'mission'];
/** Authoring range for alternative questions: enough variety to teach the matcher, few enough to stay reviewable. */
const MIN_QUESTIONS = 6;
const MAX_QUESTIONS = 30;

/**
 * Lines of the copies that are not guidance, so no entry need quote them. Each has its reason.
 * Keyed by source id; the text is the whole line (bullets and trailing spaces removed).
 */
const NOT_GUIDANCE: Record<string, Record<string, string>> = {
  'southwark-practice-principles': {
    'Work as a Social Worker in Southwark': 'page title (recruitment site)',
    "Children's Services - our practice principles": 'chapter heading',
    'Putting Children First': 'heading (the entry title)',
    'Keeping Families Strong': 'heading (the entry title)',
    'Our practice principles': 'heading',
    'Child/Young Person centred': 'principle name (the entry title)',
    'Family Minded': 'principle name (the entry title)',
    'Strengths Based': 'principle name (the entry title)',
    'Evidence Informed:': 'principle name (the entry title)',
    'Relationship Based': 'principle name (the entry title)',
    'Outcome Focused': 'principle name (the entry title)',
    Fair: 'principle name (the entry title)',
    Reflective: 'principle name (the entry title)',
    'Ofsted report November 2022': 'heading',
    'Apply for a qualified social worker job': 'page chrome: a link to job adverts',
  },
  'bracknell-forest-mission-vision': {
    'Young woman speaking to a social worker': 'image caption',
    'Our vision': 'heading',
    'Secure base model': 'heading',
    "Secure base model for children's social care team": 'image caption (the diagram)',
    Outcomes: 'heading',
    'Team priorities': 'heading',
    'Contact information': 'page chrome',
    "Children's Social Care Recruitment": 'page chrome: the contact team',
  },
  'southwark-fostering-sop': {
    'Aims of the service': 'chapter heading',
  },
  'kent-vision': {
    'Our vacancies': 'page chrome: a link to job adverts',
  },
  'surrey-family-resilience': {},
};

/** Splits a copy into guidance sentences: one per sentence of each non-empty line, bullets removed. */
function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/u, '').replace(/^\s*(?:•|-)\s+/u, '').trim();
    if (line === '') continue;
    out.push(...line.split(/(?<=[.;!?”])\s+(?=[A-Z“‘'])/u));
  }
  return out;
}

describe('knowledge content', () => {
  it('every quote occurs verbatim in its local copy', () => {
    for (const e of kb.entries) {
      const text = readFileSync(join(KNOWLEDGE_DIR, kb.sourceById.get(e.source)!.localCopy), 'utf8');
      expect(text.includes(e.quote), `${e.id} quote`).to.equal(true);
    }
  });

  for (const source of kb.sources) {
    it(`every guidance sentence of ${source.id} belongs to an entry's quote`, () => {
      const quotes = kb.entries.filter((e) => e.source === source.id).map((e) => e.quote);
      const excluded = NOT_GUIDANCE[source.id] ?? {};
      const lines = new Set(source.text.split('\n').map((l) => l.replace(/\s+$/u, '').replace(/^\s*(?:•|-)\s+/u, '').trim()));
      const uncovered = sentencesOf(source.text).filter((s) => !(s in excluded) && !quotes.some((q) => q.includes(s)));
      expect(uncovered, 'sentences no entry quotes').to.deep.equal([]);
      for (const line of Object.keys(excluded)) expect(lines.has(line), `exclusion "${line}" is a line of the copy`).to.equal(true);
    });
  }

  it('every local copy matches its recorded sha256', () => {
    for (const s of kb.sources) {
      const bytes = readFileSync(join(KNOWLEDGE_DIR, s.localCopy));
      expect(createHash('sha256').update(bytes).digest('hex'), s.id).to.equal(readSha(s.id));
    }
  });

  it('every related id exists and no entry relates to itself', () => {
    for (const e of kb.entries) {
      for (const r of e.related) {
        expect(kb.entryById.has(r), `${e.id} -> ${r}`).to.equal(true);
        expect(r, e.id).to.not.equal(e.id);
      }
    }
  });

  it('every organisation and every source has entries, and each source one document fact', () => {
    for (const o of kb.organisations) expect(kb.entries.some((e) => e.organisation === o.id), o.id).to.equal(true);
    for (const s of kb.sources) {
      expect(kb.entries.filter((e) => e.source === s.id && e.kind === 'document-fact'), s.id).to.have.length(1);
    }
  });

  it('principles, priorities, elements, commitments, visions and missions have a reflection of ours', () => {
    for (const e of kb.entries.filter((x) => KINDS_NEEDING_REFLECTION.includes(x.kind))) {
      expect(e.reflection, e.id).to.be.a('string').and.match(/\?\s*$/);
    }
  });

  it(`every entry has ${MIN_QUESTIONS} to ${MAX_QUESTIONS} distinct alternative questions and some keywords`, () => {
    for (const e of kb.entries) {
      expect(e.questions.length, `${e.id} questions`).to.be.within(MIN_QUESTIONS, MAX_QUESTIONS);
      expect(new Set(e.questions.map((q) => q.toLowerCase())).size, `${e.id} duplicate questions`).to.equal(e.questions.length);
      expect(e.keywords.length, `${e.id} keywords`).to.be.greaterThan(2);
    }
  });

  it('document facts quote a title or date line of their source', () => {
    for (const e of kb.entries.filter((x) => x.kind === 'document-fact')) {
      const source = kb.sourceById.get(e.source)!;
      const firstLine = source.text.split('\n')[0];
      const honest = e.quote === firstLine || e.quote === source.dateLabel || e.quote.replace(/’s\b/gu, '').includes(source.publisher);
      expect(honest, e.id).to.equal(true);
    }
  });
});

/** Reads the sha256 recorded in sources.yaml for a source (independently of the loader). */
function readSha(id: string): string {
  const yaml = readFileSync(join(KNOWLEDGE_DIR, 'sources.yaml'), 'utf8');
  const block = yaml.split(/\n\s*- id: /).find((b) => b.startsWith(id));
  return /sha256: ([0-9a-f]{64})/.exec(block ?? '')?.[1] ?? '';
}
