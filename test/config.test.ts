import { expect } from 'chai';
import fs from 'node:fs';
import { loadConfig, ConfigError, VARIABLES } from '../src/config.js';

describe('config', () => {
  it('runs on embedded defaults with no environment: port 3978, file store under ./data, auth off', () => {
    const c = loadConfig({}, '/srv/bot');
    expect(c.port).to.equal(3978);
    expect(c.storageKind).to.equal('file');
    expect(c.dataDir).to.equal('/srv/bot/data');
    expect(c.knowledgeDir).to.equal('/srv/bot/knowledge');
    expect(c.authEnabled).to.equal(false);
    expect(Object.isFrozen(c)).to.equal(true);
  });

  it('respects PORT', () => {
    expect(loadConfig({ PORT: '4100' }).port).to.equal(4100);
  });

  it('listens on loopback while auth is off, on all interfaces once it is on, and on HOST when set', () => {
    const auth = { MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555', MICROSOFT_APP_PASSWORD: 's' };
    expect(loadConfig({}).host).to.equal('127.0.0.1');
    expect(loadConfig(auth).host).to.equal('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).to.equal('0.0.0.0');
    expect(loadConfig({ ...auth, HOST: '127.0.0.1' }).host).to.equal('127.0.0.1');
  });

  it('an app id needs its secret, except for callers that need no secret (npm run package)', () => {
    const env = { MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555', PUBLIC_BASE_URL: 'https://guide.example.org' };
    expect(() => loadConfig(env)).to.throw(ConfigError, /MICROSOFT_APP_PASSWORD/);
    const c = loadConfig(env, '/srv/bot', { requireSecret: false });
    expect(c.appId).to.equal(env.MICROSOFT_APP_ID);
    expect(c.publicBaseUrl).to.equal('https://guide.example.org');
  });

  it('reads STORAGE_TIMEOUT_MS (default 5000) and refuses nonsense', () => {
    expect(loadConfig({}).storageTimeoutMs).to.equal(5000);
    expect(loadConfig({ STORAGE_TIMEOUT_MS: '250' }).storageTimeoutMs).to.equal(250);
    expect(() => loadConfig({ STORAGE_TIMEOUT_MS: 'soon' })).to.throw(ConfigError, /STORAGE_TIMEOUT_MS/);
  });

  const bad: [Record<string, string>, string][] = [
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ STORAGE_KIND: 'postgres' }, 'STORAGE_KIND'],
    [{ STORAGE_KIND: 'blob' }, 'AZURE_STORAGE_CONNECTION_STRING'],
    [{ MICROSOFT_APP_ID: 'my-bot' }, 'MICROSOFT_APP_ID'],
    [{ MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555' }, 'MICROSOFT_APP_PASSWORD'],
    [{ MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555', MICROSOFT_APP_PASSWORD: 's', MICROSOFT_APP_TYPE: 'SingleTenant' }, 'MICROSOFT_APP_TENANT_ID'],
    [{ MICROSOFT_APP_TYPE: 'Everyone' }, 'MICROSOFT_APP_TYPE'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ PUBLIC_BASE_URL: 'ftp://x' }, 'PUBLIC_BASE_URL'],
    [{ FRONT_DOOR_CONTACTS: '{"kent":{"name":"MASH"}}' }, 'FRONT_DOOR_CONTACTS'],
    [{ ASK_WHO: 'not json' }, 'ASK_WHO'],
    [{ TEAM_SETTINGS_RULE: 'admins' }, 'TEAM_SETTINGS_RULE'],
    [{ SCHEDULER_ENABLED: 'maybe' }, 'SCHEDULER_ENABLED'],
  ];
  for (const [env, name] of bad) {
    it(`stops start-up on a bad ${name}, naming it and what it expects`, () => {
      try {
        loadConfig(env);
        expect.fail('should have thrown');
      } catch (err) {
        expect(err).to.be.instanceOf(ConfigError);
        expect((err as ConfigError).variable).to.equal(name);
        expect((err as Error).message).to.match(new RegExp(`^${name}: expected `));
      }
    });
  }

  it('never echoes a secret in a JSON error', () => {
    try { loadConfig({ ASK_WHO: '{"secret-value' }); } catch (err) { expect((err as Error).message).not.to.contain('secret-value'); }
  });

  it('env.sample lists exactly the variables the bot reads', () => {
    const sample = fs.readFileSync(new URL('../env.sample', import.meta.url), 'utf8');
    const names = [...sample.matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]).sort();
    expect(names).to.deep.equal([...VARIABLES].sort());
  });
});
