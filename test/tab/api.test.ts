import { expect } from 'chai';
import { TAB_CSP } from '../../src/http/tab-routes.js';
import { startTabServer, type TabServer } from './server.js';

describe('tab routes and JSON API', () => {
  let srv: TabServer;
  before(async () => { srv = await startTabServer(); });
  after(async () => { await srv.close(); });

  const get = (path: string) => fetch(`${srv.url}${path}`, { redirect: 'manual' });

  it('serves the tab with a CSP framed only by itself and the Teams / Microsoft 365 hosts', async () => {
    const res = await get('/tab/');
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/^text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).to.equal(TAB_CSP);
    const ancestors = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('frame-ancestors'))!;
    for (const host of ["'self'", 'https://teams.microsoft.com', 'https://*.teams.microsoft.com', 'https://*.cloud.microsoft', 'https://*.office.com', 'https://*.microsoft365.com', 'https://outlook.office.com']) {
      expect(ancestors.split(' ')).to.include(host);
    }
    expect(ancestors).not.to.include('*.com ');
    expect(res.headers.get('x-frame-options')).to.equal(null);
    expect(await res.text()).to.include('<h1>Practice guide</h1>');
  });

  it('serves the script, styles, teams-js, thumbnails, privacy and terms; redirects /tab', async () => {
    expect((await get('/tab')).headers.get('location')).to.equal('/tab/');
    for (const [path, type] of [['/tab/tab.js', 'text/javascript'], ['/tab/tab.css', 'text/css'], ['/tab/teams-js.js', 'text/javascript'], ['/tab/assets/org-southwark.png', 'image/png'], ['/privacy', 'text/html'], ['/terms', 'text/html']]) {
      const res = await get(path);
      expect(res.status, path).to.equal(200);
      expect(res.headers.get('content-type'), path).to.include(type);
    }
    expect((await get('/tab/teams-js.js').then((r) => r.text()))).to.include('microsoftTeams');
    expect((await get('/tab/assets/..%2Fpackage.json')).status).to.equal(404);
    expect((await get('/tab/server.ts')).status).to.equal(404);
  });

  it('GET /api/search returns hits with their quote and source links', async () => {
    const body = await (await get('/api/search?q=strengths')).json();
    expect(body.outcome).to.equal('answer');
    expect(body.hits).to.have.length(1);
    const hit = body.hits[0];
    expect(hit).to.include({ id: 'southwark-principle-strengths-based', title: 'Strengths Based', organisation: 'southwark', kind: 'principle' });
    expect(hit.quote).to.match(/^Considering first/);
    expect(hit.source).to.include({ guideUrl: '/guide/southwark-practice-principles#our-practice-principles' });
    expect(hit.source.title).to.be.a('string');
    expect(hit.source.label).to.match(/^Public page/);
    expect(hit.source.publicUrl).to.match(/^https:/);
  });

  it('GET /api/search: empty is empty, no match is empty, over 200 characters is a 400 in JSON', async () => {
    expect(await (await get('/api/search?q=')).json()).to.deep.equal({ outcome: 'empty', hits: [] });
    expect((await (await get('/api/search?q=parking%20permits')).json()).hits).to.deep.equal([]);
    const long = await get(`/api/search?q=${'a'.repeat(201)}`);
    expect(long.status).to.equal(400);
    expect((await long.json()).code).to.equal('query_too_long');
  });

  it('never logs the search text', async () => {
    await get('/api/search?q=relationships%20with%20the%20smith%20family');
    const logged = JSON.stringify(srv.logs);
    expect(logged).not.to.include('smith');
    expect(srv.logs.some((l) => l.event === 'tab.search')).to.equal(true);
  });

  it('searches only the redacted text and adds the personal-data reminder', async () => {
    const body = await (await get('/api/search?q=strengths%20with%20Jayden%20Smith')).json();
    expect(body.notice).to.be.a('string');
    expect(JSON.stringify(body)).not.to.include('Jayden');
    expect(JSON.stringify(srv.logs)).not.to.include('Jayden');
  });

  it('GET /api/entries/:id returns one entry, or 404 JSON', async () => {
    const ok = await get('/api/entries/kent-vision');
    expect(ok.status).to.equal(200);
    expect((await ok.json()).organisationName).to.equal('Kent County Council');
    for (const id of ['nope', 'Bad%20Id', 'x'.repeat(200)]) {
      const missing = await get(`/api/entries/${id}`);
      expect(missing.status).to.equal(404);
      expect(missing.headers.get('content-type')).to.match(/^application\/json/);
      expect((await missing.json()).code).to.be.oneOf(['entry_not_found', 'ResourceNotFound']); // restify refuses over-long ids itself
    }
  });

  it('GET /api/entries browses by organisation and kind', async () => {
    const all = await (await get('/api/entries')).json();
    expect(all.organisations.map((o: { id: string }) => o.id)).to.deep.equal(['southwark', 'surrey', 'kent']);
    expect(all.kinds.map((k: { id: string }) => k.id)).to.include('principle');
    const southwark = await (await get('/api/entries?organisation=southwark&kind=principle')).json();
    expect(southwark.entries.map((e: { title: string }) => e.title)).to.deep.equal(['Strengths Based', 'Relationship Based', 'Reflective']);
    expect((await get('/api/entries?organisation=nowhere')).status).to.equal(400);
    expect((await get('/api/entries?kind=nonsense')).status).to.equal(400);
  });
});
