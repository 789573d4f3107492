import { expect } from 'chai';
import { urgentCard, urgentCardView, dutyPointer } from '../../../src/safeguarding/urgent/card.js';
import { validateCard } from '../../../src/cards/validate.js';

const contact = { name: 'Example Front Door', phone: '0300 000 0000', hours: '24 hours', link: 'https://example.org/front-door', checked: '2026-10-01' };
const digitsOf = (card: unknown) => JSON.stringify(card).match(/\d{3,}/g) ?? [];

describe('urgent card', () => {
  it('with no contact configured: 999, published number, manager, and no other number', () => {
    const card = urgentCard({ frontDoor: {} });
    expect(validateCard(card)).to.deep.equal([]);
    const json = JSON.stringify(card);
    expect(json).to.include('999');
    expect(json).to.include('published front-door number');
    expect(json).to.match(/manager/);
    expect(json).to.match(/can\u2019t act/);
    expect(digitsOf(card)).to.deep.equal(['999', '999']);
    expect(card.speak).to.be.a('string').and.include('999');
  });

  it('with the organisation contact: name, phone, hours, link and checked date', () => {
    const card = urgentCard({ frontDoor: { kent: contact } }, 'kent');
    expect(validateCard(card)).to.deep.equal([]);
    const json = JSON.stringify(card);
    for (const part of [contact.name, contact.phone, contact.hours, 'checked on 2026-10-01', contact.link]) expect(json).to.include(part);
  });

  it('uses no other organisation\'s contact', () => {
    const view = urgentCardView({ frontDoor: { kent: contact } }, 'surrey');
    expect(view.hasFrontDoor).to.equal(false);
  });

  it('drops a link that is not https', () => {
    const view = urgentCardView({ frontDoor: { kent: { ...contact, link: 'javascript:alert(1)' } } }, 'kent');
    expect(view.hasFrontDoorLink).to.equal(false);
  });

  it('gives a one-line duty pointer with or without a contact', () => {
    expect(dutyPointer({ frontDoor: {} })).to.include('published front-door number').and.include('999');
    expect(dutyPointer({ frontDoor: { kent: contact } }, 'kent')).to.include(contact.phone).and.include('2026-10-01');
    expect(dutyPointer({ frontDoor: {} })).to.not.include('\n');
  });
});
