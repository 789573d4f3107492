import { expect } from 'chai';
import { smalltalkReply, WELLBEING_REPLY } from '../../src/conversation/smalltalk.js';

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

  const thanks = ["thanks, that's really helpful", 'Thank you so much, really useful!', 'cheers that helped', 'brilliant thanks', 'thats great thank you x'];
  for (const text of thanks) it(`thanks back for "${text}"`, () => expect(smalltalkReply(text)).to.match(/welcome/));

  const feelings = ["I'm so stressed with my caseload", 'feeling really overwhelmed with work today', 'im burnt out tbh', 'i cant cope with my caseload',
    "I'm feeling really burnt out, can you help?", 'im drowning in work, any advice?', 'feel like im failing my asye tbh',
    'rough day', 'having a really bad week', 'totally drained after that visit', 'im exhausted'];
  for (const text of feelings) {
    it(`answers "${text}" with a kind wellbeing pointer, no guidance`, () => {
      expect(smalltalkReply(text)).to.equal(WELLBEING_REPLY);
      expect(WELLBEING_REPLY).to.match(/manager or supervisor/).and.to.match(/Practice Guide team/);
    });
  }

  const questions = ['thanks, what does kent say about supervision?', 'what does surrey say about staff wellbeing when stressed?',
    'how do we support a young person who is stressed about exams', 'thanks that helps, now what is the secure base model',
    "i'm worried about a child on my caseload, what should i do?", 'my yp is overwhelmed by contact, can you help?',
    'what does asye stand for', 'long term plans for a child in care', 'hard to reach families, what does surrey say', 'bad day for mum, what now?'];
  for (const text of questions) it(`leaves the question "${text}" to the guide`, () => expect(smalltalkReply(text)).to.equal(undefined));
});
