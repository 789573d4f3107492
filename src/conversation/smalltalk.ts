/**
 * Small talk: greetings, thanks, "who are you", "are you a person", goodbyes. Pure.
 * Replies are short and kind, steer back to what the bot does, and say plainly that the
 * answers come from a search of the organisation's guidance, not from a person.
 * "help" is a command, not small talk, so it is never matched here.
 */

interface SmalltalkRule {
  re: RegExp;
  reply: string;
}

const STEER = 'Ask me about your organisation\u2019s practice principles, for example \u201cwhat does strengths based mean?\u201d, or type help.';

/** Longest message treated as small talk: anything longer carries a real question. */
export const SMALLTALK_MAX_WORDS = 8;

/** Matched against the lower-cased message without punctuation; first rule wins. */
const RULES: readonly SmalltalkRule[] = [
  {
    re: /^(are|r) (you|u) (a |an )?(real )?(person|human|robot|bot|machine|ai|real|computer|actual person|real person|chatbot|someone real)( or (a |an )?\w+)?$|^(is this|am i talking to) (a |an )?(real )?(person|human|robot|bot|machine|ai)$/,
    reply: 'I\u2019m not a person: I\u2019m a bot that searches your organisation\u2019s published practice guidance and quotes it back with where it came from. For anything about a specific child or family, talk to your manager. ' + STEER,
  },
  {
    re: /^(who|what) (are|r) (you|u)$|^whats your name$|^what is this( bot)?$|^who (made|built) (you|this)$|^what can (you|u) do( for me)?$|^what do you do$/,
    reply: 'I\u2019m the Practice Guide bot. I search your organisation\u2019s practice principles and guidance and show you the passage that answers your question, with a link to the source. I\u2019m a search tool, not a person, and I can\u2019t act on cases. ' + STEER,
  },
  {
    re: /^(thanks|thank you|thankyou|thx|ty|ta|cheers|many thanks|thanks a lot|thank you so much|thanks so much|brilliant|great|perfect|lovely|amazing|helpful|that helps|that helped|that was (really |very |so )?(useful|helpful|great)|(youre|you are) (brilliant|great|a star|amazing|helpful))( (very|so|really) much)?( (thanks|thank you|cheers))?$/,
    reply: 'You\u2019re welcome. If another question comes up, just ask.',
  },
  {
    re: /^(bye|goodbye|bye bye|see you|see ya|cya|laters|night|good night|goodnight|speak soon|thats all|that is all|im done)( (then|now|for now|thanks|thank you))?$/,
    reply: 'Bye for now. I\u2019m here whenever you want to check a practice principle.',
  },
  {
    re: /^(hi|hiya|hey|hello|helo|heya|yo|morning|afternoon|evening|good (morning|afternoon|evening|day)|hi there|hello there|hey there|howdy|greetings)( (there|bot|practice guide|all|everyone))?$/,
    reply: 'Hello! ' + STEER,
  },
  {
    re: /^(how are you|how r u|hows it going|how are things|you ok|are you ok|you alright)( today)?$/,
    reply: 'I\u2019m a bot, so I\u2019m always ready. ' + STEER,
  },
];

/** Turns "Hi there!!" into "hi there" for matching. */
function fold(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019']/g, '').replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A short reply when the message is only small talk, else undefined: `smalltalkReply('thanks!')`. */
export function smalltalkReply(text: string): string | undefined {
  const t = fold(text);
  if (!t || t.split(' ').length > SMALLTALK_MAX_WORDS || /^help\b/.test(t)) return undefined;
  return RULES.find((r) => r.re.test(t))?.reply;
}
