import { expect } from 'chai';
import { validateCard } from '../../src/cards/validate.js';
import { startApp, type Harness } from '../support/app-harness.js';
import { invoke, message, submit, USER } from '../support/teams.js';

const OTHER = { id: '29:2b-user-two', name: 'Jo Colleague', aadObjectId: '7c2d2f3e-1f4b-4f64-8c9b-2d3e4f5a6b7c' };
const text = (h: Harness) => JSON.stringify(h.connector.messages());

async function everything(h: Harness): Promise<string> {
  const keys = await h.app.deps.storage.list('');
  return JSON.stringify(keys) + JSON.stringify(await h.app.deps.storage.read(keys)) + h.logs.join('') + JSON.stringify(h.connector.calls) + JSON.stringify(h.connector.uploads);
}

describe('safeguarding, privacy and insights over HTTP (end to end)', function () {
  this.timeout(30_000);
  let h: Harness;
  before(async () => { h = await startApp({ DEFAULT_ORGANISATION: 'surrey', GUIDANCE_OWNERS: USER.aadObjectId }); });
  after(async () => h?.close());
  beforeEach(() => h.connector.clear());
  afterEach(() => { for (const card of h.connector.cards()) expect(validateCard(card)).to.deep.equal([]); });
  const say = (t: string, user = USER) => h.send(message(t, { serviceUrl: h.connector.url, user }));

  it('puts an urgent card first for immediate risk, and still answers the guidance question after it', async () => {
    await say('the yp just told me her stepdad hit her last night and she is scared to go home');
    const cards = h.connector.cards();
    expect(JSON.stringify(cards[0])).to.contain('999');
    expect(JSON.stringify(cards.slice(1)), 'no no-answer card under the urgent one').not.to.match(/no guidance|not.*in the guide/i);
    h.connector.clear();
    await say('my yp just told me her stepdad hit her last night and she is scared to go home - what does surrey say about honesty with families?');
    const both = h.connector.cards();
    expect(JSON.stringify(both[0])).to.contain('999');
    expect(both.length, 'the urgent card, then the answer').to.equal(2);
    expect(JSON.stringify(both[1])).to.contain('answer-quote');
    const keys = await h.app.deps.storage.list('insights/');
    expect(JSON.stringify(await h.app.deps.storage.read(keys))).not.to.match(/stepdad|scared/);
  });

  it('answers a policy question about risk and adds a pointer to the duty contacts', async () => {
    await say('what do we do when a child is at risk of significant harm?');
    expect(JSON.stringify(h.connector.cards()[0])).not.to.contain('Call 999');
    expect(text(h).toLowerCase()).to.match(/duty|front door|mash/);
  });

  it('answers through personal data with a kind reminder, and leaves no trace of it anywhere', async () => {
    const planted = ['Jayden Okoro', '14 Acacia Road', 'SE15 4QP', '943 476 5919', '07700 900123', 'QQ 12 34 56 C', 'jayden.okoro@example.com', '03/02/2015'];
    await say(`re Jayden Okoro dob 03/02/2015 at 14 Acacia Road SE15 4QP, NHS 943 476 5919, mum on 07700 900123, email jayden.okoro@example.com, NI QQ 12 34 56 C - how do surrey want us to get consent from parents?`);
    expect(text(h).toLowerCase()).to.match(/case details|personal/);
    expect(JSON.stringify(h.connector.cards()), 'the guidance question is still answered (or did-you-mean offered)').to.match(/answer-quote|"action":"ask"/);
    const seen = await everything(h);
    for (const value of planted) expect(seen, value).not.to.contain(value);
  });

  it('gives guidance owners insights with the CSV through file consent, and refuses others', async () => {
    await say('how do i book annual leave for Priya Shah next month');
    await say('what does surrey say about honesty with families');
    h.connector.clear();
    await say('insights', OTHER);
    expect(h.connector.cards().length + h.connector.messages().length).to.be.greaterThan(0);
    expect(text(h)).not.to.contain('file.consent');
    h.connector.clear();

    await say('insights');
    const consent = h.connector.messages().flatMap((m) => (m.attachments as { contentType: string; content: Record<string, unknown> }[]) ?? [])
      .find((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.consent');
    expect(consent, 'a file-consent card').to.not.equal(undefined);
    const context = consent!.content.acceptContext as Record<string, unknown>;
    h.connector.clear();
    const res = await h.send(invoke('fileConsent/invoke', {
      type: 'fileUpload', action: 'accept', context,
      uploadInfo: { name: 'insights.csv', uploadUrl: `${h.connector.url}upload/insights.csv`, contentUrl: 'https://contoso.sharepoint.com/insights.csv', uniqueId: 'u1', fileType: 'csv' },
    }, { serviceUrl: h.connector.url }));
    expect(res.status).to.equal(200);
    expect(h.connector.uploads).to.have.length(1);
    const csv = h.connector.uploads[0].body;
    expect(csv.split('\n')[0].toLowerCase()).to.contain('outcome');
    expect(csv).not.to.contain('Priya');
    expect(text(h)).to.contain('file.info');
  });

  it('forgets a user after confirmation, deleting their records', async () => {
    await say('what does surrey say about asking for help');
    const cards = h.connector.cards();
    const fb = JSON.stringify(cards).match(/"action":"feedback"[^}]*/);
    if (fb) await h.send(submit(JSON.parse(`{${fb[0]}}`), { serviceUrl: h.connector.url }));
    const hash = h.app.deps.hash(USER.id);
    const mine = async () => (await h.app.deps.storage.list('')).filter((k) => k.includes(hash));
    const recordsWithMe = async () => {
      const keys = await h.app.deps.storage.list('');
      return Object.values(await h.app.deps.storage.read(keys)).filter((v) => JSON.stringify(v).includes(hash)).length;
    };
    expect((await mine()).length + (await recordsWithMe())).to.be.greaterThan(0);
    h.connector.clear();
    await say('forget me');
    expect(JSON.stringify(h.connector.cards())).to.contain('forgetMe');
    expect((await mine()).length + (await recordsWithMe()), 'nothing deleted before confirming').to.be.greaterThan(0);
    await h.send(submit({ action: 'forgetMe', confirm: true }, { serviceUrl: h.connector.url }));
    expect(await mine()).to.deep.equal([]);
    expect(await recordsWithMe()).to.equal(0);
  });

  it('keeps no display name: team settings hold a salted hash, and forget me takes it out of them', async () => {
    const channel = { serviceUrl: h.connector.url, scope: 'channel' as const };
    await h.send(message('induction welcome on', channel));
    await h.send(message('daily on 09:30 weekdays', channel));
    expect(text(h), 'the reply may name who changed it').to.contain('changed by');
    const all = async () => { const keys = await h.app.deps.storage.list(''); return JSON.stringify(await h.app.deps.storage.read(keys)); };
    expect(await all(), 'no display name stored').not.to.contain(USER.name);
    const hash = h.app.deps.hash(USER.id);
    const welcome = (await h.app.deps.storage.list('team/')).filter((k) => k.endsWith('/induction-welcome'));
    expect(welcome).to.have.length(1);
    expect((await h.app.deps.storage.read(welcome))[welcome[0]]).to.include({ changedBy: hash, on: true });
    await h.send(submit({ action: 'forgetMe', confirm: true }, { serviceUrl: h.connector.url }));
    expect(await all(), 'no record holds the hash').not.to.contain(hash);
    expect((await h.app.deps.storage.read(welcome))[welcome[0]], 'the team keeps its setting').to.include({ on: true });
  });

  it('answers small talk kindly without claiming to be a person', async () => {
    await say('are you a real person?');
    const reply = text(h).toLowerCase();
    expect(reply).to.match(/not a person|search|bot|tool/);
    expect(reply).not.to.match(/i am a person|i'm a person|i'm human/);
  });
});
