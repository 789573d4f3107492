import { expect } from 'chai';
import { progressKey } from '../../src/induction/store.js';
import { BlobStorage } from '../../src/storage/blob.js';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { makeTurn } from '../support/turns.js';
import { action, cardText, inductionDeps, lastCard, press, realKb, type } from './helpers.js';

describe('induction progress on Azure Blob storage (Azurite)', function () {
  this.timeout(60_000);
  let azurite: Azurite;
  before(async () => { azurite = await startAzurite(); });
  after(async () => { await azurite?.stop(); });

  it('keeps progress across a process restart and two instances on one container', async () => {
    const container = 'induction-test';
    const first = inductionDeps({ storage: new BlobStorage(azurite.connectionString, container), config: { defaultOrganisation: 'southwark' } });
    let card = lastCard(await type(first, ''));
    for (let i = 0; i < 2; i++) card = lastCard(await press(first, action(card, 'next').data!));
    expect(cardText(card)).to.contain('Step 3 of');
    // A new process (new deps, new client) on the same container resumes at the same step.
    const second = inductionDeps({ storage: new BlobStorage(azurite.connectionString, container), config: { defaultOrganisation: 'southwark' } });
    const resumed = lastCard(await type(second, ''));
    expect(action(resumed, 'next').data).to.deep.equal(action(card, 'next').data);
    // Both instances press the same Next at once: exactly one step.
    const replies = await Promise.all([press(first, action(resumed, 'next').data!), press(second, action(resumed, 'next').data!)]);
    expect(replies.map((r) => cardText(lastCard(r))).filter((t) => t.includes('That card was from an earlier point'))).to.have.length(1);
    const key = progressKey(first, makeTurn().userId);
    const stored = (await first.storage.read([key]))[key];
    expect(stored.seen).to.have.length(3);
    expect(stored.eTag).to.be.a('string');
    const json = JSON.stringify(stored);
    for (const e of realKb().entries) expect(json).to.not.contain(e.quote.slice(0, 30));
  });
});
