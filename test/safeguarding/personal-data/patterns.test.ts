import { expect } from 'chai';
import { detectPersonalData, redact } from '../../../src/safeguarding/personal-data/detect.js';

/** Redacts and checks that no digit run or planted token of the original survives. */
function expectGone(input: string, want: string, planted: string[]): void {
  const out = redact(input);
  expect(out).to.equal(want);
  for (const p of planted) expect(out.toLowerCase().includes(p.toLowerCase()), `planted token ${planted.indexOf(p)} survived`).to.equal(false);
}

describe('personal data: structured kinds as staff type them', () => {
  const cases: [string, string, string[]][] = [
    ['lives at 14 acacia road', 'lives at [address]', ['14', 'acacia']],
    ['now at 7a hill st with nan', 'now at [address] with nan', ['7a']],
    ['14 elm road se15 - what does southwark say', '[address] - what does southwark say', ['elm', 'se15']],
    ['22 kings ave bracknell rg12 9zz', '[address] bracknell [postcode]', ['kings', 'rg12', '9zz']],
    ['dob 3.2.15 what applies', 'dob [date of birth] what applies', ['3.2.15']],
    ['born 3rd feb 2015, is he too young', 'born [date of birth], is he too young', ['3rd', '2015']],
    ['born 3 feb 15', 'born [date of birth]', ['feb 15']],
    ['dob feb 3rd', 'dob [date of birth]', ['3rd']],
    ['birthday 3rd feb', 'birthday [date of birth]', ['3rd']],
    ['d.o.b 03/02/2015', 'd.o.b [date of birth]', ['2015']],
    ['postcode se154qp', 'postcode [postcode]', ['se154qp']],
    ['postcode SE15 4QP', 'postcode [postcode]', ['4qp']],
    ['call 07700-900-123', 'call [phone]', ['900']],
    ['call 07700 900 123', 'call [phone]', ['900']],
    ['mob 07 700 900 123', 'mob [phone]', ['900']],
    ['ring +44 (0)7700 900123', 'ring [phone]', ['900123']],
    ['ring 0044 7700 900123', 'ring [phone]', ['900123']],
    ['office (020) 7946 0958', 'office [phone]', ['7946']],
    ['nhs 943-476-5919', 'nhs [NHS number]', ['5919']],
    ['nhs 943.476.5919', 'nhs [NHS number]', ['5919']],
    ['ni ab123456c', 'ni [NI number]', ['123456']],
    ['ni ab 12 34 56 c', 'ni [NI number]', ['34 56']],
    ['ni ab-12-34-56-c', 'ni [NI number]', ['34-56']],
    // case references in the shapes case systems use, with no label, taken whole (issue 13)
    ['whats the dress code for court, its for CP-2024-00777 tomorrow', 'whats the dress code for court, its for [reference] tomorrow', ['cp-2024', '00777']],
    ['can i claim overtime for CIN/2023/7781 visits', 'can i claim overtime for [reference] visits', ['cin/', '7781']],
    ['(CP-2023-04417)', '([reference])', ['04417']],
    ['case ref CP-2024-00123', 'case ref [reference]', ['cp-', '00123']],
    ['lac-12345 moved', '[reference] moved', ['12345']],
    ['lcs123456 and mos0012345', '[reference] and [reference]', ['lcs', '0012345']],
    ['2024/cp/00123 is closed', '[reference] is closed', ['00123']],
    ['client no. ab/12345', 'client no. [reference]', ['12345']],
  ];
  for (const [input, want, planted] of cases) it(`redacts: ${want}`, () => expectGone(input, want, planted));

  it('redacts everything in one crowded message, leaving the labels', () => {
    const input = 're: jayden okoro (dob 3.2.15) 14 acacia road se154qp 07700-900-123 nhs 943-476-5919 ni ab123456c';
    expectGone(input, 're: [name] (dob [date of birth]) [address] [postcode] [phone] nhs [NHS number] ni [NI number]', [
      'jayden', 'okoro', '3.2.15', 'acacia', 'se154qp', '900', '5919', '123456',
    ]);
  });

  const clean = [
    'we met 10 times since 2019',
    'in 2015 we had 3 ways of working',
    'is a 14 yr old able to consent',
    'what is a section 47 enquiry',
    'the 5 principles of the secure base model',
    'what changed after the 2014 children and families act',
    'can i work 4 days a week',
  ];
  for (const text of clean) it(`leaves alone: ${text}`, () => expect(detectPersonalData(text)).to.deep.equal([]));
});

describe('personal data: what is not a case reference', () => {
  for (const text of ['covid-19 rules', 'the 2024-25 budget', 'year 9 and Y-12', 'section 47 and s47', 'A4 paper', 'ISO 9001 audit', 'children act 1989']) {
    it(`leaves alone: ${text}`, () => expect(detectPersonalData(text).filter((f) => f.kind === 'case-reference')).to.deep.equal([]));
  }
});
