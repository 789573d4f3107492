import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { KnowledgeBase, SourceDocument } from '../../src/knowledge/types.js';
import { FAVICON_PATH, guideUrl, renderGuideIndex, renderGuidePage } from '../../src/guide/render.js';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));
const kb = loadKnowledge(KNOWLEDGE_DIR);
const OPTIONS = { baseUrl: 'https://bot.example.org/' };

/** Reader-visible text of some HTML: tags dropped, entities decoded (enough for our own simple markup). */
function textOf(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** The HTML of the element with this id (our pages never nest an element inside one of the same tag). */
function elementById(html: string, id: string): { tag: string; attrs: string; inner: string } | undefined {
  const m = new RegExp(`<(\\w+)([^>]*\\sid="${id}"[^>]*)>`).exec(html);
  if (!m) return undefined;
  const start = m.index + m[0].length;
  const end = html.indexOf(`</${m[1]}>`, start);
  return { tag: m[1], attrs: m[2], inner: html.slice(start, end) };
}

/** Non-empty lines of a copy, as a reader sees them (bullets and trailing spaces removed). */
function visibleLines(text: string): string[] {
  return text.split('\n').map((l) => l.replace(/\s+$/u, '').replace(/^\s*(?:•|-)\s+/u, '').trim()).filter(Boolean);
}

/** A one-source knowledge base whose text tries to inject markup. */
function hostileKb(): KnowledgeBase {
  const source: SourceDocument = {
    id: 'hostile', organisation: 'demo', seedFile: 'x.txt', localCopy: 'sources/x.txt',
    title: 'Title <b>bold</b>', publisher: 'Demo & Co', date: '2024', dateLabel: '2024 "quoted"',
    urlStatus: 'third-party', url: 'https://example.org/?a=1&b="2"', urlNote: 'third-party copy',
    sections: [{ anchor: 'first', heading: 'First <i>', startLine: 'First <i>' }],
    text: 'Intro line\nFirst <i>\n<script>alert(1)</script> & friends\n  • <img src=x onerror=alert(1)>',
  };
  return {
    organisations: [{ id: 'demo', name: 'Demo', shortName: 'Demo', aliases: ['demo'], askWho: 'your manager' }],
    sources: [source], entries: [], entryById: new Map(), sourceById: new Map([[source.id, source]]),
    organisationById: new Map([['demo', { id: 'demo', name: 'Demo', shortName: 'Demo', aliases: ['demo'], askWho: 'your manager' }]]),
  };
}

describe('guide/render', () => {
  for (const source of kb.sources) {
    describe(source.id, () => {
      const html = renderGuidePage(kb, source.id, OPTIONS)!;

      it('is a complete en-GB page with a title, a skip link and a main landmark', () => {
        expect(html.startsWith('<!DOCTYPE html>')).to.equal(true);
        expect(html).to.include('<html lang="en-GB">');
        expect(textOf(/<title>(.*)<\/title>/.exec(html)![1])).to.include(source.title);
        expect(html).to.match(/<body>\s*<a class="skip-link" href="#main">/);
        expect(html).to.include('<main id="main" tabindex="-1">');
        expect(html.match(/<h1>/g)).to.have.length(1);
      });

      it('has every section anchor as a labelled section with an h2, listed in the nav', () => {
        for (const s of source.sections) {
          const el = elementById(html, s.anchor);
          expect(el?.tag, s.anchor).to.equal('section');
          const labelId = /aria-labelledby="([^"]+)"/.exec(el!.attrs)![1];
          const label = elementById(html, labelId);
          expect(label?.tag, s.anchor).to.equal('h2');
          expect(textOf(label!.inner)).to.equal(s.heading);
          expect(html, s.anchor).to.include(`<li><a href="#${s.anchor}">`);
        }
      });

      it('shows all the text of the local copy, word for word', () => {
        const text = textOf(html.slice(html.indexOf('<main')));
        for (const line of visibleLines(source.text)) expect(text.includes(line), line).to.equal(true);
      });

      it('keeps bullet lines as list items', () => {
        const bullets = source.text.split('\n').filter((l) => /^\s*(?:•|-)\s+/u.test(l));
        const main = html.slice(html.indexOf('<main'));
        expect(main.match(/<li>/g) ?? []).to.have.length(bullets.length);
      });

      it('names the publisher and date and labels the public address honestly', () => {
        const header = textOf(html.slice(html.indexOf('<header>'), html.indexOf('</header>')));
        expect(header).to.include(source.publisher);
        expect(header).to.include(source.dateLabel);
        if (source.url) expect(html).to.include(`<a href="${source.url}">`);
      });
    });
  }

  it('labels the Surrey copy as third-party and the Southwark page as possibly moved', () => {
    expect(renderGuidePage(kb, 'surrey-family-resilience', OPTIONS)).to.include('Third-party copy');
    expect(renderGuidePage(kb, 'southwark-practice-principles', OPTIONS)).to.include('may have moved');
  });

  it('escapes all text, so source text cannot inject markup', () => {
    const html = renderGuidePage(hostileKb(), 'hostile', OPTIONS)!;
    expect(html).to.not.include('<script>alert');
    expect(html).to.not.include('<img');
    expect(html).to.not.include('<b>bold');
    expect(html).to.include('&lt;script&gt;alert(1)&lt;/script&gt; &amp; friends');
    expect(html).to.include('href="https://example.org/?a=1&amp;b=&quot;2&quot;"');
    expect(html).to.not.match(/<script/);
    expect(textOf(elementById(html, 'first')!.inner)).to.include('<img src=x onerror=alert(1)>');
    expect(textOf(html.slice(html.indexOf('<main')))).to.include('Intro line');
  });

  it('supports dark mode, high contrast and a visible focus in its CSS', () => {
    const html = renderGuidePage(kb, 'kent-vision', OPTIONS)!;
    expect(html).to.include('prefers-color-scheme: dark');
    expect(html).to.include('forced-colors: active');
    expect(html).to.match(/:focus-visible[^{]*\{[^}]*outline/);
  });

  it('returns undefined for an unknown document', () => {
    expect(renderGuidePage(kb, 'nope', OPTIONS)).to.equal(undefined);
  });

  it('lists every document on the index page, linking to its guide page', () => {
    const html = renderGuideIndex(kb, OPTIONS);
    expect(html).to.include('<html lang="en-GB">');
    for (const s of kb.sources) expect(html, s.id).to.include(`<a href="https://bot.example.org/guide/${s.id}">`);
    for (const o of kb.organisations) expect(textOf(html)).to.include(o.name);
  });

  it('builds guide links with an optional section anchor', () => {
    expect(guideUrl({ baseUrl: '' }, 'kent-vision', 'signs-of-safety')).to.equal('/guide/kent-vision#signs-of-safety');
    expect(guideUrl(OPTIONS, 'kent-vision')).to.equal('https://bot.example.org/guide/kent-vision');
  });
});

describe('guide pages serve a favicon', () => {
  const kb = loadKnowledge(fileURLToPath(new URL('../../knowledge', import.meta.url)));

  it('every page links the app icon, and the server answers that address with a PNG', async () => {
    const pages = [renderGuideIndex(kb, { baseUrl: 'https://bot.example.org' }), ...kb.sources.map((s) => renderGuidePage(kb, s.id, { baseUrl: '' })!)];
    for (const html of pages) expect(html).to.include(`<link rel="icon" type="image/png" href="${FAVICON_PATH}">`);
    const { startTabServer } = await import('../tab/server.js');
    const srv = await startTabServer({ kb });
    try {
      const page = await fetch(`${srv.url}/guide/kent-vision`);
      const href = /<link rel="icon"[^>]*href="([^"]+)"/.exec(await page.text())?.[1];
      expect(href).to.equal(FAVICON_PATH);
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).to.match(/img-src 'self'/);
      const icon = await fetch(new URL(href!, srv.url));
      expect(icon.status).to.equal(200);
      expect(icon.headers.get('content-type')).to.equal('image/png');
      expect(Buffer.from(await icon.arrayBuffer()).subarray(1, 4).toString('latin1')).to.equal('PNG');
    } finally {
      await srv.close();
    }
  });
});
