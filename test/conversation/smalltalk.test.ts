import { expect } from 'chai';
import { smalltalkReply } from '../../src/conversation/smalltalk.js';

describe('small talk', () => {
  const talk = ['hi', 'Hello there!', 'good morning', 'thanks!', 'Thank you so much', 'cheers', 'who are you?', 'what can you do',
    'are you a real person?', 'Are you a robot', 'r u human', 'bye', 'see you', 'how are you'];
  for (const text of talk) {
    it(`replies to "${text}"`, () => {
      const reply = smalltalkReply(text);
      expect(reply, text).to.be.a('string');
      expect(reply!.length).to.be.below(400);
    });
  }

  const notTalk = ['help', 'help?', 'hi, what are the southwark principles', 'thanks, and what about secure base?',
    'what is signs of safety', 'my yp is missing', '', 'who are you going to ask about supervision in kent'];
  for (const text of notTalk) it(`leaves "${text}" to the rest of the bot`, () => expect(smalltalkReply(text)).to.equal(undefined));

  it('never calls the search a person', () => {
    for (const text of ['are you a person', 'who are you', 'are you real']) {
      const reply = smalltalkReply(text)!.toLowerCase();
      expect(reply).to.match(/not a person|search tool/);
    }
  });
});
