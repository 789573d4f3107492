import { expect } from 'chai';
import { detectPersonalData, redact } from '../../../src/safeguarding/personal-data/detect.js';
import { isGivenName } from '../../../src/safeguarding/personal-data/given-names.js';

/** Every planted name part (and initial) must be gone after redact(), and the name must be one [name] span. */
function expectRedacted(input: string, planted: string[], names = 1): void {
  const out = redact(input);
  for (const part of planted) {
    const re = new RegExp(`(^|[^a-z])${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`, 'i');
    expect(re.test(out), `a planted name part survived redaction (${planted.indexOf(part)})`).to.equal(false);
  }
  expect(out.match(/\[name\]/g)?.length ?? 0).to.equal(names);
}

describe('personal data: names in any case', () => {
  const positives: [string, string[]][] = [
    // the evaluator's leaks: given name then surname, lower case
    ['re jayden okoro', ['jayden', 'okoro']],
    ['re jayden okoro - what does secure base say about availability', ['jayden', 'okoro']],
    ['mum is sarah whitlock and wont engage, what does surrey say', ['sarah', 'whitlock']],
    ['working with callum doyle, which principle fits', ['callum', 'doyle']],
    ['re tyler grant, is this a strengths based case', ['tyler', 'grant']],
    ['maisie price keeps running away from placement', ['maisie', 'price']],
    // hyphenated and apostrophe given names and surnames
    ['lily-mae harris age 4, what does availability mean', ['lily-mae', 'lily', 'mae', 'harris']],
    ['ruby-ann cole is 6 and in foster care', ['ruby-ann', 'ruby', 'ann', 'cole']],
    ['mary-jane o\'neill has a new carer', ['mary-jane', 'o\'neill', 'neill']],
    ['how do i involve liam mcdonald in his plan', ['liam', 'mcdonald']],
    ['the yp is kai macleod-smith, any guidance', ['kai', 'macleod-smith', 'macleod', 'smith']],
    ['ellie-mae harris-jones needs a review', ['ellie-mae', 'harris-jones']],
    ['ana da silva needs help with school', ['ana', 'silva']],
    ['Jayden Okoro-Smith has missed school again', ['jayden', 'okoro-smith']],
    ['JAYDEN OKORO wont talk to me', ['jayden', 'okoro']],
    // accents and other alphabets' letters
    ['re siân okoro', ['siân', 'sian', 'okoro']],
    ['Zoë Okoro-Smith has missed school', ['zoë', 'okoro-smith']],
    ['józef kowalski is 7, what applies', ['józef', 'kowalski']],
    ['Siobhán Ó Súilleabháin is new to care', ['siobhán', 'súilleabháin']],
    ['re chloé müller', ['chloé', 'müller']],
    // titles, surname first
    ['mrs doyle said she would not attend', ['doyle']],
    ['spoke to mr okoro today about contact', ['okoro']],
    ['dr price rang about the medication', ['price']],
    ['miss grant the teacher is worried', ['grant']],
    ['Mrs. Whitlock wants a meeting', ['whitlock']],
    ['mrs sarah whitlock phoned', ['sarah', 'whitlock']],
    // initials
    ['j okoro has been excluded', ['j okoro', 'okoro']],
    ['J. Okoro is 5, what does the SOP say', ['okoro']],
    ['is k. whitlock entitled to an advocate', ['whitlock']],
    // unknown given names next to case cues
    ['my client Zorbulon Quint wont engage', ['zorbulon', 'quint']],
    ['my yp zorbulon quint is refusing contact', ['zorbulon', 'quint']],
    ['Zorbulon Quint has missed school', ['zorbulon', 'quint']],
    ['a child called zorbulon needs a placement', ['zorbulon']],
    ['re: Tobiah Okafor, what applies', ['tobiah', 'okafor']],
    // lower-case given names alone, possessives
    ['jayden\'s mum keeps cancelling visits', ['jayden']],
    ['my yp kayden wont engage with me', ['kayden']],
    ['mum grace says she wants to be more involved', ['grace']],
    ['hope okoro is in kinship care', ['hope', 'okoro']],
  ];
  for (const [input, planted] of positives) {
    it(`redacts every part of a planted name (${positives.findIndex((p) => p[0] === input)})`, () => expectRedacted(input, planted));
  }

  it('redacts two people in one message as two spans', () => {
    expectRedacted('mum sarah whitlock and her son jayden okoro', ['sarah', 'whitlock', 'jayden', 'okoro'], 2);
  });

  it('keeps the full name in one span and the words around it', () => {
    expect(redact('re jayden okoro, what does secure base say')).to.equal('re [name], what does secure base say');
    expect(redact('lily-mae harris age 4')).to.equal('[name] age 4');
    expect(redact('mrs doyle said no')).to.equal('mrs [name] said no');
    expect(redact('J. Okoro is 5')).to.equal('[name] is 5');
    expect(redact('maisie price keeps running away')).to.equal('[name] keeps running away');
  });

  it('does not run a name into the next sentence or clause', () => {
    expect(redact('re jayden. foster carers want advice')).to.equal('re [name]. foster carers want advice');
    expect(redact('re jayden, school says no')).to.equal('re [name], school says no');
  });

  const negatives = [
    'what does strengths based practice mean',
    'how does the secure base model work for foster carers',
    'what is signs of safety',
    'what does team membership mean in the secure base',
    'what is every day matters in kent',
    'what did the munro review say',
    'what did ofsted say about southwark',
    'what are the aspire team priorities',
    'What are the Southwark practice principles?',
    'How does Camden or Lambeth compare with Surrey?',
    'Kent and Medway: how do we work with families?',
    'Strengths based practice in Bracknell Forest',
    'Signs of Safety mapping with a family',
    'Restorative practice in Leeds',
    'Team Membership And Belonging In The Secure Base',
    'can a 14 yr old consent to contraception without parents - fraser guidelines',
    'what does the guide say about kinship carers',
    'how do i support a young person leaving care',
    'what should i do if a child discloses abuse at school',
    'is there guidance on direct work with siblings',
    'my yp wont engage, what principle fits',
    'mum wont engage with the plan, what does surrey say',
    'dad says he wants more contact, how do we respond',
    'the carer is struggling, what support is there',
    'what does relationship based practice look like with teenagers',
    'kids miss school a lot, what do we do',
    'if we miss a visit what happens',
    'will the practice development team help me',
    'what will kent do about caseloads',
    'may i ask about supervision',
    'can you mark this as helpful',
    'how do we show grace under pressure as a team',
    'i need help with my asye portfolio',
    'where is the fostering statement of purpose',
    'how does motivational interviewing fit with consent',
    'is e-learning on contextual safeguarding required',
    'Hello, what does relationship based mean?',
    'what is plan b if the placement breaks down',
    'what is a section 47 enquiry in surrey',
    'does our social work contract cover induction',
  ];
  for (const text of negatives) it(`leaves alone: ${text}`, () => expect(detectPersonalData(text)).to.deep.equal([]));

  it('knows hyphenated and apostrophe given names but not hyphenated words', () => {
    for (const n of ['lily-mae', 'mary-jane', 'ruby-ann', 'Ellie-May', 'Jayden']) expect(isGivenName(n), n).to.equal(true);
    for (const w of ['will-power', 'well-being', 'self-esteem', 'co-operation', 'mark-up']) expect(isGivenName(w), w).to.equal(false);
  });

  it('never leaves a surname behind a redacted given name (no "[name] surname")', () => {
    const surnames = ['okoro', 'whitlock', 'doyle', 'grant', 'price', 'harris', 'cole'];
    const givens = ['jayden', 'sarah', 'callum', 'tyler', 'maisie', 'lily-mae', 'ruby-ann'];
    for (const g of givens) {
      for (const s of surnames) {
        const out = redact(`re ${g} ${s} what applies`);
        expect(out, `${givens.indexOf(g)}/${surnames.indexOf(s)}`).to.equal('re [name] what applies');
      }
    }
  });
});

describe('personal data: names from context, on no list (issue 13)', () => {
  const cases: [string, string][] = [
    ['how do i fix the printer for xanthe brightwater', 'how do i fix the printer for [name]'],
    ['can i book a room for bartholomew quince', 'can i book a room for [name]'],
    ['zoltan varga needs the printer fixed', '[name] needs the printer fixed'],
    ['spoke to his mum shanice about it', 'spoke to his mum [name] about it'],
    ['not right for quillon ravensworth-hale', 'not right for [name]'],
    ["zuri's dad wants more contact", "[name]'s dad wants more contact"],
    ['visited kwabena at home', 'visited [name] at home'],
    ['with tobi and ottoline, what does the guide say', 'with [name] and [name], what does the guide say'],
  ];
  for (const [input, want] of cases) it(`redacts: ${want}`, () => expect(redact(input)).to.equal(want));

  const ordinary = [
    'whats our principle about proportionate responses for involuntary clients',
    'how important are deadlines and timescales',
    'is kent doing anything about better IT for sws',
    'bracknell priority about assesments',
    'kcc management commitment to sws',
    'what does bracknell say about supporting families of kids with disabilties',
    'foster carer rang - what do we do about contact',
    'how many working days from s47 to icpc',
    'spoke to the family about routines',
  ];
  for (const text of ordinary) it(`leaves alone: ${text}`, () => expect(detectPersonalData(text).filter((f) => f.kind === 'name')).to.deep.equal([]));

  it('a long run of unusual words is noise, not a name', () => {
    expect(detectPersonalData('qzxv wplk trfg bnhy mjku').filter((f) => f.kind === 'name')).to.deep.equal([]);
  });
});
