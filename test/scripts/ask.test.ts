import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const ask = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/scripts/ask.ts', ...args], { cwd: REPO, encoding: 'utf8' });

describe('npm run ask', function () {
  this.timeout(60_000);

  it('takes an organisation by name in any case, and --json says which organisation answered', () => {
    const r = ask('what is ASPIRE', '--org', 'BRACKNELL forest council', '--json');
    expect(r.status, r.stderr).to.equal(0);
    const out = JSON.parse(r.stdout) as { organisation: string; hits: { source: string }[] };
    expect(out.organisation).to.equal('bracknell-forest');
  });

  it('refuses an unknown organisation with the list of known ones', () => {
    const r = ask('what is ASPIRE', '--org', 'atlantis');
    expect(r.status).to.not.equal(0);
    expect(r.stderr).to.contain('bracknell-forest').and.to.contain('Unknown organisation "atlantis"');
  });

  it('gives our anchors to the local guide only, never to a public address', () => {
    const r = ask('what are the practice principles in southwark', '--json');
    const out = JSON.parse(r.stdout) as { hits: { source: string }[] };
    const source = out.hits[0].source;
    expect(source).to.match(/guide: \/guide\/[a-z-]+#[a-z-]+/);
    expect(source).to.match(/public: https:\/\/\S+$/);
    expect(/public: https:\/\/\S+#[a-z-]+$/.test(source) && !source.includes('#:~:')).to.equal(false);
  });
});
