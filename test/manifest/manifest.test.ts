import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { buildManifest, PLACEHOLDER_APP_ID, type Manifest, type ManifestCommandLists } from '../../src/manifest/build.js';
import { manifestCommandLists } from '../../src/kernel/commands.js';
import { TABLES } from '../../src/app/tables.js';
import { checkSchema } from '../../src/manifest/schema.js';
import { checkCommandLists, checkIds, checkProduction, formatProblem } from '../../src/manifest/validate.js';

const TEMPLATE = JSON.parse(fs.readFileSync(path.resolve('manifest/manifest.template.json'), 'utf8')) as Manifest;
const APP_ID = '11111111-2222-3333-4444-555555555555';
const LISTS: ManifestCommandLists = {
  personal: [{ title: 'help', description: 'What I can do' }, { title: 'principles', description: 'Our practice principles' }],
  team: [{ title: 'help', description: 'What I can do' }],
  groupChat: [{ title: 'help', description: 'What I can do' }],
};

function build(over: Partial<Parameters<typeof buildManifest>[1]> = {}): Manifest {
  return buildManifest(TEMPLATE, { appId: APP_ID, publicBaseUrl: 'https://guide.example.org', version: '1.2.3', teamSettingsRule: 'anyone', commandLists: LISTS, ...over });
}

describe('manifest template', () => {
  it('is on schema 1.25 or later, declared by the official schema URL', () => {
    const version = String(TEMPLATE.manifestVersion);
    expect(Number(version.split('.')[1])).to.be.at.least(25);
    expect(TEMPLATE.$schema).to.equal(`https://developer.microsoft.com/en-us/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`);
  });

  it('builds a manifest that passes the bundled schema and the store checks', () => {
    const m = build();
    expect(checkSchema(m)).to.deep.equal([]);
    expect([...checkIds(m), ...checkCommandLists(m), ...checkProduction(m)]).to.deep.equal([]);
  });

  it('fills ids, URLs, domains and web application info from configuration', () => {
    const m = build() as any;
    expect(m.id).to.equal(APP_ID);
    expect(m.bots[0].botId).to.equal(APP_ID);
    expect(m.composeExtensions[0].botId).to.equal(APP_ID);
    expect(m.bots[0].scopes).to.have.members(['personal', 'team', 'groupChat']);
    expect(m.staticTabs[0]).to.include({ name: 'Practice guide', contentUrl: 'https://guide.example.org/tab/' });
    expect(m.validDomains).to.deep.equal(['guide.example.org']);
    expect(m.webApplicationInfo.id).to.equal(APP_ID);
    expect(m.developer.privacyUrl).to.equal('https://guide.example.org/privacy');
    expect(m.developer.termsOfUseUrl).to.equal('https://guide.example.org/terms');
    expect(JSON.stringify(m)).not.to.include('{{');
  });

  it('declares the Find guidance search command with an initial run', () => {
    const cmd = (build() as any).composeExtensions[0].commands[0];
    expect(cmd).to.include({ id: 'findGuidance', type: 'query', title: 'Find guidance', initialRun: true });
    expect(cmd.parameters[0].name).to.equal('query');
  });

  it('writes one command list per scope from the commands table', () => {
    const lists = (build() as any).bots[0].commandLists;
    expect(lists.map((l: any) => l.scopes)).to.deep.equal([['personal'], ['team'], ['groupChat']]);
    expect(lists[0].commands.map((c: any) => c.title)).to.deep.equal(['help', 'principles']);
  });

  it('adds TeamMember.Read.Group only when team settings are owner-only', () => {
    expect((build() as any).authorization).to.equal(undefined);
    expect((build({ teamSettingsRule: 'listed' }) as any).authorization).to.equal(undefined);
    const owners = build({ teamSettingsRule: 'owners' }) as any;
    expect(owners.authorization.permissions.resourceSpecific).to.deep.equal([{ name: 'TeamMember.Read.Group', type: 'Application' }]);
    expect(checkSchema(owners)).to.deep.equal([]);
  });
});

describe('manifest with the real commands table', () => {
  it('passes the schema and the store checks', () => {
    const m = build({ commandLists: manifestCommandLists(TABLES.commands) });
    expect([...checkSchema(m), ...checkCommandLists(m)]).to.deep.equal([]);
    expect((m as any).bots[0].commandLists.length).to.equal(3);
  });
});

describe('manifest checks', () => {
  it('names the field the schema rejects', () => {
    const m = build() as any;
    m.bots[0].colour = 'teal';
    m.name.short = 'x'.repeat(31);
    const problems = checkSchema(m, 'manifest.json').map(formatProblem);
    expect(problems).to.include('manifest.json: bots[0]: must NOT have additional properties (colour)');
    expect(problems.some((p) => p.startsWith('manifest.json: name.short:'))).to.equal(true);
  });

  it('reports a manifestVersion with no bundled schema', () => {
    expect(checkSchema({ ...build(), manifestVersion: '9.99' })[0].field).to.equal('manifestVersion');
  });

  it('refuses more than 10 commands in a scope, long titles and descriptions, duplicates', () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ title: `c${i}`, description: 'd' }));
    const m = build({ commandLists: { personal: many, team: [{ title: 't'.repeat(33), description: 'd'.repeat(129) }], groupChat: [{ title: 'a', description: '' }, { title: 'A', description: '' }] } });
    const fields = checkCommandLists(m).map((p) => `${p.field} ${p.message}`);
    expect(fields.some((f) => f.includes('11 commands in scope personal'))).to.equal(true);
    expect(fields.some((f) => f.startsWith('bots[0].commandLists[1].commands[0].title is 33'))).to.equal(true);
    expect(fields.some((f) => f.startsWith('bots[0].commandLists[1].commands[0].description is 129'))).to.equal(true);
    expect(fields.some((f) => f.includes('listed twice'))).to.equal(true);
  });

  it('requires GUID ids and one id for the bot and the message extension', () => {
    const m = build() as any;
    m.id = 'not-a-guid';
    m.composeExtensions[0].botId = '99999999-2222-3333-4444-555555555555';
    const fields = checkIds(m).map((p) => p.field);
    expect(fields).to.include('id');
    expect(fields).to.include('composeExtensions[0].botId');
  });

  it('in production refuses the placeholder id, localhost and plain http', () => {
    const dev = build({ appId: PLACEHOLDER_APP_ID, publicBaseUrl: 'http://localhost:3978' });
    const fields = checkProduction(dev).map((p) => p.field);
    expect(fields).to.include.members(['id', 'bots[0].botId', 'staticTabs[0].contentUrl', 'validDomains[0]', 'developer.privacyUrl']);
    const http = checkProduction(build({ publicBaseUrl: 'http://guide.example.org' }));
    expect(http.map((p) => p.message)).to.include('must use https in production');
  });
});
