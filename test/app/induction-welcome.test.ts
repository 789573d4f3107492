import { expect } from 'chai';
import { startApp, type Harness } from '../support/app-harness.js';
import { BOT, message, TENANT } from '../support/teams.js';

describe('induction welcome for new team members over HTTP (end to end)', function () {
  this.timeout(30_000);
  let h: Harness;
  before(async () => { h = await startApp({ DEFAULT_ORGANISATION: 'kent' }); });
  after(async () => h?.close());

  const joined = (serviceUrl: string) => ({
    type: 'conversationUpdate', id: 'join-1', channelId: 'msteams', serviceUrl, timestamp: new Date().toISOString(),
    from: { id: '29:team-admin', name: 'Team Admin' }, recipient: BOT,
    conversation: { id: '19:team-1@thread.tacv2', conversationType: 'channel', tenantId: TENANT, isGroup: true },
    channelData: { tenant: { id: TENANT }, team: { id: '19:team-1@thread.tacv2', name: 'Children in Need East' }, eventType: 'teamMemberAdded' },
    membersAdded: [{ id: '29:new-starter', aadObjectId: '0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6' }],
  });

  it('greets nobody while the team setting is off (the default)', async () => {
    await h.send(joined(h.connector.url));
    expect(h.connector.calls).to.have.length(0);
  });

  it('after "induction welcome on", greets a new member in a personal chat with an offer to start', async () => {
    await h.send(message('induction welcome on', { serviceUrl: h.connector.url, scope: 'channel', conversationId: '19:team-1@thread.tacv2;messageid=1' }));
    expect(JSON.stringify(h.connector.messages()).toLowerCase()).to.contain('sam worker'); // says who changed it
    h.connector.clear();
    await h.send(joined(h.connector.url));
    const created = h.connector.calls.filter((c) => c.conversationId === '' && c.method === 'POST');
    expect(created, 'a personal conversation is created').to.have.length(1);
    expect(JSON.stringify(created[0].body)).to.contain('29:new-starter');
    const sent = h.connector.messages();
    expect(sent).to.have.length(1);
    expect(String((sent[0].conversation as { id: string }).id)).to.match(/^a:personal-/);
    expect(JSON.stringify(sent[0]).toLowerCase()).to.contain('induction');
  });
});
