import { expect } from 'chai';
import { screen } from '../../src/safeguarding/screen.js';

describe('screen: personal details and urgency', () => {
  it('does not treat a guidance question as urgent just because it carries a name and a phone number', () => {
    const s = screen('mum is sarah whitlock 07700 900123 and wont engage, what does surrey say about getting consent');
    expect(s.urgent).to.equal(false);
    expect(s.personalData.length).to.be.greaterThan(0);
    expect(s.redacted).not.to.contain('whitlock').and.not.to.contain('900123');
  });

  it('still flags an urgent message that carries personal details', () => {
    const s = screen('jayden okoro 07700 900123 just told me his stepdad hit him with a belt and he is scared to go home tonight');
    expect(s.urgent).to.equal(true);
    expect(s.redacted).not.to.contain('okoro');
  });
});
