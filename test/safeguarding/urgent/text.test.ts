import { expect } from 'chai';
import { stem, tokenize, compile, findAll } from '../../../src/safeguarding/urgent/text.js';
import { assessUrgency } from '../../../src/safeguarding/urgent/assess.js';

describe('urgent text pipeline', () => {
  it('stems inflections to one form', () => {
    for (const group of [['bruise', 'bruised', 'bruises', 'bruising'], ['strangle', 'strangled', 'strangling'], ['punch', 'punched', 'punches'], ['hit', 'hits', 'hitting']]) {
      expect(new Set(group.map(stem)).size, group[0]).to.equal(1);
    }
    expect(stem('here')).to.not.equal(stem('her'));
    expect(stem('bleed')).to.equal(stem('bleeding'));
  });

  it('"a bit" is not a bite, and "gave" is "give"', () => {
    expect(new Set(['bite', 'bites', 'biting', 'bitten'].map(stem)).size).to.equal(1);
    expect(stem('bit')).to.not.equal(stem('bite'));
    expect(stem('gave')).to.equal(stem('give'));
    expect(assessUrgency('dad was a bit grumpy on the visit but the kids were fine').risk).to.equal(0);
    expect(assessUrgency('the dog bit her face and she is bleeding').urgent).to.equal(true);
  });

  it('matches the end of a message with "$"', () => {
    expect(findAll(tokenize('mum texted help'), compile('help $'))).to.have.length(1);
    expect(findAll(tokenize('help with my portfolio'), compile('help $'))).to.have.length(0);
  });

  it('folds common slips and every form of "not"', () => {
    expect(stem('brusie')).to.equal(stem('bruise'));
    expect(tokenize('hasnt come home')).to.deep.equal(tokenize('has not come home').filter((t) => t !== 'has'));
    expect(tokenize("she'll jump")).to.deep.equal(['she', 'will', 'jump']);
  });

  it('matches phrases with slots and gaps', () => {
    expect(findAll(tokenize('he threw a mug at her'), compile('throw * at'))).to.have.length(1);
    expect(findAll(tokenize('she wants to kill herself'), compile('kill {self}'))).to.have.length(1);
    expect(findAll(tokenize('kids are there'), compile('^ are there'))).to.have.length(0);
  });

  it('skips patterns whose words are absent when given the word set, with the same hits otherwise', () => {
    const tokens = tokenize('he threw a mug at her');
    const present = new Set(tokens);
    expect(findAll(tokens, compile('throw * at'), present)).to.deep.equal(findAll(tokens, compile('throw * at')));
    expect(findAll(tokens, compile('kill {self}'), present)).to.have.length(0);
  });
});

describe('urgent scoring', () => {
  it('catches paraphrase and typos of the same event', () => {
    expect(assessUrgency('my yp has just told me her step dad battered her').urgent).to.equal(true);
    expect(assessUrgency('yp just said step dad batterd her').urgent).to.equal(true);
  });

  it('does not fire on idioms, office talk or policy framing', () => {
    expect(assessUrgency('this caseload is killing me').urgent).to.equal(false);
    expect(assessUrgency('the printers on fire lol').urgent).to.equal(false);
    expect(assessUrgency('whats our approach when a child is at risk').urgent).to.equal(false);
    expect(assessUrgency('whats our approach when a child is at risk').riskTopic).to.equal(true);
  });

  it('ranks a live report above the same words asked as policy', () => {
    const live = assessUrgency('the toddler has bruises on his face and dad is at the door');
    const policy = assessUrgency('what is our policy when a toddler has bruises on his face');
    expect(live.risk + live.situation - live.policy).to.be.greaterThan(policy.risk + policy.situation - policy.policy);
  });
});

describe('urgent text pipeline: words that name Object.prototype members', () => {
  it('stems them as words and still screens the message ("constructor" once threw, leaving it unscreened)', () => {
    expect(stem('constructor')).to.be.a('string');
    expect(() => assessUrgency('who is the constructor of this plan, valueof tostring hasownproperty')).to.not.throw();
    expect(assessUrgency('the builder constructor hit the child today and he is bleeding now').urgent).to.equal(true);
  });
});
