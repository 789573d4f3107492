/**
 * Small talk: greetings, thanks, "who are you", "are you a person", goodbyes, and a member of
 * staff saying how they feel ("I'm so stressed with my caseload"), which gets a kind wellbeing
 * pointer and never a quote from the guidance. Pure.
 * Replies are short and kind, steer back to what the bot does, and say plainly that the
 * answers come from a search of the organisation's guidance, not from a person.
 * "help" is a command, not small talk, so it is never matched here.
 */

interface SmalltalkRule {
  re: RegExp;
  reply: string;
}

const THANKS_REPLY = 'You\u2019re welcome. If another question comes up, just ask.';
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
    reply: THANKS_REPLY,
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

/** Words a thank-you or a word of praise is made of ("thanks, that's really helpful", "cheers, spot on"). */
const THANKS_WORDS = new Set(('thanks thank you thankyou thx ty ta cheers many so much very really that thats this was is it its '
  + 'helpful useful great brilliant perfect lovely amazing fab fantastic super excellent spot on exactly what i needed '
  + 'helped helps cool nice good ok okay appreciated appreciate a lot loads x xx for the help answer info bot mate').split(' '));
/** At least one of these makes a message of THANKS_WORDS a thank-you (not just "ok" or "that is it"). */
const THANKS_CORE = /\b(thanks|thank|thankyou|thx|ty|ta|cheers|helpful|useful|helped|appreciated?|brilliant|perfect|fantastic|excellent|amazing|lovely)\b/;
/** Longest thank-you: past this a message carries more than thanks. */
const MAX_THANKS_WORDS = 12;

/** How a person feels in themselves, not a worry about someone else: only these make "…, can you help?" a
 * feeling rather than a question ("i'm worried about a child, what should i do" is a question). */
const SELF_STATE_WORDS = 'stressed( out)?|overwhelmed|burn(ed|t)? ?out|exhausted|knackered|shattered|not coping|(cant|cannot) cope|drowning|swamped|snowed under|depressed|at (my )?breaking point|worn out|drained|failing|in tears|had enough|at the end of my tether';
const SELF_STATE = new RegExp(`\\b(${SELF_STATE_WORDS})\\b`);
/** Feeling words a member of staff uses about themselves: those states, and moods that may be about others too. */
const FEELING = new RegExp(`\\b(${SELF_STATE_WORDS}|anxious|struggling|low|down|fed up|tired|upset|worried|scared|sad|lonely|unhappy)\\b`);
/** A plea for help tacked on to a feeling: "can you help?", "any advice?", "what do i do". */
const HELP_ASK = /\b((can|could) (you|u) help( me)?|any (advice|tips|help)|what (should|do|can) i do|help( me)?( please)?|please help)$/;
/** Said of oneself: "i", "im", "my", "feeling". */
const SELF = /\b(i|im|ive|me|my|feeling)\b/;
/** A hard stretch of work said in passing: "rough day", "having a really bad week", "long shift tbh". */
const HARD_TIME = /^(having (a|such a) |had (a|such a) |what a |such a )?(really |very |so )?(rough|bad|tough|hard|awful|horrible|terrible|grim|crap|rubbish|long|horrendous) (day|week|shift|morning|afternoon|night|visit|one)\b/;
/** Opening with how one feels, without saying "i": "totally drained after that visit". */
const STATE_FIRST = new RegExp(`^(so |totally |really |completely |absolutely |utterly |feeling )?(${SELF_STATE_WORDS})\\b`);
/** Longest message read as a feeling rather than a question. */
const MAX_FEELING_WORDS = 14;

/** Our reply to a member of staff saying they are struggling: kind, practical, no guidance quote, no invented number. */
export const WELLBEING_REPLY = 'I\u2019m sorry it feels like that: heavy caseloads are hard, and you don\u2019t have to carry it alone. '
  + 'Talk to your manager or supervisor, and ask them about your organisation\u2019s staff wellbeing or employee assistance support, '
  + 'which is confidential. If you ever feel unsafe, call 999. (From the Practice Guide team: I\u2019m a search tool, not a counsellor.)';

/** True for a thank-you or praise only: `isThanks('thanks, thats really helpful')`. */
function isThanks(t: string): boolean {
  const words = t.split(' ');
  return words.length <= MAX_THANKS_WORDS && THANKS_CORE.test(t) && words.every((w) => THANKS_WORDS.has(w));
}

/** True for a short message about how the sender feels, with no guidance question in it. */
function isFeeling(t: string, raw: string): boolean {
  const plea = SELF_STATE.test(t) && HELP_ASK.test(t) && /^(im|i am|ive been|i feel|feeling|i m|so)\b/.test(t);
  const aboutSelf = (FEELING.test(t) && SELF.test(t)) || HARD_TIME.test(t) || STATE_FIRST.test(t);
  return t.split(' ').length <= MAX_FEELING_WORDS && aboutSelf && (!raw.includes('?') || plea)
    && !/^(what|how|who|where|which|is|are|does|do we|can we|should)\b/.test(t);
}

/** Turns "Hi there!!" into "hi there" for matching. */
function fold(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019']/g, '').replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A short reply when the message is only small talk, else undefined: `smalltalkReply('thanks!')`. */
export function smalltalkReply(text: string): string | undefined {
  const t = fold(text);
  if (!t || /^help\b/.test(t)) return undefined;
  if (isThanks(t)) return THANKS_REPLY;
  if (isFeeling(t, text)) return WELLBEING_REPLY;
  if (t.split(' ').length > SMALLTALK_MAX_WORDS) return undefined;
  return RULES.find((r) => r.re.test(t))?.reply;
}
