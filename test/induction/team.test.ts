import { expect } from 'chai';
import { validateCard } from '../../src/cards/validate.js';
import { onMembersAdded } from '../../src/induction/welcome.js';
import { makeTurn } from '../support/turns.js';
import { action, cardText, inductionDeps, lastCard, press, type } from './helpers.js';

const TEAM = '19:team@thread.tacv2';
const inTeam = (userId: string, userName: string) => ({ scope: 'channel' as const, teamId: TEAM, userId, userName, aadObjectId: `aad-${userId}` });

describe('induction in teams', () => {
  it('welcome is off by default; when on, new members get a personal greeting with a Start button', async () => {
    const deps = inductionDeps({ config: { defaultOrganisation: 'kent' } });
    const joined = makeTurn({ kind: 'membersAdded', scope: 'channel', teamId: TEAM, members: [{ id: '29:new', name: 'Sam' }] });
    await onMembersAdded(deps, joined);
    expect(deps.sent).to.have.length(0);
    const on = await type(deps, 'welcome on', inTeam('29:lead', 'Pat Lead'));
    expect(on.messages[0].text).to.contain('now on').and.contain('changed by Pat Lead');
    await onMembersAdded(deps, joined);
    expect(deps.sent).to.have.length(1);
    expect(deps.sent[0].via).to.equal('sendToUser');
    expect(deps.sent[0].user!.id).to.equal('29:new');
    const card = deps.sent[0].message.card!;
    expect(validateCard(card)).to.deep.equal([]);
    // Pressing Start in the personal chat begins the journey.
    const first = lastCard(await press(deps, action(card, 'Start induction').data!, { userId: '29:new' }));
    expect(cardText(first)).to.contain('Step 1 of');
    const off = await type(deps, 'welcome off', inTeam('29:lead2', 'Alex'));
    expect(off.messages[0].text).to.contain('now off').and.contain('changed by Alex');
    await onMembersAdded(deps, joined);
    expect(deps.sent).to.have.length(1);
  });

  it('welcome follows the team settings rule and is refused outside a team', async () => {
    const deps = inductionDeps({ config: { teamSettingsRule: 'listed', teamSettingsUsers: ['aad-29:boss'] } });
    expect((await type(deps, 'welcome on', inTeam('29:someone', 'Someone'))).messages[0].text).to.match(/only the people named/);
    expect((await type(deps, 'welcome on', inTeam('29:boss', 'Boss'))).messages[0].text).to.contain('changed by Boss');
    expect((await type(deps, 'welcome on')).messages[0].text).to.match(/team's channel/);
  });

  it('induction team lists only members who opted in, how far each has got, never answers, privately', async () => {
    const deps = inductionDeps({ config: { defaultOrganisation: 'southwark' } });
    // Two starters make progress in their personal chats; one shares.
    for (const [id, moves] of [['29:ann', 2], ['29:bob', 1]] as const) {
      let card = lastCard(await type(deps, '', { userId: id, userName: id.slice(3) }));
      for (let i = 0; i < moves; i++) card = lastCard(await press(deps, action(card, 'next').data!, { userId: id }));
    }
    await type(deps, 'share on', { userId: '29:ann', userName: 'Ann' });
    await onMembersAdded(deps, makeTurn({ kind: 'membersAdded', scope: 'channel', teamId: TEAM, members: [{ id: '29:ann' }, { id: '29:bob' }] }));
    const out = await type(deps, 'team', inTeam('29:mgr', 'Manager'));
    expect(out.messages[0].toUserPrivately).to.equal(true);
    const card = lastCard(out);
    expect(validateCard(card)).to.deep.equal([]);
    const text = cardText(card);
    expect(text).to.contain('Ann').and.contain('Step 3 of 13');
    expect(text).to.not.contain('bob');
    // Ann stops sharing: she disappears.
    await type(deps, 'share off', { userId: '29:ann' });
    expect(cardText(lastCard(await type(deps, 'team', inTeam('29:mgr', 'Manager'))))).to.contain('Nobody here has shared');
  });

  it('explains the sub-commands for unknown words', async () => {
    const deps = inductionDeps();
    expect((await type(deps, 'frobnicate')).messages[0].text).to.contain('induction status');
  });
});
