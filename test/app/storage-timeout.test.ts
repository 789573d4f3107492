import { expect } from 'chai';
import { REPLIES } from '../../src/kernel/replies.js';
import { startApp, type Harness } from '../support/app-harness.js';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { message } from '../support/teams.js';

describe('a hung Blob store over HTTP (Azurite paused)', function () {
  this.timeout(60_000);
  let azurite: Azurite | undefined;
  let h: Harness | undefined;
  before(async () => {
    azurite = await startAzurite();
    h = await startApp({
      STORAGE_KIND: 'blob', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: 'app-timeout',
      STORAGE_TIMEOUT_MS: '400', DEFAULT_ORGANISATION: 'southwark',
    });
  });
  afterEach(() => azurite?.resume());
  after(async () => { await h?.close(); await azurite?.stop(); });

  it('ends the turn with the kind reply and logs the error code "timeout", never the text', async () => {
    const channel = { serviceUrl: h!.connector.url, scope: 'channel' as const };
    await h!.send(message('daily on 09:00', channel));
    h!.connector.clear();
    h!.logs.length = 0;

    azurite!.pause();
    const res = await h!.send(message('daily status', channel));
    expect(res.status).to.equal(200);
    expect(h!.connector.messages().map((m) => m.text)).to.deep.equal([REPLIES.error]);
    const failed = h!.logs.map((l) => JSON.parse(l)).find((l) => l.code === 'turn_failed');
    expect(failed, 'a turn_failed line').to.not.equal(undefined);
    expect(failed.cause).to.equal('timeout');
    expect(h!.logs.join('\n')).not.to.contain('daily status');

    const ready = await fetch(`${h!.url}/readyz`);
    expect(ready.status).to.equal(503);

    azurite!.resume();
    h!.connector.clear();
    await h!.send(message('daily status', channel));
    expect(JSON.stringify(h!.connector.messages())).to.match(/prompts are on here/);
  });
});
