import { expect } from 'chai';
import { canChangeTeamSettings } from '../../src/kernel/permissions.js';
import { makeDeps } from '../support/fake-deps.js';
import { makeTurn, TEST_AAD_ID, TEST_USER_ID } from '../support/turns.js';

describe('canChangeTeamSettings', () => {
  const turn = makeTurn({ scope: 'channel' });

  it("'anyone': everyone in the conversation may", async () => {
    expect(await canChangeTeamSettings(makeDeps(), turn)).to.deep.equal({ allowed: true });
  });

  it("'listed': only the listed users, by AAD object id or Teams id", async () => {
    const byAad = makeDeps({ config: { teamSettingsRule: 'listed', teamSettingsUsers: [TEST_AAD_ID.toUpperCase()] } });
    const byId = makeDeps({ config: { teamSettingsRule: 'listed', teamSettingsUsers: [TEST_USER_ID] } });
    const other = makeDeps({ config: { teamSettingsRule: 'listed', teamSettingsUsers: ['someone-else'] } });
    expect((await canChangeTeamSettings(byAad, turn)).allowed).to.equal(true);
    expect((await canChangeTeamSettings(byId, turn)).allowed).to.equal(true);
    const no = await canChangeTeamSettings(other, turn);
    expect(no.allowed).to.equal(false);
    expect(no.reason).to.match(/named in the bot/);
  });

  it("'owners': asks TeamRoles; owners may, members may not", async () => {
    const deps = makeDeps({ config: { teamSettingsRule: 'owners' } });
    expect((await canChangeTeamSettings(deps, turn)).allowed).to.equal(false);
    deps.owners.add(`${turn.teamId}|${TEST_AAD_ID}`);
    expect((await canChangeTeamSettings(deps, turn)).allowed).to.equal(true);
  });

  it("'owners': when the check cannot be made, refuses and says why", async () => {
    const deps = makeDeps({ config: { teamSettingsRule: 'owners' }, teamRoles: { isOwner: async () => { throw Object.assign(new Error('Forbidden'), { code: 'graph_forbidden' }); } } });
    const r = await canChangeTeamSettings(deps, turn);
    expect(r.allowed).to.equal(false);
    expect(r.reason).to.match(/could not check/);
    expect(deps.logs.some((l) => l.msg === 'team owner check failed' && l.code === 'graph_forbidden')).to.equal(true);
  });

  it("'owners': refuses outside a team, and without an AAD id", async () => {
    const deps = makeDeps({ config: { teamSettingsRule: 'owners' } });
    deps.owners.add(TEST_AAD_ID);
    expect((await canChangeTeamSettings(deps, makeTurn({ scope: 'groupChat' }))).allowed).to.equal(false);
    expect((await canChangeTeamSettings(deps, { ...turn, aadObjectId: undefined })).allowed).to.equal(false);
  });
});
