/** English stop words dropped before scoring. Meaningful short words ("no", "not", "own") are kept. */

/** Function words, question words and chat filler ("main", "basically", "what's it called") that carry no topic. */
export const STOP_WORDS: ReadonlySet<string> = new Set(`
a about above after again against all am an and any are aren't as at be because been before being below
between both but by can could did do does doing don't down during each few for from further had has have
having he her here hers herself him himself his how i i'm if in into is isn't it it's its itself just
let's me more most my myself nor of off on once only or other ought our ours ourselves out over same she
should so some such than that that's the their theirs them then there there's these they this
those through to too under until up very was we were what what's when where which while who whom why with
would you your yours yourself yourselves im ive id dont doesnt didnt isnt arent whats thats theres
us telling told hi hello hey please thanks thank pls plz cheers ok okay yes yeah u ur get got go going will shall may
might must also really actually just stuff thing things kind sort bit lot lots one anyone someone
tell wondering wonder question quick mean meant meaning means
main mainly generally general basically exactly actually supposed everyone everybody anyone anybody else
saying role called name named exist exists describe explain explained summed anything
something whats hows wat wot sentence briefly simply try trying tried getting gets`.split(/\s+/).filter(Boolean));

/** True when the token carries no topic and should not be scored. */
export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}

/** Everyday verbs and fillers that may carry topic ("keep families strong") but usually do not ("everyone keeps
 * saying"): scored as usual, counted at a reduced share toward coverage (WEAK_IMPORTANCE in query.ts). */
export const WEAK_WORDS: ReadonlySet<string> = new Set(`
keep keeps keeping kept join joined joining new start started starting make makes made take takes took give
gives given find finds look looks come comes put puts set done happen happens use used using way ways today
day week job bit sure right ok build building hit point want wants wanted say says said
`.split(/\s+/).filter(Boolean));

/** Words of chat with the bot itself ("help", "thanks thats helpful", "great cheers"): a message made only of
 * these (and stop words) asks nothing of the guidance, so the engine answers no-answer rather than guessing
 * at "asking for help". The conversation layer replies to such messages first. */
export const CHAT_WORDS: ReadonlySet<string> = new Set(`
help helpful helped thanks thank ta cheers great brilliant cool nice perfect lovely good fab fine super awesome
morning afternoon evening night bye goodbye sorry hmm hm menu start restart commands options test testing
`.split(/\s+/).filter(Boolean));
