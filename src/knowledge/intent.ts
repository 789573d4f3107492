/**
 * What the question asks for, used to break near-ties among the leaders instead of hedging: a list ("what are
 * the principles", "what is ASPIRE", "the 4 outcomes") wants the overview; a question naming one item wants
 * that item; a question about the page itself (its date, who wrote it) wants the document's facts.
 *
 * @example
 *   asksForList('what are southwark\'s practice principles'); // true
 */
import type { Entry } from './types.js';

/** Kinds of entries that name a list of items (their items are in `related`). */
export const LIST_KINDS: ReadonlySet<string> = new Set(['overview', 'model']);

/** Words that ask for the whole list. */
const LIST_WORDS = /\b(list|all|every|each|overview|summary|summarise|summarize|sum up|in short|nutshell|main points|key points)\b/i;
/** Plural nouns of list items: "principles", "priorities", "outcomes", "aims" (with everyday and misspelt forms). */
const PLURAL_ITEMS = /\b(principles?s|principles|principals|priorities|priorites|prioritys|outcomes|rights|aims|regulations|regs|standards|commitments|elements|parts|values|threads|things|pillars|steps|themes|goals|letters|areas|points)\b/i;
/** "what are", "which are", "name the": asking for several things. */
const WHAT_ARE = /\b(what|which|wot|wat)\s+(are|r)\b|\bname (the|all)\b|\bhow many\b/i;
/** "what principles does surrey work to", "which key priorities": the plural straight after the question word. */
const WHAT_PLURAL = new RegExp(`\\b(what|which|wot|wat)\\s+(?:[a-z]+\\s+)?${PLURAL_ITEMS.source}`, 'i');
/** A count before a plural ("4 outcomes", "eight principles"). */
const COUNT_PLURAL = /\b(\d|two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]+s\b/i;

/** The kind of item a list question names ("aims" in "list the aims of fostering"), if any. */
export function askedItems(question: string): string | undefined {
  return PLURAL_ITEMS.exec(question)?.[1].toLowerCase();
}

/** True when the question asks for a whole list rather than one item of it. */
export function asksForList(question: string): boolean {
  return LIST_WORDS.test(question) || COUNT_PLURAL.test(question) || (PLURAL_ITEMS.test(question) && WHAT_ARE.test(question))
    || WHAT_PLURAL.test(question)
    || /\b(what|wot|wat)('?s| is)\s+(the\s+)?[a-z]+\s*\??$/i.test(question.trim()) && PLURAL_ITEMS.test(question);
}

/** Words that ask about the document itself rather than its guidance. */
const DOCUMENT_WORDS = /\bwhen (was|were|did|is it from)\b|\b(date[ds]?|dated|updated|published|publisher|written|wrote|author|who (wrote|published)|how old|current|out of date|latest|version|period|year|link|address|url|website|page|document|source|cite|reference)\b/i;

/** Words naming the document only as where guidance is ("what does the vision page say about…"). */
const PLACE_WORDS = /\b(page|document|doc|source)\b/i;
/** …asking what it says rather than about the document. */
const CONTENT_ASK = /\b(say|says|said|describe|describes|mention|mentions|cover|covers|tell|tells)\b/i;

/** True when the question is about the document (its date, publisher, link), not its guidance. */
export function asksAboutDocument(question: string): boolean {
  if (!DOCUMENT_WORDS.test(question)) return false;
  // "what does the page say about parents" asks for guidance: only a document word beyond the page itself counts.
  return !CONTENT_ASK.test(question) || DOCUMENT_WORDS.test(question.replace(new RegExp(PLACE_WORDS.source, 'gi'), ''));
}

/** itemsOf's answers, per list entry, with the `related` list and map they were read from (the ranking asks for the
 * same few lists' items dozens of times a question). */
const itemsCache = new WeakMap<Entry, { related: readonly string[]; byId: ReadonlyMap<string, Entry>; items: readonly Entry[] }>();
const NO_ITEMS: readonly Entry[] = Object.freeze([]);

/** The items of a list entry: its related entries of the same source that are not themselves lists. */
export function itemsOf(list: Entry, byId: ReadonlyMap<string, Entry>): readonly Entry[] {
  if (!LIST_KINDS.has(list.kind)) return NO_ITEMS;
  const cached = itemsCache.get(list);
  if (cached && cached.related === list.related && cached.byId === byId) return cached.items;
  const items = Object.freeze(list.related.map((id) => byId.get(id)).filter((e): e is Entry => !!e && e.source === list.source && !LIST_KINDS.has(e.kind) && e.kind !== 'document-fact'));
  itemsCache.set(list, { related: list.related, byId, items });
  return items;
}

/** True when a and b are one answer seen twice (a list and its own item, or two passages of one list),
 * so offering both as "did you mean" would be a false choice. */
export function sameFamily(a: Entry, b: Entry, byId: ReadonlyMap<string, Entry>): boolean {
  if (itemsOf(a, byId).some((e) => e.id === b.id) || itemsOf(b, byId).some((e) => e.id === a.id)) return true;
  if (a.kind === 'document-fact' || b.kind === 'document-fact') return a.source === b.source;
  return a.source === b.source && a.section === b.section && a.kind === b.kind && !LIST_KINDS.has(a.kind);
}

/** Title terms that name item `item` of `list` and not the list as a whole: its title's words less those shared by
 * most of its siblings ("ASPIRE:", "Principle:") and those of the list's own name (the title before any colon). */
export function namingTerms(item: Entry, list: Entry, byId: ReadonlyMap<string, Entry>, termsOf: (text: string) => string[]): Set<string> {
  const siblings = itemsOf(list, byId);
  const count = new Map<string, number>();
  for (const s of siblings) for (const t of new Set(termsOf(s.title))) count.set(t, (count.get(t) ?? 0) + 1);
  const listName = new Set(termsOf(list.title.split(':')[0]));
  return new Set(termsOf(item.title).filter((t) => (count.get(t) ?? 0) * 2 <= siblings.length && !listName.has(t)));
}

/** A rate: "a month", "per week" ("how many visits a month" is no count of a list). */
const RATE = /\b(a|per|each) (day|week|fortnight|month|year)\b/i;
/** Matches nothing: what no passage of practice guidance states (who holds a post, what is scheduled next). */
const NEVER = /(?!)/;
/** Details a question can ask for that a passage must state to answer it: "how often", "what age", "how many
 * days", "what is the timescale". Each with the shape the detail takes in a passage (NEVER: guidance never does).
 * `pageFacts`: a page's own facts answer it even without the detail ("when was it written": the card says no date). */
const DETAIL_REQUESTS: { ask: RegExp; states: RegExp; pageFacts?: boolean }[] = [
  // Counts and frequencies: a number (not a year: "Regulations 2010" says nothing of how often), a frequency word.
  { ask: /\bhow (many|often|frequently|regularly)\b|\bhow much(?! (weight|importance|emphasis|priority|say)\b)(?! (do|does|did|should|will) [a-z' ]{1,30}\b(count|matter|weigh|value|care)\b)|\bhow many times\b/i, states: /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|once|twice|weekly|monthly|annually|daily|fortnightly|every (day|week|month|year))\b/i },
  // Ages: an age stated.
  { ask: /\b(what|which|up to what|until what|till what) age\b|\bhow old\b|\bage limit\b|\bage range\b/i, states: /\b(aged?\s+\d+|\d+\s*(years?|yrs?)( old)?|under\s+\d+|over\s+\d+|\d+\s*(-|to)\s*\d+)\b/i },
  // Times: a duration, a deadline or a date.
  { ask: /\b(in|within) \d+ (working )?(days|weeks|months)\b|\btime ?scales?\b|\b(the|a) deadline\b|\bdeadline for\b|\bhow (long|soon|quickly)\b|\bwithin how\b|\bworking days\b|\bclosing date\b|\bby when\b|\bwhat time\b/i, states: /\b(\d+\s*(working\s+)?(days?|weeks?|months?|years?|hours?)|within\s+\d+|by\s+\d|\d{1,2}\s+(january|february|march|april|may|june|july|august|september|october|november|december))\b/i },
  // Years: "what year did…", "when was…" need a year stated.
  { ask: /\b(what|which) year\b|\bwhen (did|was|were)\b|\bsince when\b/i, states: /\b(19|20)\d{2}\b/, pageFacts: true },
  // What is coming: the guidance schedules nothing ("when is the next…", "when will…", "what date is…").
  { ask: /\bwhen('s| is| are)\b[^?]*\b(next|new|going live|go live|coming|running)\b|\bwhen will\b|\bwhat date (is|are)\b/i, states: NEVER },
  // Frequencies asked as a rate ("a month", "every 6 weeks", "monthly or…"): a frequency stated.
  { ask: new RegExp(`${RATE.source}|\\bevery \\d+ (days|weeks|months)\\b|\\b(monthly|weekly|fortnightly)\\b`, 'i'), states: /\b(\d{1,3}|once|twice|weekly|monthly|annually|daily|fortnightly|every (day|week|month|year))\b/i },
  // Figures: percentages, rates, budgets, averages.
  { ask: /\b(percentage|per ?cent|budget|average|turnover|statistics|stats)\b|\b(vacancy|turnover|sickness|absence|success|caseload|hourly|pay|re-?referral|conversion|retention) rates?\b|\brates? of\b|\bwhat('s| is) the rate\b|%/i, states: /%|\bper ?cent\b|£\s?\d|\b\d{1,3}(,\d{3})*\b(?![.\d]*\s*(kb|mb)\b)/i },
  // People in post: the guidance names roles, not who holds them.
  { ask: /\bwho (heads|chairs|runs|leads|manages)( up)?\b|\bwho is (the|our) (head|chair|lead|manager|director|principal|virtual school)/i, states: NEVER },
  // ...asked as "who's my team manager", "who is the fostering service manager", "who's on the leadership team".
  { ask: /\bwho('s| is| are)( (the|my|our|on the|in the))? ([a-z]+ ){0,3}(manager|director|head of service|team leader|chair|principal social worker)s?\b|\bwho('s| is| are) on (the|our) [^?]{0,60}\bteam\b/i, states: NEVER },
  // Decisions on a case, and how to carry out a task: for the worker and their manager, not quotable guidance.
  { ask: /\bshould (i|we) (close|end|step (it )?down|step (it )?up)\b|\bhow (exactly )?(do|should|would|can) (i|we|you) (run|conduct|carry out|write|complete|do) (a|an|the|my)\b/i, states: NEVER },
  // Steps of a process.
  { ask: /\bwhat('s| is) the process\b|\bwhat are the steps\b|\bsteps to\b|\b(what|which) steps\b/i, states: /\b(process|steps?|stages?)\b/i },
  // Limits and targets: a number.
  { ask: /\b(max|maximum|minimum)\b(?! standards?)|\bis there (a|any) targets?\b/i, states: /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b/i },
  // Who devised a model: its author or origin stated.
  { ask: /\bwho (came up with|invented|devised|developed|designed|founded|created)\b|\b(developed|devised|invented|created) by\b|\boriginally\b|\borigins? of\b/i, states: /\b(developed|devised|designed|created|invented|founded|originally)\b|\bby [A-Z][a-z]+\b/ },
  // Procedures: how to book, fill in, refer, escalate, apply… (the guidance says what we value, not how to do admin).
  { ask: /\b(can|could) (i|we) book\b|\bhow (do|does|can|would) (a|the) (parent|carer|family|child|young person|yp)s? (make a )?complain|\bmake a complaint\b|\bhow (do|can|would|should|does) (i|we|you|one|staff|a worker|a sw)( go about)? (book|fill in|fill out|log|escalate|refer|apply for|apply to|register|sign up|enrol|submit|request|claim|order|get (\w+ )?approved)\b/i, states: /\b(book\w*|complain\w*|forms?|refer\w*|escalat\w*|apply|applications?|regist\w*|sign up|enrol\w*|submit\w*|request\w*|claim\w*|order\w*|approv\w*|contact\w*|email|phone|call)\b/i },
  // Money: an amount.
  { ask: /\b(salary|salaries|pay|paid|wages?|pay scale|pay band|pay rate|how much (do|does|will|is|are)(?! [a-z' ]{1,30}\b(count|matter|weigh|value|care)\b)|allowances?|bonus|per hour|hourly rate)\b/i, states: /£\s?\d|\b\d+\s*(pounds|k)\b/i },
];

/** "How many principles are there?" is answered by a list, which one can count. */
const HOW_MANY = /\bhow many\b/i;

/** True when the question asks for a detail (a number, an age, a timescale, an amount) the text does not state;
 * a list (`isList`) answers "how many" by itself. */
export function lacksRequestedDetail(question: string, text: string, isList = false, isPageFacts = false): boolean {
  if (isList && HOW_MANY.test(question) && !RATE.test(question)) return false;
  return DETAIL_REQUESTS.some((d) => !(isPageFacts && d.pageFacts) && d.ask.test(question) && !d.states.test(text));
}

/** True when the question asks for a detail (how often, what age, how long…) and the text states one. */
export function statesRequestedDetail(question: string, text: string): boolean {
  return DETAIL_REQUESTS.some((d) => d.ask.test(question) && d.states.test(text));
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** "the 15 recommendations", "Munro's 15 recommendations": a count of named things asked for (not ages, durations,
 * people in the case, or the parts of a passage: "14 yo", "3 kids", "the 2 parts of the mission"). */
const COUNT_ASKED = /(?:\bthe|'s|s')\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?!(?:years?|yrs?|yo|months?|weeks?|days?|hours?|mins?|minutes?|kids|children|siblings|boys|girls|yps?|sons|daughters|people|families|visits?|times|placements|parts|halves|sides|bits|things|sections|points|lines)\b)([a-z]+s)\b/i;

/** True when the question asks for a number of things that the passage, not itself a list, does not state. */
export function lacksAskedCount(question: string, text: string, isList: boolean): boolean {
  const m = COUNT_ASKED.exec(question);
  if (!m || isList) return false;
  const n = /\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS.indexOf(m[1].toLowerCase());
  return !new RegExp(`\\b(${n}|${NUMBER_WORDS[n] ?? n})\\b`, 'i').test(text);
}
