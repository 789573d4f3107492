import { expect } from 'chai';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDocument } from '../../src/knowledge/import/import.js';
import { startApp, type Harness } from '../support/app-harness.js';
import { invoke, message, submit } from '../support/teams.js';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../examples/northwood-practice-principles.md', import.meta.url));

/** A copy of the real knowledge base with the sample document imported for a new organisation, Northwood. */
async function withNorthwood(): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), 'northwood-')), 'knowledge');
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  await importDocument({ file: EXAMPLE, knowledgeDir: dir, organisation: 'northwood', organisationName: 'Northwood Council' });
  return dir;
}

const json = (v: unknown): string => JSON.stringify(v);

describe('a new organisation and document appear everywhere with no code change', function () {
  this.timeout(60_000);
  let h: Harness;
  before(async () => { h = await startApp({ KNOWLEDGE_DIR: await withNorthwood(), DEFAULT_ORGANISATION: '' }); });
  after(async () => h?.close());
  beforeEach(() => h.connector.clear());

  const say = async (text: string, scope: 'personal' | 'channel' = 'personal') => {
    const res = await h.send(message(text, { serviceUrl: h.connector.url, scope }));
    expect(res.status).to.equal(200);
    return json(h.connector.calls.map((c) => c.body));
  };

  it('in the organisation chooser, and in principles <organisation>', async () => {
    expect(await say('what are our practice principles?')).to.contain('Northwood');
    h.connector.clear();
    const principles = await say('principles northwood');
    expect(principles).to.contain('Listen first').and.contain('Keep learning');
  });

  it('answers from its drafts like any other guidance', async () => {
    const out = await say('how often do northwood social workers get reflective supervision?');
    expect(out).to.contain('at least once a month');
  });

  it('on the guide pages and in the tab', async () => {
    const guide = await fetch(`${h.url}/guide/northwood-practice-principles`);
    expect(guide.status).to.equal(200);
    expect(await guide.text()).to.contain('Listen first');
    expect(await (await fetch(`${h.url}/guide`)).text()).to.contain('Northwood Council').and.contain('our practice principles');
    const tab = await (await fetch(`${h.url}/api/entries?organisation=northwood`)).json() as { organisations: { id: string }[]; entries: unknown[] };
    expect(tab.organisations.map((o) => o.id)).to.include('northwood');
    expect(tab.entries.length).to.be.greaterThan(5);
  });

  it('in the message extension', async () => {
    const res = await h.send(invoke('composeExtension/query', { commandId: 'findGuidance', parameters: [{ name: 'query', value: 'northwood listen first' }] }, { serviceUrl: h.connector.url, scope: 'channel' }));
    expect(json(res.body)).to.contain('we hear what children tell us');
  });

  it('in daily prompts', async () => {
    const on = await say('daily on 09:00 weekdays northwood', 'channel');
    expect(on).to.contain('Northwood');
    h.connector.clear();
    const now = await say('daily now northwood', 'channel');
    // The post quotes one of Northwood's passages.
    const lines = readFileSync(EXAMPLE, 'utf8').split('\n').map((l) => l.replace(/^[-#\s]+/, '').trim()).filter((l) => l.length > 30);
    expect(lines.some((l) => now.includes(l)), 'a Northwood passage is posted').to.equal(true);
  });

  it('induction says plainly that the organisation has no journey yet', async () => {
    const chooser = await say('what are our practice principles?');
    const choice = JSON.parse(chooser).flatMap((b: { attachments?: { content: unknown }[] }) => b.attachments ?? [])
      .map((a: { content: unknown }) => json(a.content)).join('');
    const data = [...choice.matchAll(/"data":(\{[^}]*northwood[^}]*\})/g)].map((m) => JSON.parse(m[1]))[0];
    expect(data, 'a Northwood button').to.not.equal(undefined);
    await h.send(submit(data, { serviceUrl: h.connector.url }));
    h.connector.clear();
    const induction = await say('induction');
    expect(induction).to.contain('Northwood Council has no induction journey in the Practice Guide yet');
  });
});
