import { expect } from 'chai';
import { runScript } from './run-script.js';

/** Runs `npm run package` (the script itself) with only the given environment. */
const runPackage = (env: Record<string, string>, args: string[] = []) => runScript('package.ts', env, args);

describe('npm run package (the script)', function () {
  this.timeout(60_000);

  it('--production needs only the app id and the public URL, not MICROSOFT_APP_PASSWORD, and says what it validated', async () => {
    const { code, out } = await runPackage({ MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555', PUBLIC_BASE_URL: 'https://guide.example.org' }, ['--production']);
    expect(code, out).to.equal(0);
    expect(out).to.contain('wrote build/appPackage.zip').and.not.to.contain('MICROSOFT_APP_PASSWORD');
    expect(out).to.match(/Validated offline, all passed:/)
      .and.match(/bundled Teams schema v\d+\.\d+/)
      .and.match(/GUIDs/)
      .and.match(/command lists/)
      .and.match(/production: no placeholder id, no localhost, every URL https/)
      .and.match(/192×192/)
      .and.match(/32×32 pixels, white on transparent/);
  });

  it('--production still refuses a package with no app id, naming the field', async () => {
    const { code, out } = await runPackage({ PUBLIC_BASE_URL: 'https://guide.example.org' }, ['--production']);
    expect(code).to.equal(1);
    expect(out).to.contain('id').and.to.contain('MICROSOFT_APP_ID');
  });
});
