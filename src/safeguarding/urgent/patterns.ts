/**
 * Context and framing lexicons for urgent-risk detection (harm itself is in urgent-lexicon.ts).
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
  'outside', 'i at', 'i in', 'i with', 'i on', 'i am at', 'i am in', 'here', 'what do i do', 'what should i do', 'wont stop',
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
  'what does', 'what counts', 'what do we mean', 'who do i', 'who should', 'when do we', 'when is it', 'when would',
  'when should', '^ is there', '^ are there', 'is there any', 'are there any', 'do we have', 'does the guidance', 'does our', 'policy', 'procedure', 'protocol',
  'guidance', 'principle', 'framework', 'model', 'approach', 'threshold', 'training', 'course', 'webinar', 'refresher',
  'in general', 'generally', 'hypothetically', 'what if', 'if a', 'if an', 'if the {kid}', 'if my', 'if i', 'when a',
  'when an', 'whenever', 'supposed to', 'meant to', 'signs', 'warning sign', 'best way', 'definition', 'explain what', 'explain how', 'you explain',
  'explain to',
  'mandatory reporting', 'reporting duty', 'the guide', 'our vision', 'safety plan', 'strategy discussion', 'strat', 'asye', 'portfolio', 'the law', 'legislation',
];

/** A case that is in the past and resolved: reflective talk, not an emergency. */
export const PAST: readonly string[] = [
  'last year', 'year ago', 'years ago', 'couple of years', 'used to work', 'in the past', 'was closed', 'get closed',
  'closed in', 'case closed', 'step down', 'stepped down', 'dealt with', 'all finished', 'finished now', 'went through court',
  'doing well', 'doing really well', 'settled now', 'fine now', 'safe now', 'old case', 'previous case', 'in supervision',
  'reflect', 'reflecting', 'reflection', 'reflective', 'first year', 'before christmas', 'we had a', 'a case where', 'i had a',
  'back when', 'learnt', 'learned', 'lesson', 'write up', 'case study', 'our last', 'last worker', 'previous worker',
  'previous sw',
];

/** Office life, objects and jokes: violent words said about printers, caseloads and deadlines. */
export const WORKPLACE: readonly string[] = [
  'printer', 'laptop', 'computer', 'pc', 'screen', 'charger', 'plug', 'battery life', 'workload', 'deadline',
  'paperwork', 'allocation', 'traffic', 'meeting', 'mosaic', 'teams', 'system', 'wifi', 'vpn', 'coffee', 'heating', 'rota',
  'inbox', 'email', 'spreadsheet', 'lift', 'fridge', 'desk', 'payslip', 'annual leave', 'mileage', 'password', 'login',
  'manager', 'boss', 'colleague', 'hr', 'tm', 'stationery', 'machine', 'ofsted', 'inspection',
  'away day', 'form', 'document', 'file', 'lol', 'haha', 'lmao', 'ffs', 'tbh', 'jk', 'xd',
];

/** Idioms that use harm words about things: removed before harm is scored. */
export const IDIOMS: readonly string[] = [
  'killing me', 'kill for', 'could kill', 'die for', 'dying for', 'die of', 'freeze to death', 'bored to death',
  'to death', 'bloodbath', 'death trap', 'stab * in the back', 'back stab', 'drowning in', 'go to scream', 'want to scream',
  'want to cry', 'lose it', 'lost it', 'do my head in', 'head in', 'fried', 'blew up', 'blow up', 'on fire', 'nightmare',
  'was murder', 'burnt out', 'burned out', 'burn out', 'burnout', 'wound up', 'blood test', 'blood pressure',
  'line manager', 'placement collapse', 'placement broke down', 'hit my deadline', 'hit the deadline',
  'hit the target', 'smash it', 'smashing it', 'kill it', 'killing it', 'attacked my', 'beat the', 'missing {poss}',
  'missed', 'my phone died', 'laptop died', 'phone died', 'went missing in the office', 'crash', 'crashed', 'no point in asking',
  'pain in the', 'miss the', 'fit for', 'fitting in', 'self harm policy', 'jump ship', 'stuck in traffic', 'in traffic', 'storyline',
  '{period} to end', '{period} to be over', '{period} over with', '{period} from hell',
  'missing education', 'missing appointment', 'missing lesson', 'missing session', 'missing meeting', 'missing deadline',
];

/** Words that make a non-urgent question a question about risk (answer it, add the duty pointer). */
export const RISK_TOPIC: readonly RegExp[] = [
  /\b(safeguard(ing)?|significant harm|keep(ing)? (children|kids|young people|them|yp|cyp|families) safe|risks?|hostile|aggress|child protection|protect(ing|ion)? children|cp plan|s47|section 47|abuse|neglect|harm|danger|mash|front door|duty team|lado|exploitation|cse|cce|county lines|missing (child|children|yp|young|person|from|episode)|go(es|ne|ing)? missing|run away|self ?harm|suicid|domestic (violence|abuse)|violen(ce|t)|coercive|drugs?|substance|alcohol|sleeping rough|homeless|gangs?|dangerous|forced marriage|fgm|wandering|injur|runs? away|restrain|(keep|keeping) (myself|yourself|staff|workers|ourselves) safe|lone (work|visit)|personal safety|unsafe|lone working|disclos)/,
];

/**
 * Settled framing: the harm is over and dealt with (settled, convicted, discharged, stepped down).
 * It calms even a statement, unless a FRESH cue says something is happening again now.
 */
export const SETTLED: readonly string[] = [
  'settled', 'stable', 'thriving', 'doing well', 'doing really well', 'doing great', 'doing better', 'doing much better',
  'doing brilliantly', 'doing fine', 'getting better', 'much better now', 'fine now', 'safe now', 'all sorted', 'sorted now',
  'its sorted', 'been sorted', 'resolved', 'been discharged', 'was discharged', 'discharged from', 'discharged by', 'convicted',
  'sentenced', 'found guilty', 'got * years', 'got an injunction', 'has an injunction', 'non molestation order', 'under a care order', 'under an sgo', 'step down',
  'stepped down', 'case closed', 'was closed', 'been closed', 'closing summary', 'transfer summary', 'no episodes',
  'no incidents', 'no further', 'moved out of area', 'own tenancy', 'finished therapy', 'working well with', 'working really well',
  'engaging well', 'all good', 'all fine', 'back safe', 'home safe', 'found safe', 'safely back', 'return home interview', 'rhi', 'has returned',
];

/**
 * Harm discussed, not asserted: a review, learning, an exercise or a hypothetical (SCR, CSPR,
 * lessons, scenario, quiz, "not happened, just asking", a storyline). Calms like SETTLED, but the time words of
 * the scenario itself ("if i go home tonight") do not undo it: only the writer's own present does
 * (FRESH_NOW less SCENARIO_TIME, or "just").
 */
export const EXERCISE: readonly string[] = [
  'scr', 'cspr', 'serious case review', 'case review', 'practice review', 'learning review', 'rapid review', 'homicide review',
  'dhr', 'the lessons', 'lessons learned', 'lessons learnt', 'lessons from', 'lesson learned', 'learning from', 'journal club', 'research', 'simulation', 'scenario', 'role play',
  'vignette', 'case study', 'exercise', 'in principle', 'hypothetically', 'hypothetical', 'imagine', '^ say a', 'for example',
  'quiz', 'in theory', 'not happen', 'just ask', 'just wonder', 'out of interest', 'for future reference',
  // media: harm in a programme or an article
  'storyline', 'documentary', 'podcast', 'on the news', 'in the news', 'article',
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
];

/**
 * Something is happening again, or a scene is live: undoes SETTLED framing, but not a past time
 * anchor ("on my visit in 2023", "lone visits again since june" stay history).
 */
export const FRESH_SCENE: readonly string[] = [
  'again', 'on my visit', 'at the door', 'on the way', 'wont stop', 'is out', 'been released',
];

/** Every fresh cue. */
export const FRESH: readonly string[] = [...FRESH_NOW, ...FRESH_SCENE];
