/**
 * Browser tests of the Practice guide tab in Debian's headless Chromium (playwright-core): search,
 * browse, open a source, the three themes, keyboard use, hosting in an iframe, and axe-core.
 * Without /usr/bin/chromium they are skipped (REQUIRE_BROWSER=1 makes that a failure).
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { chromium, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import { startTabServer, type TabServer } from './server.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { teamsHostPage } from './teams-host.js';

const CHROMIUM = '/usr/bin/chromium';
const AXE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const THEMES = ['default', 'dark', 'contrast'] as const;
const TEAMS_HOST = 'https://teams.microsoft.com/**';
/** The brief's flags, plus one: Chrome's Local Network Access checks stop a public origin (the routed
 *  teams.microsoft.com page) framing 127.0.0.1, which only happens because the tests serve the tab locally. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-features=LocalNetworkAccessChecks'];

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('html[data-ready="true"]');
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE); // evaluate runs outside the page's CSP, unlike an injected <script>
  const result = await page.evaluate(async () => (window as any).axe.run(document, { resultTypes: ['violations'] }));
  return (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('Practice guide tab in Chromium', function () {
  let srv: TabServer;
  let context: BrowserContext;
  let page: Page;
  let profile: string;

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) {
      if (process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM} is missing: apt-get install -y chromium`);
      console.log('chromium not installed: browser tests skipped');
      this.skip();
    }
    srv = await startTabServer();
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
    });
    page = context.pages()[0] ?? await context.newPage();
  });

  after(async () => {
    await context?.close();
    await srv?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  it('answers as you type, with the quote, its source and a result count in a live region', async () => {
    await page.goto(`${srv.url}/tab/`);
    await ready(page);
    await page.fill('#q', 'strengths');
    await page.waitForSelector('#results article');
    expect(await page.textContent('#search-status')).to.equal('1 answer found.');
    expect(await page.getAttribute('#search-status', 'role')).to.equal('status');
    const article = page.locator('#results article').first();
    expect(await article.locator('h3').textContent()).to.equal('Strengths Based');
    expect(await article.locator('blockquote').textContent()).to.include('Considering first what people can do');
    expect(await article.locator('a').first().getAttribute('href')).to.equal('/guide/southwark-practice-principles#our-practice-principles');
    await page.fill('#q', 'parking permits');
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('No guidance matches'));
    expect(await page.locator('#results article').count()).to.equal(0);
  });

  it('browses by organisation and kind', async () => {
    await page.goto(`${srv.url}/tab/`);
    await ready(page);
    expect(await page.locator('#browse-results article').count()).to.equal(6);
    await page.selectOption('#organisation', 'southwark');
    await page.waitForFunction(() => document.querySelector('#browse-status')?.textContent === 'Showing 3 entries.');
    await page.selectOption('#organisation', '');
    await page.selectOption('#kind', 'vision');
    await page.waitForFunction(() => document.querySelector('#browse-status')?.textContent === 'Showing 1 entry.');
    expect(await page.locator('#browse-results h3').allTextContents()).to.deep.equal(["Kent's vision for children's services"]);
  });

  it('opens a source document in full', async () => {
    await page.goto(`${srv.url}/tab/`);
    await ready(page);
    await page.selectOption('#organisation', 'kent');
    await page.waitForFunction(() => document.querySelector('#browse-status')?.textContent === 'Showing 1 entry.');
    await page.click('#browse-results a:has-text("Read the source")');
    await page.waitForURL(/\/guide\/kent-vision/);
    expect(await page.textContent('body')).to.include('every child and young person in Kent should achieve their full potential');
  });

  it('shows an entry shared from a message extension card (?entry=)', async () => {
    await page.goto(`${srv.url}/tab/?entry=surrey-consent-children`);
    await ready(page);
    expect(await page.isVisible('#entry-section')).to.equal(true);
    expect(await page.textContent('#entry h3')).to.equal('Children giving consent themselves');
    expect(await page.textContent('#entry')).to.include('Third-party copy');
  });

  it('links the app icon as its favicon, and the server serves it', async () => {
    await page.goto(`${srv.url}/tab/`);
    const href = await page.evaluate(() => (document.querySelector('link[rel="icon"]') as HTMLLinkElement | null)?.href);
    expect(href).to.equal(`${srv.url}/tab/assets/app.png`);
    const res = await fetch(href!);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.equal('image/png');
  });

  it('fits a 390-pixel phone screen: the organisation picker and every control stay on screen, nothing scrolls sideways', async () => {
    const real = await startTabServer({ kb: loadKnowledge(path.resolve('knowledge')) });
    const narrow = await context.newPage();
    try {
      await narrow.setViewportSize({ width: 390, height: 844 });
      await narrow.goto(`${real.url}/tab/`);
      await ready(narrow);
      const longest = await narrow.evaluate(() => [...document.querySelectorAll('#organisation option')].map((o) => o.textContent ?? '').sort((a, b) => b.length - a.length)[0]);
      expect(longest).to.match(/Surrey Safeguarding Children Board/);
      for (const value of ['surrey', 'bracknell-forest', '']) {
        await narrow.selectOption('#organisation', value);
        const layout = await narrow.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          mainRight: document.querySelector('main')!.getBoundingClientRect().right,
          controls: [...document.querySelectorAll('select, input, button, .entry')].map((el) => {
            const r = el.getBoundingClientRect();
            return { id: el.id || el.className, left: r.left, right: r.right, height: r.height };
          }),
        }));
        expect(layout.scrollWidth, `page width with ${value || 'all'} chosen`).to.be.at.most(390);
        for (const c of layout.controls) {
          expect(c.left, c.id).to.be.at.least(0);
          expect(c.right, `${c.id} stays inside the page margin`).to.be.at.most(layout.mainRight + 0.5);
        }
        for (const c of layout.controls.filter((x) => x.id === 'organisation' || x.id === 'kind')) expect(c.height, `${c.id} is easy to tap`).to.be.at.least(24);
      }
      const select = await narrow.evaluate(() => {
        const el = document.querySelector('#organisation') as HTMLSelectElement;
        return { width: el.getBoundingClientRect().width, labelAbove: (el.labels?.[0]?.getBoundingClientRect().bottom ?? 0) <= el.getBoundingClientRect().top + 1 };
      });
      expect(select.width, 'the picker uses the width of the screen').to.be.greaterThan(300);
      expect(select.labelAbove).to.equal(true);
    } finally {
      await narrow.close();
      await real.close();
    }
  });

  for (const theme of THEMES) {
    it(`uses the ${theme} theme with no serious or critical axe violations`, async () => {
      await page.goto(`${srv.url}/tab/?theme=${theme}`);
      await ready(page);
      await page.fill('#q', 'consent');
      await page.waitForSelector('#results article');
      expect(await page.getAttribute('html', 'data-theme')).to.equal(theme);
      const colours = await page.evaluate(() => ({ bg: getComputedStyle(document.body).backgroundColor, fg: getComputedStyle(document.body).color }));
      const expected = { default: 'rgb(255, 255, 255)', dark: 'rgb(31, 31, 31)', contrast: 'rgb(0, 0, 0)' }[theme];
      expect(colours.bg).to.equal(expected);
      expect(await axeViolations(page)).to.deep.equal([]);
    });
  }

  it('follows a theme change and falls back to default for an unknown theme', async () => {
    await page.goto(`${srv.url}/tab/?theme=sepia`);
    await ready(page);
    expect(await page.getAttribute('html', 'data-theme')).to.equal('default');
    expect(await page.getAttribute('html', 'data-host')).to.equal('browser');
    await page.evaluate(() => (window as any).practiceGuideTab.applyTheme('dark'));
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).to.equal('rgb(31, 31, 31)');
  });

  it('works by keyboard alone with a visible focus indicator', async () => {
    await page.goto(`${srv.url}/tab/`);
    await ready(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).to.equal('Skip to the guidance');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).to.equal('solid');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('q');
    await page.keyboard.type('reflection');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#results article');
    await page.keyboard.press('Tab'); // the Search button
    await page.keyboard.press('Tab'); // first link in the first result
    const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName, inResults: !!document.activeElement?.closest('#results'), outline: getComputedStyle(document.activeElement!).outlineStyle }));
    expect(focused).to.deep.equal({ tag: 'A', inResults: true, outline: 'solid' });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/guide\/southwark-practice-principles/);
  });

  it('has landmarks, labelled controls and headings in order', async () => {
    await page.goto(`${srv.url}/tab/?entry=kent-vision`);
    await ready(page);
    const structure = await page.evaluate(() => ({
      landmarks: ['header', 'main', 'footer', 'nav', 'form[role="search"]'].map((s) => !!document.querySelector(s)),
      levels: [...document.querySelectorAll('h1, h2, h3, h4')].filter((h) => !(h as HTMLElement).closest('[hidden]')).map((h) => Number(h.tagName[1])),
      unlabelled: [...document.querySelectorAll('input, select')].filter((c) => !(c as HTMLInputElement).labels?.length).length,
    }));
    expect(structure.landmarks).to.deep.equal([true, true, true, true, true]);
    expect(structure.unlabelled).to.equal(0);
    expect(structure.levels[0]).to.equal(1);
    structure.levels.forEach((l, i) => { if (i > 0) expect(l - structure.levels[i - 1]).to.be.at.most(1); });
  });

  describe('hosted in an iframe', () => {
    let host: http.Server;
    let hostPort = 0;

    before(async () => {
      host = http.createServer((_req, res) => { res.writeHead(200, { 'Content-Type': 'text/html' }); res.end(teamsHostPage(`${srv.url}/tab/`, null)); });
      hostPort = await new Promise((resolve) => host.listen(0, '127.0.0.1', () => resolve((host.address() as { port: number }).port)));
    });
    after(() => new Promise<void>((resolve) => { host.closeAllConnections(); host.close(() => resolve()); }));

    /** Serves the stand-in Teams client at https://teams.microsoft.com (routed locally, no network). */
    async function openInTeams(theme: string | null): Promise<FrameLocator> {
      await context.route(TEAMS_HOST, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: teamsHostPage(`${srv.url}/tab/`, theme) }));
      await page.goto('https://teams.microsoft.com/v2/apps/practice-guide');
      const frame = page.frameLocator('#app');
      await frame.locator('html[data-ready="true"]').waitFor();
      return frame;
    }
    afterEach(async () => { await context.unroute(TEAMS_HOST); });

    it('inside Teams reads the Teams theme and follows theme changes', async () => {
      const frame = await openInTeams('dark');
      expect(await frame.locator('html').getAttribute('data-host')).to.equal('teams');
      expect(await frame.locator('html').getAttribute('data-theme')).to.equal('dark');
      expect(await page.evaluate(() => (window as any).received)).to.include.members(['initialize', 'getContext', 'registerHandler']);
      await page.evaluate(() => (window as any).sendTheme('contrast'));
      await frame.locator('html[data-theme="contrast"]').waitFor();
      await page.evaluate(() => (window as any).sendTheme('default'));
      await frame.locator('html[data-theme="default"]').waitFor();
      await frame.locator('#q').fill('consent');
      await frame.locator('#results article').first().waitFor();
      expect(await frame.locator('#search-status').textContent()).to.equal('2 answers found.');
    });

    it('inside a host that does not answer TeamsJS, falls back to the default theme', async () => {
      const frame = await openInTeams(null);
      expect(await frame.locator('html').getAttribute('data-theme')).to.equal('default');
      expect(await frame.locator('html').getAttribute('data-host')).to.equal('browser');
    });

    it('refuses to be framed by another loopback origin (frame-ancestors)', async () => {
      const messages: string[] = [];
      const listen = (m: { text(): string }) => messages.push(m.text());
      page.on('console', listen);
      await page.goto(`http://localhost:${hostPort}/`);
      await page.waitForLoadState('load');
      page.off('console', listen);
      expect(messages.some((m) => m.includes('frame-ancestors'))).to.equal(true);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      expect(frame).to.not.equal(undefined);
      expect(await frame!.locator('#q').count()).to.equal(0);
    });
  });
});
