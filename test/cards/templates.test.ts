/**
 * Every card template in adaptive-cards/ reads well with a screen reader and in Teams' default,
 * dark and high-contrast themes: a `speak` summary, a heading marked as one (style "heading"), and
 * colours only by meaning ("Attention", …), never hard-coded, so each theme can choose its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';

import { nodes as walk, type Json } from '../support/json.js';
const DIR = path.resolve('adaptive-cards');
const SEMANTIC_COLOURS = new Set(['Default', 'Accent', 'Good', 'Warning', 'Attention']);


describe('card templates: accessible in every Teams theme', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json'));

  it('finds the templates (a check that it can fail)', () => {
    expect(files.length).to.be.greaterThan(20);
  });

  for (const file of files) {
    it(`${file}: speak, a heading marked as one, and no hard-coded colour`, () => {
      const raw = fs.readFileSync(path.join(DIR, file), 'utf8');
      const card = JSON.parse(raw) as Json;
      expect(card.speak, 'speak').to.be.a('string').and.not.equal('');
      const nodes = walk(card);
      expect(nodes.some((n) => n.type === 'TextBlock' && n.style === 'heading'), 'a TextBlock with style "heading"').to.equal(true);
      expect(raw, 'no hex colour').not.to.match(/#[0-9a-f]{3,8}\b/i);
      for (const n of nodes.filter((x) => 'color' in x)) expect(SEMANTIC_COLOURS.has(String(n.color)), `colour ${String(n.color)}`).to.equal(true);
      // Lines are TextBlocks of their own: Teams runs the lines of one TextBlock together.
      for (const n of nodes.filter((x) => x.type === 'TextBlock')) expect(String(n.text), 'a line break inside a TextBlock').not.to.include('\n');
      // A quote is laid out block by block (src/cards/quote.ts), never as one run-together TextBlock.
      expect(raw).not.to.match(/"text":\s*"[^"]*\$\{(source\.)?quote\}/);
    });
  }
});
