import { expect } from 'chai';
import { makeDeps, FIXED_NOW } from '../../support/fake-deps.js';
import { makeTurn, TEST_AAD_ID, TEST_USER_ID } from '../../support/turns.js';
import { handleTurn } from '../../../src/kernel/handle.js';
import { validateCard } from '../../../src/cards/validate.js';
import { recordQuestion, EXPORT_PREFIX } from '../../../src/safeguarding/insights/records.js';
import { handleFileConsent } from '../../../src/safeguarding/insights/file-consent.js';
import type { TurnOutput } from '../../../src/kernel/types.js';

const text = (out: TurnOutput) => out.messages.map((m) => m.text ?? '').join(' ');

async function seed(deps: ReturnType<typeof makeDeps>) {
  const me = deps.hash(TEST_USER_ID);
  await recordQuestion(deps, { at: FIXED_NOW - 1000, outcome: 'no-answer', confidence: 0, user: me, personalDataFound: false, redactedQuestion: 'how do i claim mileage' });
  await recordQuestion(deps, { at: FIXED_NOW - 2000, outcome: 'answered', entryId: 'e1', confidence: 0.9, user: 'other', personalDataFound: false });
  await deps.storage.write({ [`feedback/e1/${me}`]: { entryId: 'e1', helpful: false, at: FIXED_NOW - 500, user: me } });
  await deps.storage.write({ 'feedback/e1/someone-else': { entryId: 'e1', helpful: true, at: FIXED_NOW - 500, user: 'someone-else' } });
  await deps.storage.write({ [`user/${me}/org`]: { organisation: 'kent' }, [`user/${me}/induction`]: { step: 2 } });
  await deps.storage.write({ [`team/t1/induction-members/${me}`]: { at: 1 } });
}

describe('insights command', () => {
  it('refuses politely when the user is not a guidance owner', async () => {
    const deps = makeDeps();
    const out = await handleTurn(deps, makeTurn({ text: 'insights' }));
    expect(text(out)).to.match(/only for the guidance owners/);
    expect(out.messages.some((m) => m.card || m.fileConsent)).to.equal(false);
  });

  it('shows the card and offers the CSV by file consent to an owner (matched by AAD id)', async () => {
    const deps = makeDeps({ config: { guidanceOwners: [TEST_AAD_ID] } });
    await seed(deps);
    const out = await handleTurn(deps, makeTurn({ text: 'insights' }));
    const card = out.messages.find((m) => m.card)?.card;
    expect(card).to.exist;
    expect(validateCard(card!)).to.deep.equal([]);
    const json = JSON.stringify(card);
    expect(json).to.include('how do i claim mileage').and.include('No answer');
    const consent = out.messages.find((m) => m.fileConsent)?.fileConsent;
    expect(consent?.name).to.match(/\.csv$/);
    expect(JSON.stringify(out)).to.not.match(/https?:\/\/[^"]*csv/);
    const [key] = await deps.storage.list(EXPORT_PREFIX);
    expect(key).to.equal(`${EXPORT_PREFIX}${consent!.context.token}`);

    const accept = await handleFileConsent(deps, makeTurn({
      kind: 'fileConsent', value: { type: 'fileUpload', action: 'accept', context: consent!.context, uploadInfo: { uploadUrl: 'https://upload.example/x', name: consent!.name } },
    }));
    expect(accept.invokeResponse?.status).to.equal(200);
    expect(accept.upload?.contentType).to.equal('text/csv');
    expect(accept.upload?.content).to.include('how do i claim mileage');
    expect(await deps.storage.list(EXPORT_PREFIX)).to.deep.equal([]);
  });

  it('deletes the waiting CSV on decline, and refuses another user\'s token', async () => {
    const deps = makeDeps({ config: { guidanceOwners: [TEST_USER_ID] } });
    const out = await handleTurn(deps, makeTurn({ text: 'insights 30d' }));
    const context = out.messages.find((m) => m.fileConsent)!.fileConsent!.context;
    const stranger = await handleFileConsent(deps, makeTurn({ userId: '29:someone-else', kind: 'fileConsent', value: { action: 'accept', context, uploadInfo: { uploadUrl: 'https://u.example' } } }));
    expect(stranger.upload).to.equal(undefined);
    const fresh = await handleTurn(deps, makeTurn({ text: 'insights' }));
    const ctx2 = fresh.messages.find((m) => m.fileConsent)!.fileConsent!.context;
    const decline = await handleFileConsent(deps, makeTurn({ kind: 'fileConsent', value: { action: 'decline', context: ctx2 } }));
    expect(decline.upload).to.equal(undefined);
    expect(await deps.storage.list(`${EXPORT_PREFIX}${String(ctx2.token)}`)).to.deep.equal([]);
  });

  it('rejects a tampered consent', async () => {
    const deps = makeDeps();
    const out = await handleFileConsent(deps, makeTurn({ kind: 'fileConsent', value: { action: 'accept', context: { action: 'insightsCsv', token: '../../etc' } } }));
    expect(out.upload).to.equal(undefined);
    expect(out.invokeResponse?.status).to.equal(200);
  });
});

describe('privacy and forget me', () => {
  it('privacy explains what is kept, for how long and who sees it', async () => {
    const deps = makeDeps({ config: { insightsRetentionDays: 45 } });
    const out = await handleTurn(deps, makeTurn({ text: 'privacy' }));
    const card = out.messages[0].card!;
    expect(validateCard(card)).to.deep.equal([]);
    const json = JSON.stringify(card);
    expect(json).to.include('45 days').and.include('Who can see it').and.include('forget me');
  });

  it('asks first, then deletes only this user\'s records and confirms', async () => {
    const deps = makeDeps();
    await seed(deps);
    const ask = await handleTurn(deps, makeTurn({ text: 'forget me' }));
    const card = ask.messages[0].card!;
    expect(validateCard(card)).to.deep.equal([]);
    expect(JSON.stringify(card)).to.include('"action":"forgetMe"');
    expect((await deps.storage.list('user/')).length).to.equal(2);

    const no = await handleTurn(deps, makeTurn({ kind: 'submit', value: { action: 'forgetMe', confirm: false } }));
    expect(text(no)).to.match(/haven.t deleted/);
    expect((await deps.storage.list('user/')).length).to.equal(2);

    const yes = await handleTurn(deps, makeTurn({ kind: 'submit', value: { action: 'forgetMe', confirm: true } }));
    expect(text(yes)).to.match(/^Done: I deleted 5 records/);
    expect(await deps.storage.list('user/')).to.deep.equal([]);
    expect(await deps.storage.list('feedback/')).to.deep.equal(['feedback/e1/someone-else']);
    expect(await deps.storage.list('team/')).to.deep.equal([]);
    const left = await deps.storage.read(await deps.storage.list('insights/'));
    expect(Object.values(left).map((v) => v.user)).to.deep.equal(['other']);
  });
});
