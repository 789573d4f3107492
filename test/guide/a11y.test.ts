import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { renderGuideIndex, renderGuidePage } from '../../src/guide/render.js';

/** Debian's chromium (see TOOLCHAIN.md); the test is skipped where it is not installed. */
const CHROMIUM = '/usr/bin/chromium';
const AXE_RULES = ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'];
const kb = loadKnowledge(fileURLToPath(new URL('../../knowledge', import.meta.url)));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('guide pages in a real browser (axe-core)', function () {
  let ctx: BrowserContext;
  let profile: string;

  before(async function () {
    if (!existsSync(CHROMIUM)) this.skip();
    profile = mkdtempSync(join(tmpdir(), 'guide-a11y-'));
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  after(async () => {
    await ctx?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const pages: [string, string][] = [['index', renderGuideIndex(kb, { baseUrl: '' })],
    ...kb.sources.map((s): [string, string] => [s.id, renderGuidePage(kb, s.id, { baseUrl: '' })!])];

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${scheme} scheme`, async () => {
      const found: string[] = [];
      for (const [id, html] of pages) {
        const page = await ctx.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.setContent(html);
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async (tags) => {
          const result = await (window as unknown as { axe: { run(d: Document, o: object): Promise<{ violations: { id: string }[] }> } })
            .axe.run(document, { runOnly: tags });
          return result.violations.map((v) => v.id);
        }, AXE_RULES);
        found.push(...violations.map((v) => `${id}: ${v}`));
        await page.close();
      }
      expect(found).to.deep.equal([]);
    });
  }

  it('moves focus to the text with the skip link, with a visible outline', async () => {
    const page = await ctx.newPage();
    await page.setContent(pages[1][1]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).to.equal('skip-link');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    const border = await page.evaluate(() => getComputedStyle(document.activeElement!).borderTopStyle);
    expect([outline, border]).to.include('solid');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('main');
    await page.close();
  });
});
