/**
 * Commands and chat are not questions (issue 12, item 7), over HTTP through the real server and
 * engine: a command typed where it does not work says where it does, thanks get thanks, a member of
 * staff who is struggling gets a kind pointer; none is searched, quoted or recorded as unanswered.
 */
import { expect } from 'chai';
import { startApp, type Harness } from '../support/app-harness.js';
import { message, USER } from '../support/teams.js';

describe('commands and chat are not questions (over HTTP)', function () {
  this.timeout(30_000);
  let h: Harness;
  before(async () => { h = await startApp({ DEFAULT_ORGANISATION: 'kent', GUIDANCE_OWNERS: USER.aadObjectId }); });
  after(async () => h?.close());
  beforeEach(() => h.connector.clear());

  const cases: { text: string; scope: 'personal' | 'channel'; reply: RegExp }[] = [
    { text: 'daily on', scope: 'personal', reply: /works in team channels and group chats/ },
    { text: 'daily on 09:30 weekdays', scope: 'personal', reply: /works in team channels and group chats/ },
    { text: 'forget me', scope: 'channel', reply: /works in a personal chat/ },
    { text: 'insights', scope: 'channel', reply: /works in a personal chat/ },
    { text: "thanks, that's really helpful", scope: 'personal', reply: /welcome/ },
    { text: 'cheers, that helped', scope: 'channel', reply: /welcome/ },
    { text: "I'm so stressed with my caseload", scope: 'personal', reply: /manager or supervisor/ },
  ];

  for (const c of cases) {
    it(`"${c.text}" in a ${c.scope} chat gets a fitting reply, no guidance and no record`, async () => {
      const before = await h.app.deps.storage.list('insights/');
      const res = await h.send(message(c.text, { serviceUrl: h.connector.url, scope: c.scope }));
      expect(res.status).to.be.within(200, 299);
      const sent = JSON.stringify(h.connector.messages());
      expect(sent).to.match(c.reply);
      expect(sent, 'no guidance quote').not.to.contain('answer-quote');
      expect(sent, 'no "no guidance" card').not.to.match(/no guidance on that/i);
      expect(await h.app.deps.storage.list('insights/'), 'no question recorded').to.deep.equal(before);
    });
  }
});
