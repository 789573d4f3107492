/**
 * Personal data leaves no trace: messages and feedback comments with planted (fictional)
 * personal data go through the whole core, then every storage key and value, every log
 * line and every message or card sent is searched for each planted value.
 */
import { expect } from 'chai';
import { makeDeps } from '../../support/fake-deps.js';
import { makeTurn } from '../../support/turns.js';
import { handleTurn } from '../../../src/kernel/handle.js';
import type { TurnOutput } from '../../../src/kernel/types.js';

/** Planted values, each unlikely to occur by chance in our own text. */
const PLANTED = {
  givenName: 'Tobias', surname: 'Quenbury', otherName: 'Farrowdale', lowerName: 'kayden',
  dob: '14/07/2016', writtenDob: '3 March 2015', house: '27 Larkspur Close', flatStreet: '9 Wendlebury Road',
  postcode: 'SE15 4QX', nhsGrouped: '943 476 5919', nhsBare: '4010232137', ni: 'QQ 12 34 56 C',
  mobile: '07700 900461', landline: '020 7946 0958', intl: '+44 7700 900982', email: 't.quenbury@example.org',
  caseRef: '7731904',
};

const QUESTIONS = [
  `what does strengths based mean for ${PLANTED.givenName} ${PLANTED.surname} dob ${PLANTED.dob}?`,
  `my yp ${PLANTED.lowerName} lives at ${PLANTED.house} ${PLANTED.postcode}, which principle covers consent?`,
  `NHS number ${PLANTED.nhsGrouped} - how do we record consent?`,
  `mums number is ${PLANTED.mobile}, how do i share information with her about motivational interviewing`,
  `can i email ${PLANTED.email} about relationship based practice`,
  `NI ${PLANTED.ni}, what is the kent vision`,
  `born ${PLANTED.writtenDob}, Ellie ${PLANTED.otherName}, what is reflective practice`,
  `${PLANTED.givenName} ${PLANTED.surname} just told me his stepdad hit him, he lives at ${PLANTED.flatStreet}`,
  `how do i book a room for the review of ${PLANTED.givenName} ${PLANTED.surname}, ring ${PLANTED.landline}`,
  `whats the parking policy at the office, client ${PLANTED.caseRef}, nhs ${PLANTED.nhsBare}`,
  `ring me on ${PLANTED.intl} re ${PLANTED.lowerName}`,
  `hi ${PLANTED.givenName} here`,
  `help ${PLANTED.email}`,
];

const COMMENTS = [
  `didnt help with ${PLANTED.givenName} ${PLANTED.surname} at ${PLANTED.house}`,
  `mum on ${PLANTED.mobile}, ${PLANTED.email}, dob ${PLANTED.dob}, NI ${PLANTED.ni}`,
  `nhs ${PLANTED.nhsGrouped} postcode ${PLANTED.postcode} case ${PLANTED.caseRef}`,
];

/** Each planted value and its compact form (digits without spaces, lower case). */
function needles(): string[] {
  const out = new Set<string>();
  for (const v of Object.values(PLANTED)) {
    out.add(v.toLowerCase());
    if (/\d/.test(v)) out.add(v.replace(/[\s-]/g, '').toLowerCase());
  }
  return [...out];
}

function leaks(haystack: string): string[] {
  const h = haystack.toLowerCase();
  const compact = h.replace(/[\s-]/g, '');
  return needles().filter((n) => h.includes(n) || (/\d/.test(n) && compact.includes(n)));
}

describe('personal data leaves no trace', () => {
  it('not in storage, logs or anything sent', async () => {
    const deps = makeDeps();
    const outputs: TurnOutput[] = [];
    for (const text of QUESTIONS) outputs.push(await handleTurn(deps, makeTurn({ text })));
    const entryId = deps.kb.entries[0].id;
    for (const comment of COMMENTS) {
      outputs.push(await handleTurn(deps, makeTurn({ kind: 'submit', value: { action: 'feedback', entryId, helpful: false, comment } })));
    }
    expect(outputs.every((o) => o.messages.length > 0), 'every turn answered').to.equal(true);

    const keys = await deps.storage.list('');
    expect(keys.length, 'something was stored').to.be.greaterThan(0);
    const values = await deps.storage.read(keys);
    expect(leaks(keys.join('\n')), 'storage keys').to.deep.equal([]);
    expect(leaks(JSON.stringify(values)), 'storage values').to.deep.equal([]);
    expect(leaks(JSON.stringify(deps.logs)), 'log lines').to.deep.equal([]);
    expect(leaks(JSON.stringify(outputs)), 'messages and cards sent').to.deep.equal([]);
    expect(leaks(JSON.stringify(deps.sent)), 'proactive sends').to.deep.equal([]);
  });

  it('not in what the search engine is given', async () => {
    const deps = makeDeps();
    for (const text of QUESTIONS) await handleTurn(deps, makeTurn({ text }));
    expect(leaks(JSON.stringify(deps.searches))).to.deep.equal([]);
  });

  it('the urgent message still gets the urgent card, and the others a reminder', async () => {
    const deps = makeDeps();
    const urgent = await handleTurn(deps, makeTurn({ text: QUESTIONS[7] }));
    expect(JSON.stringify(urgent)).to.include('999');
    const other = await handleTurn(deps, makeTurn({ text: QUESTIONS[0] }));
    expect(JSON.stringify(other)).to.match(/don.t share names/);
  });
});
