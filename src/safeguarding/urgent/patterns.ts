/**
 * Context and framing lexicons for urgent-risk detection (harm itself is in lexicon.ts; the calming contexts,
 * settled, benign and exercise, in calming.ts).
 * (`^` = start of the message.) Positive context says a real, specific person is in the situation now; negative framing
 * says the message is about policy, a closed case, training, or the office. Phrases use the
 * urgent-text.ts syntax (stemmed words, `{slot}` classes, `*` = gap of up to two words).
 */

/** Someone who can be harmed: a child in any of staff's words, a parent in DV, a named person. */
export const VICTIM: readonly string[] = [
  '{kid}', 'young person', 'young people', 'little one', 'little boy', 'little girl', 'foster child', 'care leaver', 'sibling',
  'brother', 'sister', 'grandson', 'granddaughter', 'mum', 'mother', 'client', 'family', '{num} yo', '{num} y', '{num} yr',
  '{num} year', '{num} month', '{num} week', '{num} mo', 'year {num}', 'xname',
];

/** The situation is now or has just come to light. */
export const IMMEDIACY: readonly string[] = [
  'now', 'rn', 'right now', 'just', 'currently', 'atm', 'at the moment', 'still', 'today', 'tonight', 'this morning',
  'this afternoon', 'this evening', 'last night', 'overnight', 'yesterday', 'ago', 'as we speak', 'soon', 'later', 'again',
  'since', 'asap', 'urgent', 'quick', 'help', 'please', 'at {num}', 'all day', 'all night', 'for hours', 'for {num} day',
  'for {num} night', 'for {num} hour', 'for {num} week', 'turn up', 'turned up', 'in {num} min', 'in {num} minute', 'on the way', 'due home',
  'on my visit', 'on a visit', 'home visit', 'at the door', 'at the house', 'at the flat', 'in the house', 'in the flat',
  'outside', 'can hear', 'i hear', 'i at', 'i in', 'i with', 'i on', 'i am at', 'i am in', 'here', 'what do i do', 'what should i do', 'wont stop',
];

/** A specific case: my yp, someone reporting, a disclosure, a named relative or place. */
export const SPECIFIC: readonly string[] = [
  'my yp', 'my cyp', 'my young person', 'my case', 'my caseload', 'on my', 'my family', 'my client', 'my lac', 'my care leaver',
  'my child', 'my kid', 'the {kid}', 'this {kid}', 'a {kid} on', 'xname', '{num} yo', '{num} y', '{num} yr', '{num} year',
  '{num} month', '{num} week', '{num} mo', 'year {num}', 'rang', 'rung', 'phoned', 'called', 'messaged', 'texted', 'emailed',
  'tell {me}', 'tell us', 'said', 'say', 'disclose', 'disclosed', 'disclosure', 'report', 'found', 'send {me}', 'whisper',
  'open up', 'admit', 'confess', 'reveal', 'his mum', 'her mum', 'his dad', 'her dad', 'mum boyfriend', 'mums boyfriend',
  'her boyfriend', 'his boyfriend', 'step dad', 'stepdad', 'step mum', 'partner', 'ex', 'uncle', 'grandad', 'nan', 'gran',
  'school', 'teacher', 'nursery', 'resi', 'placement', 'foster carer', 'fc', 'carer', 'hospital', 'ae', 'gp',
  'health visitor', 'hv', 'police', 'neighbour', 'contact centre', 'refuge', 'the dad', 'the mum', 'the father', 'the mother',
  'the parent', 'parent', 'dad', 'his', 'her', 'he', 'she',
];

/** First person: the worker themselves (combined with threat/violence near it). */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'me', 'my', 'myself']);

/** Policy, guidance and hypothetical framing: a question about risk, not a report of it. */
export const POLICY: readonly string[] = [
  'what do we', 'what do you', 'what should we', 'what should i do if', 'what should i do when', 'what do i do if',
  'what do i do when', 'what to do if', 'what to do when', 'how do we', 'how should', 'how do i', 'how can i', 'how can we',
  'how are we', 'what are we', 'what is our', 'what are our', 'whats our', 'what is the', 'whats the', 'what are the',
  'what does', 'what should the', 'what should it', 'what should my', 'what should our', 'who authorise', 'who sign', 'who approve', 'what counts', 'what do we mean', 'who do i', 'who should', 'when do we', 'when is it', 'when would',
  'when should', '^ is there', '^ are there', 'is there any', 'are there any', 'do we have', 'does the guidance', 'does our', 'policy', 'procedure', 'protocol',
  'guidance', 'principle', 'framework', 'model', 'approach', 'threshold', 'training', 'course', 'webinar', 'refresher',
  'in general', 'generally', 'hypothetically', 'what if', 'if a', 'if an', 'if the {kid}', 'if my', 'if i', 'when a',
  'when an', 'whenever', '^ can the', '^ can a', '^ can i', '^ can we', '^ can she', '^ can he', '^ can they', '^ can my', 'is it ok', 'is that ok', 'delegated authority',
  'is it okay', 'is it alright', 'asked if', 'asking if', 'want to know if', 'illegal', 'is it legal', 'legal age', 'allowed to', 'supposed to do', 'am i supposed', 'are we supposed', 'meant to do', 'am i meant', 'are we meant', 'signs', 'warning sign', 'best way', 'definition', 'explain what', 'explain how', 'you explain',
  'explain to',
  'mandatory reporting', 'reporting duty', 'the guide', 'our vision', 'safety plan', 'strategy discussion', 'strat', 'asye', 'portfolio', 'the law', 'legislation',
];

/** A case that is in the past and resolved: reflective talk, not an emergency. */
export const PAST: readonly string[] = [
  'last year', 'year ago', 'years ago', 'couple of years', 'used to work', 'in the past', 'was closed', 'get closed',
  'closed in', 'case closed', 'step down', 'stepped down', 'dealt with', 'all finished', 'finished now', 'went through court',
  'doing well', 'doing really well', 'settled now', 'fine now', 'safe now', 'old case', 'previous case', 'in supervision',
  'reflect', 'reflecting', 'reflection', 'reflective', 'first year', 'before christmas', 'we had a', 'a case where', 'i had a',
  'back when', 'learnt from', 'learned from', 'we learnt', 'we learned', 'i learnt', 'i learned', 'lesson', 'write up', 'case study', 'our last', 'last worker', 'previous worker',
  'previous sw',
  'remember the', 'the case from', 'case from the', 'historic', 'historical', 'non recent', 'as a child', 'when * was little', 'when * was young',
];

/** Office life, objects and jokes: violent words said about printers, caseloads and deadlines. */
export const WORKPLACE: readonly string[] = [
  'printer', 'laptop', 'computer', 'pc', 'screen', 'charger', 'plug', 'battery life', 'workload', 'deadline',
  'paperwork', 'allocation', 'traffic', 'meeting', 'mosaic', 'teams', 'system', 'wifi', 'vpn', 'coffee', 'heating', 'rota',
  'inbox', 'email', 'spreadsheet', 'lift', 'fridge', 'desk', 'payslip', 'annual leave', 'mileage', 'password', 'login',
  'manager', 'boss', 'colleague', 'hr', 'tm', 'stationery', 'machine', 'ofsted', 'inspection',
  'away day', 'form', 'document', 'file', 'lol', 'haha', 'lmao', 'ffs', 'tbh', 'jk', 'xd',
  'hilarious', 'found it funny', 'only joking', 'just joking', 'was joking', 'as a joke', 'banter', 'parking', 'exam', 'gcse', 'stapler',
  'biscuit', 'team lunch', 'account',
];

/** Idioms that use harm words about things: removed before harm is scored. */
export const IDIOMS: readonly string[] = [
  'killing me', 'kill for a', 'kill for an', 'kill for some', 'kill for one', 'could kill', 'die for', 'dying for', 'die of', 'freeze to death', 'bored to death',
  'to death', 'bloodbath', 'death trap', 'stab * in the back', 'back stab', 'drowning in', 'go to scream', 'want to scream',
  'want to cry', 'lose it', 'lost it', 'do my head in', 'head in', 'fried', 'blew up', 'blow up', 'on fire', 'nightmare',
  'was murder', 'burnt out', 'burned out', 'burn out', 'burnout', 'wound up', 'blood test', 'blood pressure',
  'line manager', 'placement collapse', 'placement broke down', 'hit my deadline', 'hit the deadline',
  'hit the target', 'smash it', 'smashing it', 'kill it', 'killing it', 'attacked my', 'beat the', 'missing {poss}',
  'missed', 'my phone died', 'laptop died', 'phone died', 'went missing in the office', 'crash', 'crashed', 'no point in asking',
  'pain in the', 'miss the', 'fit for purpose', 'fit for work', 'fit for duty', 'fit for the job', 'fitting in', 'self harm policy', 'jump ship', 'stuck in traffic', 'in traffic', 'storyline',
  '{period} to end', '{period} to be over', '{period} over with', '{period} from hell',
  'missing education', 'missing appointment', 'missing lesson', 'missing session', 'missing meeting', 'missing deadline',
  'shoot me now', 'just shoot me', 'dead on * feet', 'dead tired', 'dead beat', 'dead busy', 'dead easy', 'dead good', 'bleed * dry', 'bleeding * dry',
  'fire drill', 'fire alarm', 'fire door', 'fire exit', 'fire safety', 'fire warden', 'fire extinguisher', 'fighting fires', 'firefight',
  'kill it', 'killed it', 'nailed it', 'smashed it', 'like * hit by a bus', 'feel * hit by a bus', 'hit the road', 'hit the hay',
  'on * own feet', 'on * own two feet', 'off a cliff if', 'battered in court', 'got battered in', 'push for', 'push back', 'push * harder',
  'feel * alone in', 'alone in this job', 'out of my laptop', 'out of my account', 'out of the system', 'out of mosaic', 'knife and fork', 'knives and forks', 'my head is battered', 'my head battered', 'got hammered in',
  'collapse on', 'want the ground to', 'ready to drop', 'run ragged', 'run off * feet', 'running on empty', 'under the cosh',
  // food, hobbies and kitchens: harm words about things ("overdosed on chocolate", "shooting the sunset", "knife skills")
  'overdose on chocolate', 'overdose on sweets', 'overdose on sugar', 'overdose on caffeine', 'overdose on coffee', 'kill a horse',
  'stab at', 'take a stab', 'have a stab', 'shoot the sunset', 'shoot * photo', 'shoot * film', 'shoot * video', 'photo shoot',
  'knife skill', 'knife safety', 'knife block', 'kitchen knife in the', 'sharpen knife', 'sharpen * knife', 'fishing knife',
  'professional knife', 'plastic knife', 'bouncing off the walls', 'beat everyone', 'beat * at chess', 'bleed money', 'bleeding money',
  'gonna scream', 'gonna cry', 'gonna lose it', 'set fire * barbecue', 'cut * fringe', 'cut * own hair', 'front door * hammer', 'shoot hoop', 'shoot * hoop', 'shoot star', 'hit * target',
  // work and hyperbole: harm words aimed at a thing, a day or the person's own tiredness
  'manager * to murder {me}', 'manager * to kill {me}', 'boss * to kill {me}', 'boss * to murder {me}', 'tm * to kill {me}',
  'manager will kill {me}', 'boss will kill {me}', 'kill my * afternoon', 'kill my * day', 'kill * whole afternoon',
  'attack * problem', 'attack * maths', 'attack * homework', 'got locked out', 'locked out of the building', 'locked out of the office',
  'strangle this', 'strangle * laptop', 'murder the competition', 'i dead today', 'nearly had a heart attack', 'heart attack when',
];

/** Words that make a non-urgent question a question about risk (answer it, add the duty pointer). */
export const RISK_TOPIC: readonly RegExp[] = [
  /\b(safeguard(ing)?|significant harm|keep(ing)? (children|kids|young people|them|yp|cyp|families) safe|risks?|hostile|aggress|child protection|protect(ing|ion)? children|cp plan|s47|section 47|abuse|neglect|harm|danger|mash|front door|duty team|lado|exploitation|cse|cce|county lines|missing (child|children|yp|young|person|from|episode)|go(es|ne|ing)? missing|run away|self ?harm|suicid|domestic (violence|abuse)|violen(ce|t)|coercive|drugs?|substance|alcohol|sleeping rough|homeless|gangs?|dangerous|forced marriage|fgm|wandering|injur|runs? away|restrain|(keep|keeping) (myself|yourself|staff|workers|ourselves) safe|lone (work|visit)|personal safety|unsafe|lone working|disclos)/,
];

/** Time words that belong to a scenario as much as to a report: they do not undo EXERCISE framing. */
export const SCENARIO_TIME: readonly string[] = ['tonight', 'this evening', 'last night', 'at the moment', 'atm', 'currently'];

/**
 * Something is happening now: undoes SETTLED framing and a past time anchor (timeframe.ts). These
 * name the present moment itself, or the writer's place in it ("im at", "im with them").
 */
export const FRESH_NOW: readonly string[] = [
  'tonight', 'right now', 'rn', 'as we speak', 'at the moment', 'atm', 'currently', 'just now', 'this evening',
  'last night', 'i am at', 'i am in', 'i at', 'i with', 'asap', 'urgent', 'help me',
  'just told', 'just said', 'just disclose', 'just rang', 'just call', 'just found', 'has just', 'have just', 'i just',
  'who do i ring', 'who do i call', 'do i call', 'do i ring', 'should i call', 'should i ring', 'at this time',
  '{num} min ago', '{num} minute ago', '{num} hour ago', 'an hour ago', 'half an hour ago', 'few min ago', 'few minute ago', 'minute ago',
];

/** Harm going on as the message is written ("dad is hitting her"): undoes a resolution and a past time anchor. */
export const PRESENT_HARM: readonly string[] = [
  'is hit', 'is beat', 'is attack', 'is threaten', 'is kick', 'is punch', 'is strangle', 'is choke', 'is smash', 'is fight', 'are fight',
  'is scream', 'is shout at', 'is drunk', 'is high', 'is bleed',
  // harm named, then said to be going on now ("DA happening now")
  'is happen now', 'happen right now', 'happen as we speak', 'is go on now', 'kick off now',
];

/**
 * A question asked about a live case: "…, asking because the 3yo has a bruise I saw 10 mins ago".
 * The question is then a report as well (rules.ts), so the policy words do not frame it away.
 */
export const LIVE_CASE: readonly string[] = [
  'asking because', 'asking cos', 'asking coz', 'reason i ask', 'reason i asking', 'i asking because', 'i asking for a case',
  'for a case now', 'on my visit now', 'i here now', 'i with her now', 'i with him now', 'i with them now', 'station with me', 'here with me',
  'with me now', 'with me right now',
];

/**
 * A state still going on: a child not back, a phone still off. Undoes a past time anchor ("got into a
 * car with older lads last week" beside "hes not come back"), but not a settled case.
 */
export const LIVE_STATE: readonly string[] = [
  'still missing', 'still not', 'still out', 'still there', 'still in', 'still with', 'still on shift', 'not come back', 'not come home',
  'still hurt', 'still in pain', 'still bleed', 'in pain', 'has a temperature',
  'not back yet', 'not return', 'not been seen', 'phone * off', 'whereabouts unknown', 'is missing', 'currently missing',
  // a plan about to happen: an old event ("her sister was cut last year") does not make it history
  'her turn', 'his turn', 'leave on', 'leaving on', 'fly on', 'flying on', 'flight on', 'flights on', 'flight booked', 'flights booked',
  'booked flight', ...PRESENT_HARM,
];

/**
 * The writer's own crisis in the first person ("i want to die", "im done with everything", "ive got the
 * pills"): urgent by itself unless the message is framed as policy, a review or a joke (assess.ts).
 */
export const CRISIS: readonly string[] = [
  'i want to die', 'i want to be dead', 'i want to end it', 'want it all to end', 'want it all to stop', 'i want to kill {self}',
  'kill myself', 'end my life', 'take my own life', 'hurt myself', 'harm myself', 'cut myself', 'i cant go on', 'i not want to be alive',
  'i not want to wake up', 'i not want to live anymore', 'i done with life', 'i got the pills', 'i have the pills', 'i got the tablets',
  'i have the tablets', 'thinking about end it', 'thinking about how i', 'better off without me', 'better off if i was', 'i on the bridge',
  'i on the roof', 'i wrote a note', 'i written a note', 'i rather die', 'my life is over', 'i decid what i go to do', 'i plan how i',
  'i thought about how', 'i sort my will', 'i plan how id', 'plan how i would', 'not go to be anywher', 'not go to be around',
];

/**
 * Something is happening again, or a scene is live: undoes SETTLED framing, but not a past time
 * anchor ("on my visit in 2023", "lone visits again since june" stay history).
 */
export const FRESH_SCENE: readonly string[] = [
  'again', 'on my visit', 'at the door', 'on the way', 'wont stop', 'is out', 'been released', 'released today', 'out of prison',
  'out of jail', 'expired', 'run out', 'ran out', 'pick * up today', 'pick * up tonight', 'picking * up', 'collecting him', 'collecting her',
  'due in at', 'sleeping over tonight', 'contact tomorrow', 'at the house now', 'outside now', 'there now', 'inside now', ...PRESENT_HARM,
];

/** Every fresh cue. */
export const FRESH: readonly string[] = [...FRESH_NOW, ...FRESH_SCENE];

/**
 * Fresh cues that say only that something recurs ("again"): they undo calm only beside harm going on now
 * or the present moment (PRESENT_HARM, FRESH_NOW), not in a harmless message ("cutting the budget again").
 */
export const RECURRENCE: readonly string[] = ['again'];

/**
 * A child too young to move about or explain: a baby by any word, an age in weeks or months, a one- or
 * two-year-old. Any injury to them is urgent whatever the wording (assess.ts), unless explained away,
 * resolved or discussed.
 */
export const YOUNG_CHILD: readonly string[] = [
  'baby', 'newborn', 'infant', 'twin', 'non mobile', 'not mobile', 'not yet crawl', 'not crawl', 'too young to roll', 'cant roll',
  '{num} week old', '{num} wk old', '{num} month old', '{num} mo old', 'baby is {num}', 'aged {num} week', 'aged {num} month',
  '1 yo', '2 yo', '1 y', '2 y', '1 year old', '2 year old', '1 yr', '2 yr', 'toddler',
];
