import { expect } from 'chai';
import { validateCard, MAX_CARD_BYTES } from '../../src/cards/validate.js';

function card(body: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'AdaptiveCard', version: '1.5', speak: 'A test card', body, ...extra };
}

describe('validateCard', () => {
  it('passes a clean card', () => {
    const c = card([
      { type: 'TextBlock', text: 'Hello', wrap: true, id: 'answer-quote' },
      { type: 'Image', url: 'https://example.org/a.png', altText: 'A picture' },
      { type: 'FactSet', facts: [{ title: 'Organisation', value: 'Southwark' }] },
      { type: 'ColumnSet', columns: [{ type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: 'x' }] }] },
      { type: 'ActionSet', actions: [{ type: 'Action.Submit', title: 'Go', data: { action: 'help', type: 'anything' } }] },
    ], { actions: [{ type: 'Action.ShowCard', title: 'Comment', card: { type: 'AdaptiveCard', body: [{ type: 'Input.Text', id: 'comment', label: 'Comment', isMultiline: true }], actions: [{ type: 'Action.Submit', title: 'Send' }] } }] });
    expect(validateCard(c)).to.deep.equal([]);
  });

  it('catches a misspelt property, also nested inside a column and a fact', () => {
    const problems = validateCard(card([
      { type: 'TextBlock', text: 'Hello', wrapp: true },
      { type: 'ColumnSet', columns: [{ type: 'Column', items: [{ type: 'TextBlock', text: 'x', spacng: 'small' }] }] },
      { type: 'FactSet', facts: [{ title: 'a', valu: 'b' }] },
    ]));
    expect(problems.join('\n')).to.match(/"wrapp"/).and.match(/"spacng"/).and.match(/"valu"/);
  });

  it('catches 1.6-only elements and properties', () => {
    expect(validateCard(card([{ type: 'Carousel', pages: [] }])).join('\n')).to.match(/Carousel/);
    expect(validateCard(card([{ type: 'Input.Text', id: 'x', label: 'L', labelPosition: 'inline' }])).join('\n')).to.match(/1\.6/);
  });

  it('catches a missing altText, a missing speak, a wrong version and too many actions', () => {
    expect(validateCard(card([{ type: 'Image', url: 'https://example.org/a.png' }])).join('\n')).to.match(/altText/);
    expect(validateCard({ type: 'AdaptiveCard', version: '1.5', body: [] }).join('\n')).to.match(/speak/);
    expect(validateCard(card([], { version: '1.6' })).join('\n')).to.match(/version/);
    const seven = Array.from({ length: 7 }, (_, i) => ({ type: 'Action.Submit', title: `B${i}`, data: { action: 'help' } }));
    expect(validateCard(card([{ type: 'ActionSet', actions: seven }])).join('\n')).to.match(/7 actions/);
  });

  it('catches a missing url, a bad value, and an oversized card', () => {
    expect(validateCard(card([], { actions: [{ type: 'Action.OpenUrl', title: 'x' }] })).join('\n')).to.match(/url/);
    expect(validateCard(card([{ type: 'TextBlock', text: 'x', color: 'purple' }])).join('\n')).to.match(/purple/);
    expect(validateCard(card([{ type: 'TextBlock', text: 'x'.repeat(MAX_CARD_BYTES) }])).join('\n')).to.match(/bytes/);
    expect(validateCard('nope')).to.have.length(1);
  });
});
