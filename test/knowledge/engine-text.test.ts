import { expect } from 'chai';
import { stem } from '../../src/knowledge/stem.js';
import { toUkSpelling } from '../../src/knowledge/spelling.js';
import { terms, tokenize } from '../../src/knowledge/tokenize.js';
import { compileThesaurus, loadThesaurus, ThesaurusError } from '../../src/knowledge/thesaurus.js';
import { editDistance, Vocabulary } from '../../src/knowledge/fuzzy.js';

describe('knowledge engine: text pipeline', () => {
  it('tokenises: lower case, curly quotes, possessives, slashes, hyphens, numbers', () => {
    expect(tokenize("Kent's “SoS” model/approach – co-operation in 2011")).to.deep.equal(
      ['kent', 'sos', 'model', 'approach', 'co', 'operation', 'in', '2011']);
    expect(tokenize('families’ views, don’t')).to.deep.equal(['families', 'views', 'dont']);
    expect(tokenize('Child/Young Person centred')).to.deep.equal(['child', 'young', 'person', 'centred']);
  });

  it('folds US spellings to UK ones', () => {
    expect(toUkSpelling('behavior')).to.equal('behaviour');
    expect(toUkSpelling('organization')).to.equal('organisation');
    expect(toUkSpelling('program')).to.equal('programme');
    expect(toUkSpelling('practise')).to.equal('practice');
    expect(toUkSpelling('recognize')).to.equal('recognise');
    expect(toUkSpelling('size')).to.equal('size');
    expect(terms('organization behavior')).to.deep.equal(terms('organisation behaviour'));
  });

  it('stems word families to one term and leaves short words and numbers alone', () => {
    expect(stem('principles')).to.equal(stem('principle'));
    expect(stem('fostering')).to.equal(stem('foster'));
    expect(stem('assessments')).to.equal(stem('assessing'));
    expect(stem('children')).to.equal(stem('child'));
    expect(stem('people')).to.equal(stem('person'));
    expect(stem('sos')).to.equal('sos');
    expect(stem('2024')).to.equal('2024');
  });

  it('drops stop words but keeps meaningful short words', () => {
    expect(terms('what is the')).to.deep.equal([]);
    expect(terms('not on their own')).to.include.members([stem('not'), stem('own')]);
  });

  it('compiles the thesaurus: abbreviations, multi-word phrases, out-of-scope signals', () => {
    const th = compileThesaurus({
      abbreviations: { sos: 'signs of safety' },
      phrases: { 'being there': ['availability'], kids: ['children'] },
      out_of_scope: ['annual leave'],
    }, 'test.yaml');
    expect(th.rules.get('sos')?.[0].expansions).to.deep.equal([stem('signs'), stem('safety')]);
    expect(th.rules.get(stem('being'))?.[0].key).to.have.length(2);
    expect(th.outOfScope.get(stem('annual'))?.[0]).to.deep.equal([stem('annual'), stem('leave')]);
  });

  it('names the file and field of a broken thesaurus', () => {
    expect(() => compileThesaurus({ phrases: { kids: 3 } }, 'knowledge/thesaurus.yaml'))
      .to.throw(ThesaurusError, /knowledge\/thesaurus\.yaml: field "phrases\.kids"/);
    expect(() => compileThesaurus({ synonyms: {} }, 'x.yaml')).to.throw(ThesaurusError, /field "synonyms"/);
    expect(() => compileThesaurus({ out_of_scope: [''] }, 'x.yaml')).to.throw(ThesaurusError, /out_of_scope\[0\]/);
  });

  it('loads the shipped thesaurus without errors', () => {
    const th = loadThesaurus();
    expect(th.size).to.be.greaterThan(50);
    expect(th.rules.has('sos')).to.equal(true);
  });

  it('measures bounded edit distance with transpositions', () => {
    expect(editDistance('saftey', 'safety', 2)).to.equal(1);
    expect(editDistance('principels', 'principles', 2)).to.equal(1);
    expect(editDistance('kent', 'surrey', 2)).to.equal(3);
  });

  it('corrects slips toward the vocabulary, not short real words', () => {
    const v = new Vocabulary(new Map([['technique', 1], ['fostering', 3], ['principles', 4], ['safety', 2], ['kent', 1]]));
    expect(v.correct('tecnique')).to.equal('technique');
    expect(v.correct('fostring')).to.equal('fostering');
    expect(v.correct('principels')).to.equal('principles');
    expect(v.correct('saftey')).to.equal('safety');
    expect(v.correct('kant')).to.equal(undefined);
    expect(v.correct('payslip')).to.equal(undefined);
  });
});

describe('knowledge engine: words that name Object.prototype members', () => {
  it('folds and stems them as words ("constructor" once came back as a function)', () => {
    expect(stem('constructor')).to.be.a('string');
    expect(toUkSpelling('constructor')).to.equal('constructor');
    expect(terms('the constructor valueof tostring').every((t) => typeof t === 'string')).to.equal(true);
  });
});
