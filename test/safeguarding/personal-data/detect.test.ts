import { expect } from 'chai';
import { detectPersonalData, redact } from '../../../src/safeguarding/personal-data/detect.js';
import { nhsChecksumValid } from '../../../src/safeguarding/personal-data/patterns.js';
import { screen } from '../../../src/safeguarding/screen.js';

const kinds = (text: string, opts = {}) => detectPersonalData(text, opts).map((f) => f.kind);

describe('personal data detection', () => {
  describe('names', () => {
    const positives: [string, string][] = [
      ['is signs of safety right for Mollie Fakename?', 'is signs of safety right for [name]?'],
      ['spoke to Mrs Green about her son', 'spoke to Mrs [name] about her son'],
      ['my yp kayden wont engage with me', 'my yp [name] wont engage with me'],
      ['re: tyler, mum wants more contact', 're: [name], mum wants more contact'],
      ['Harvey has missed three sessions, what principle fits?', '[name] has missed three sessions, what principle fits?'],
      ['visited Zorbulon and his mum yesterday', 'visited [name] and his mum yesterday'],
      ['mum grace says she wants to be more involved', 'mum [name] says she wants to be more involved'],
      ['how do i include Archie O\'Dowd-Smith in planning', 'how do i include [name] in planning'],
      ['child called Leonie needs a new placement', 'child called [name] needs a new placement'],
    ];
    for (const [input, want] of positives) it(`redacts: ${want}`, () => expect(redact(input)).to.equal(want));

    const negatives = [
      'What are the Southwark practice principles?',
      'Explain the Secure Base model in Bracknell Forest',
      'How does Kent use Signs of Safety after the Munro review?',
      'What is Every Day Matters in Kent?',
      'What are the ASPIRE team priorities?',
      'What did Ofsted say in November 2022?',
      'Surrey: how do we work with parents as experts?',
      'Can I ask about the Practice Development Team?',
      'Does The Secure Base Model Apply To Foster Carers',
      'I need help with my ASYE portfolio',
      'Where does the Social Work Contract fit with Every Day Matters?',
      'Is strengths based practice part of the Southwark principles. Thanks',
      'we follow Working Together to Safeguard Children',
      'Hello, what does relationship based mean?',
      'How does MI fit with the Surrey Safeguarding Children Board?',
      'Will the PDT support newly qualified staff?',
      'Where can I read about the Care Leavers Local Offer?',
    ];
    for (const text of negatives) it(`leaves alone: ${text}`, () => expect(detectPersonalData(text)).to.deep.equal([]));

    it('accepts extra known terms', () => {
      expect(kinds('does the Quokka framework apply here')).to.deep.equal(['name']);
      expect(kinds('does the Quokka framework apply here', { knownTerms: new Set(['quokka']) })).to.deep.equal([]);
    });
  });

  describe('structured data', () => {
    const cases: [string, string][] = [
      ['dob 03/04/2015 what applies', 'dob [date of birth] what applies'],
      ['born 3 March 2015, what applies', 'born [date of birth], what applies'],
      ['date of birth: 12th of June 2011', 'date of birth: [date of birth]'],
      ['lives at 12 oak road', 'lives at [address]'],
      ['flat 3, 27 Beechwood Close, SE15 0ZZ', '[address], [postcode]'],
      ['postcode se1 7pb please', 'postcode [postcode] please'],
      ['nhs no 943 476 5919', 'nhs no [NHS number]'],
      ['NHS number: 1234567890', 'NHS number: [NHS number]'],
      ['her number 943 476 5919', 'her number [NHS number]'],
      ['id is 9434765919 ok', 'id is [NHS number] ok'],
      ['NI QQ 12 34 56 C', 'NI [NI number]'],
      ['ni number ab123456c', 'ni number [NI number]'],
      ['call mum on 07700 900123', 'call mum on [phone]'],
      ['ring +44 7700 900123 or 020 7946 0958', 'ring [phone] or [phone]'],
      ['email jo.bloggs@example.org', 'email [email]'],
      ['mosaic id 1234567 for the family', 'mosaic id [reference] for the family'],
      ['case ref AB-12345', 'case ref [reference]'],
    ];
    for (const [input, want] of cases) it(`redacts: ${want}`, () => expect(redact(input)).to.equal(want));

    const clean = [
      'what did Ofsted say in November 2022?',
      'what are the 8 principles',
      'we have 3 ways of working',
      'is the 10 minute rule in supervision ours?',
      'what changed in 2016 in kent',
      'can i read section 2 of the surrey document',
      'the 5 parts of the secure base model',
    ];
    for (const text of clean) it(`leaves alone: ${text}`, () => expect(detectPersonalData(text)).to.deep.equal([]));

    it('uses configured case reference patterns', () => {
      expect(redact('see XJ-77-ab please', { caseReferencePatterns: [/\bXJ-\d{2}-[a-z]{2}\b/i] })).to.equal('see [reference] please');
    });

    it('checks NHS numbers with modulus 11', () => {
      expect(nhsChecksumValid('9434765919')).to.equal(true);
      expect(nhsChecksumValid('9434765918')).to.equal(false);
      expect(kinds('ref 9434765918')).to.deep.equal(['case-reference']);
    });
  });

  it('gives offsets, not text, and screen() redacts', () => {
    const text = 'is strengths based right for Poppy Madeup dob 01/02/2016?';
    const s = screen(text);
    expect(s.personalData.map((f) => f.kind)).to.deep.equal(['name', 'date-of-birth']);
    for (const f of s.personalData) expect(Object.keys(f).sort()).to.deep.equal(['confidence', 'end', 'kind', 'start']);
    expect(s.redacted).to.equal('is strengths based right for [name] dob [date of birth]?');
    expect(s.redacted).to.not.include('Poppy');
  });
});

describe('configured case references', () => {
  it('compiles config sources once and redacts with them', async () => {
    const { casePatterns } = await import('../../../src/safeguarding/personal-data/detect.js');
    const { loadConfig } = await import('../../../src/config.js');
    const config = loadConfig({ CASE_REFERENCE_PATTERNS: '["\\\\bCR-\\\\d{6}\\\\b"]' });
    const patterns = casePatterns(config);
    expect(patterns).to.have.length(1);
    expect(casePatterns(config)[0]).to.equal(patterns[0]);
    expect(redact('see cr-123456 today', { caseReferencePatterns: patterns })).to.equal('see [reference] today');
    expect(() => loadConfig({ CASE_REFERENCE_PATTERNS: '["(unclosed"]' })).to.throw(/CASE_REFERENCE_PATTERNS/);
  });
});
