/**
 * Answer cards drawn by the Adaptive Cards renderer (the `adaptivecards` package, as hosts such as
 * the Agents Playground use it) in headless Chromium at a phone's 390-pixel width: list items of a
 * quote each start a line of their own, the heading is announced as a heading, and every item of an
 * overview is a button. Skipped without /usr/bin/chromium (REQUIRE_BROWSER=1 makes that a failure).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { answerCard } from '../../src/cards/answer.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { makeDeps } from '../support/fake-deps.js';

const CHROMIUM = '/usr/bin/chromium';
const RENDERER = fs.readFileSync(path.resolve('node_modules/adaptivecards/dist/adaptivecards.min.js'), 'utf8');
/** The renderer's own stylesheet: it is what cuts a button title that does not fit (with an ellipsis). */
const RENDERER_CSS = fs.readFileSync(path.resolve('node_modules/adaptivecards/dist/adaptivecards.css'), 'utf8');

describe('answer cards in a real renderer at 390 px', function () {
  this.timeout(30_000);
  const kb = loadKnowledge(path.resolve('knowledge'));
  const deps = makeDeps({ kb });
  let context: BrowserContext;
  let page: Page;
  let profile: string;

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) {
      if (process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM} is missing`);
      this.skip();
    }
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-cards-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    page = context.pages()[0] ?? await context.newPage();
    await page.setViewportSize({ width: 390, height: 800 });
    await page.setContent('<!doctype html><html lang="en-GB"><body style="margin:0;width:390px"><div id="host"></div></body></html>');
    await page.addScriptTag({ content: RENDERER });
    await page.addStyleTag({ content: RENDERER_CSS });
  });

  after(async () => {
    await context?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  /** Renders a card; returns the quote's lines (text and top), the headings and the button titles. */
  async function draw(card: Record<string, unknown>) {
    return page.evaluate((json) => {
      const AC = (window as any).AdaptiveCards;
      const c = new AC.AdaptiveCard();
      // Teams' host config (as the Agents Playground ships it) shows up to 6 actions per set.
      c.hostConfig = new AC.HostConfig({ actions: { maxActions: 6, actionsOrientation: 'Horizontal' } });
      c.parse(json);
      const host = document.getElementById('host')!;
      host.textContent = '';
      host.appendChild(c.render());
      const quote = c.getElementById('answer-quote')?.renderedElement as HTMLElement | undefined;
      return {
        lines: [...(quote?.querySelectorAll('.ac-textBlock') ?? [])].map((el) => ({ text: el.textContent ?? '', top: el.getBoundingClientRect().top })),
        headings: [...host.querySelectorAll('[role="heading"]')].map((el) => el.textContent ?? ''),
        buttons: [...host.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') || b.textContent || ''),
        // A button whose title the renderer had to cut (CSS ellipsis): its text is wider than its box.
        cut: [...host.querySelectorAll('button')].filter((b) => [b, ...b.querySelectorAll('*')].some((el) => el.scrollWidth > el.clientWidth + 1))
          .map((b) => b.getAttribute('aria-label') || b.textContent || ''),
        width: host.scrollWidth,
      };
    }, card);
  }

  it('shows each item of a listed quote on a line of its own', async () => {
    const drawn = await draw(answerCard(deps, kb.entryById.get('bf-secure-base-model')!));
    const items = drawn.lines.filter((l) => l.text.startsWith('•'));
    expect(items.map((l) => l.text)).to.deep.equal([
      '• availability - people are there for me', '• sensitivity - my feelings are manageable', "• acceptance - I don't always have to be strong",
      '• co-operation - I can work with others to find a solution', '• team membership - I am valued and I belong',
    ]);
    for (let i = 1; i < items.length; i++) expect(items[i].top, items[i].text).to.be.greaterThan(items[i - 1].top);
    expect(drawn.headings[0]).to.equal(kb.entryById.get('bf-secure-base-model')!.title);
  });

  it('cuts no button title at 390 px, on any answer, principles, daily or message extension card', async () => {
    const { principlesCard } = await import('../../src/cards/principles.js');
    const { promptMessage } = await import('../../src/prompts/card.js');
    const { answerAttachment } = await import('../../src/extension/query.js');
    const cards: [string, Record<string, unknown>][] = [
      ...kb.entries.map((e): [string, Record<string, unknown>] => [`answer ${e.id}`, answerCard(deps, e)]),
      ...kb.entries.filter((e) => e.reflection).map((e): [string, Record<string, unknown>] => [`daily ${e.id}`, promptMessage(deps, e).card!]),
      ...kb.sources.map((s): [string, Record<string, unknown>] => [`extension ${s.id}`, answerAttachment(deps, kb.entries.find((e) => e.source === s.id)!).content as Record<string, unknown>]),
      ['principles', principlesCard(deps)],
    ];
    const cut: string[] = [];
    for (const [name, card] of cards) {
      const drawn = await draw(card);
      cut.push(...drawn.cut.map((t) => `${name}: "${t}"`));
      expect(drawn.width, name).to.be.at.most(390);
    }
    expect(cut).to.deep.equal([]);
  });

  it('offers every principle of an overview as its own button, and fits the width', async () => {
    const drawn = await draw(answerCard(deps, kb.entryById.get('southwark-principles-overview')!));
    const numbered = drawn.buttons.filter((b) => /^\d+\. /.test(b));
    expect(numbered).to.have.length(8);
    expect(numbered[7]).to.equal('8. Reflective');
    expect(drawn.width).to.be.at.most(390);
  });
});
