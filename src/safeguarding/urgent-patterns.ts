/**
 * Weighted cue patterns for urgent-risk detection, matched against normalise()d text
 * (lower case, no apostrophes, padded with spaces). Compiled once at load.
 * Weights: 3 = a live emergency by itself (unless phrased as policy), 2 = a clear risk event,
 * 1 = a weak signal that needs company. Add staff shorthand here, not in urgent.ts.
 */
export interface Cue {
  re: RegExp;
  weight: number;
}

const cue = (weight: number, source: string): Cue => ({ re: new RegExp(source), weight });

const PRONOUN_OBJ = '(him|her|them|me|us|mum|the (child|kid|baby|yp|boy|girl|kids|children)|his mum|her mum)';
const SELF = '(him|her|them|my|your|their|our)sel(f|ves)';

/** Risk events: something harmful happening or having happened to a real person. */
export const RISK_EVENTS: readonly Cue[] = [
  // worker unsafe, threatened or trapped (first person)
  cue(3, String.raw`\b(?<!(manager|colleague|boss|tm|supervisor|team leader|hr|landlord|bank) (is |keeps |has been |was |been )?)(threaten(ing|ed|s)?|intimidating) me\b`),
  cue(3, String.raw`\b(dont|do not|didnt|no longer) feel safe\b`),
  cue(3, String.raw`\b(scared|frightened|afraid|fear(ful)?|worried|concerned) for my (own )?(safety|life)\b`),
  cue(3, String.raw`\b(wont|will not|doesnt|does not|isnt|not|refuses to|refusing to) let(ting)? me (leave|out|go)\b|\b(stuck|trapped|cornered) in (the|a|my|his|her|their)\b`),
  cue(3, String.raw`\b(sent|sending|made|making|received|got) (me )?(threats|threatening (messages|texts))\b|\bknows? where i (live|park)\b|\bwill (kill|hurt|stab|beat|batter) (him|her|them|me|us|mum|the (kids|children|baby))\b`),
  cue(3, String.raw`\b(blocking|blocked|standing in) (the|my) (door|doorway|exit|way( out)?)\b`),
  cue(3, String.raw`\b(locked|trapped|shut) (me )?in\b|\block(ed|ing)? (me|him|her|them|the (child|kids|baby|yp)) (in|up)\b`),
  cue(3, String.raw`\b(followed|following|attacked|assaulted|punched|pushed|grabbed|spat at|hit|kicked|cornered) me\b`),
  cue(3, String.raw`\b(has|got|holding|waving|pulled) (a|out a) (knife|weapon|gun|blade|bat|machete)\b`),
  cue(2, String.raw`\b(knife|knives|weapon|weapons|gun|firearm|machete|blade)\b`),
  cue(3, String.raw`\bthreaten(ing|ed|s)? to (kill|hurt|harm|stab|beat|take)\b`),
  cue(3, String.raw`\b(came|went|lunged|ran|charged|squared up) (at|for|to) me\b|\b(sort|do|get) me (out|in)\b|\b(coming|come) (for|after) me\b|\bsmash my\b`),
  // self-harm and suicide
  cue(3, String.raw`\b(cant|cannot|can not|doesnt want to|dont want to) (go on|carry on|be here|live)\b|\bnothing to live for\b|\bno (reason|point) (in |to )?liv|\bbetter off (dead|without (me|him|her))\b|\bend it( all)?\b|\b(saying|said|messaged) (goodbye|bye to everyone)\b|\b(suicide|goodbye) note\b|\bgiving (away|her things|his things)\b`),
  cue(3, String.raw`\b(kill|hang|hurt|harm) ${SELF}\b|\bend (his|her|their|my) (own )?life\b|\btake (his|her|their|my) own life\b`),
  cue(3, String.raw`\b(wants?|wanting|going) to die\b|\bgoing to jump\b|\b(on|at) the (edge of the )?(bridge|roof|railway|tracks)\b`),
  cue(3, String.raw`\b(take|taken|took|taking|swallowed|swallow) (an |some |a load of |loads of |a handful of |a bunch of |all (of )?(his|her|their|my) |(his|her|their|my) )?(overdose|od|pills|tablets|paracetamol|meds|medication)\b|\boverdosed\b|\bligature\b|\bcuts (on|to) (his|her|their) (wrists?|arms?|legs?|thighs?)\b`),
  cue(2, String.raw`\bsuicid(e|al)\b|\bself ?-?harm(ing|ed|s)?\b|\bcutting ${SELF}\b|\bcut ${SELF}\b`),
  cue(3, String.raw`\b(cant|cannot) do this any ?more\b|\bsorry for everything\b|\bno way out\b|\bwant(s)? (it all )?to (stop|disappear)\b|\bwont be (around|here) (much longer|tomorrow)\b`),
  // medical emergency
  cue(3, String.raw`\b(floppy|blue lips|turning blue|went blue|cant breathe|struggling to breathe|fitting|not feeding|wont feed)\b`),
  cue(1, String.raw`\b(wont|will not|refus(es|ed|ing) to) (call|get|take (him|her|them) to|ring) (a |an |the )?(doctor|gp|ambulance|hospital|111|999)\b|\brefus(es|ed|ing) medical\b`),
  cue(3, String.raw`\b(not breathing|unconscious|unresponsive|wont wake( up)?|cant wake|collapsed|fitting|seizure)\b`),
  // physical harm and injury
  cue(2, String.raw`\b(?<!(car|van|vehicle|bike|wall|window|phone|laptop|budget|team|service) (got |was |has been |been )?)(hit(?! (my|our|the|a|your|their) (deadline|target|targets|limit|button|send|reply|road|car|van|bike|head on|wall))|hits|hitting|punch(ed|es|ing)?|kick(ed|s)|kicking (him|her|them|the)|slap(ped|s|ping)?|beat(en|ing|s)?( up)?|strangl(ed|ing)|chok(ed|ing)|stab(bed|bing)|burn(ed|t|s)? (him|her|them|me)|shook the baby|shaken|thr(ew|own) (him|her|them|the baby|the child|a)|smack(ed|ing|s)?|whipped|belted|assault(ed|ing)?|attack(ed|ing)|bit(ten)? (him|her|them))\b|\bhurt(ing|s)? (him|her|them|me|the (child|baby|kids|yp|boy|girl)|${SELF})\b|\b(been|got|was|is|being|get|gets) hurt\b|\bwith a (lighter|cigarette|iron|kettle|belt|stick|cable|wire)\b`),
  cue(2, String.raw`\b(bruis(e|es|ed|ing)|black eye|split lip|cut lip|fat lip|bloody nose|nosebleed|skull|hand ?prints?|finger ?marks?|grip marks?|bumps? on (his|her|their) head|head injury|scald(s|ed)?|scratches|unexplained (marks?|injur(y|ies))|non ?accidental|nai|story keeps changing|cuts (on|to)|burn marks?|cigarette burns?|broken (arm|leg|wrist|rib|ribs|bone|nose)|fracture[sd]?|bleeding|injur(y|ies|ed)|marks on (his|her|their)|bite marks?|welts?|swollen)\b`),
  cue(3, String.raw`\bshak(e|es|ing|en|ed|ke) (the |a |her |his )?(baby|infant|newborn|toddler|child)\b|\bshook (the |a |her |his )?(baby|infant|newborn|toddler|child)\b`),
  // sexual harm, grooming
  cue(2, String.raw`\b(touch(ed|ing|es) ${PRONOUN_OBJ}|sexual(ly)?|rap(e|es|ed|ing|ist)|molest(ed|ing|s)?|groom(ed|ing)|showed (him|her|them) porn|(made|makes?|making) (him|her|them|me) (touch|watch|do)|sent (him|her|them) (nudes|pictures|photos))\b`),
  cue(2, String.raw`\b(abus(e|ed|ing|ive)|domestic violence|dv incident|being beaten|coercive control)\b`),
  cue(2, String.raw`\b(does|did|doing|done) (things|stuff|bad things|something|sexual things) to (him|her|them|me)\b|\b(private parts|interfer(ed|ing) with|sleeps in (his|her) bed|sex with)\b|\b(1[0-5]|[4-9])\b.{0,40}\bpregnant\b|\bpregnant\b.{0,40}\b(1[0-5])\b(?! (weeks?|months?))|\b(men|man|adults?|people|strangers?|someone) (she|he|they) (doesnt|does not|dont|do not) know\b|\b(older|adult) (boyfriend|girlfriend|partner)\b|\bwith (a stranger|strangers|no one|nobody)\b`),
  cue(2, String.raw`\b(known |registered |convicted )?(sex offender|paedophile|pedophile|schedule 1|rso)\b|\b(with|by) (older|adult|much older) (men|males|man|boys|lads|guys)\b|\bin a car with\b|\b(needles|syringes|drug paraphernalia|crack|heroin)\b`),
  cue(1, String.raw`\b(neglect(ed|ing)?|dv|no food|filthy|starving|not been fed|hasnt eaten|drugs|(didnt|did not|wont|refused to) (take (him|her|them) to|get) (hospital|a doctor|the gp|medical help))\b`),
  cue(2, String.raw`\b(injecting|using (drugs|heroin|crack|cocaine|spice)|smoking (crack|heroin|spice)|snorting)\b|\b(drunk|high|intoxicated|wasted|stoned|off (his|her|their) (face|head)).{0,40}\b(collect|pick up|picking up|drive|driving|look after|looking after|in charge of|caring for|alone with)\b`),
  cue(2, String.raw`\b(isnt|is not|not|arent|are not) (allowed|supposed to have|meant to have) (contact|near|to see|to be near|around)\b|\bbreach(ed|ing|es)? (the |a |his |her |their )?(order|injunction|non ?molestation|bail|safety plan|written agreement|contact arrangements)\b|\b(no contact|non ?molestation|restraining) order\b`),
  cue(2, String.raw`\b(sleeping rough|homeless|sofa surfing|on the streets|kicked (him|her|them) out|thrown out|nowhere to (sleep|stay|go)|cant go (back )?home|scared to go home|wont go home)\b`),
  cue(2, String.raw`\b(sold for sex|sexually exploited|being exploited|pimp(ed|ing)?|prostitut\w*|forced (to )?(marry|marriage|into marriage)|fgm|honour based|trafficked|debt bondage|owes? (money|people|them))\b`),
  cue(2, String.raw`\b(barricaded|hostage|broken in|broke in|breaking in|forced entry|kicked the door (in|down))\b|\b(coming|come|going) to get (him|her|them|me|us)\b|\b(found|seen) (wandering|alone|on (his|her|their) own)\b|\bwandering (the streets?|alone|around)\b`),
  cue(2, String.raw`\b(dropped|fell|fallen|fall) (the baby|him|her|down the stairs|from)\b|\b(lump|lumps|bump) on (his|her|their|the) head\b|\b(really |very |so )?(sleepy|drowsy|lethargic) (baby|child|toddler)?\b|\bburns (on|to)\b`),
  cue(1, String.raw`\b(pills|tablets|hanging|rope)\b`),
  cue(1, String.raw`\b(goodbye|good bye)\b`),
  cue(3, String.raw`\b(nothing (left|to live for)|do something stupid|(hurt|harm) (himself|herself|themselves|myself)|make me pay|find me|get me back|coming after me)\b|\blocked the door (behind me|on me)\b`),
  cue(2, String.raw`\b(locked (him|her|them) out|nowhere to (go|sleep|stay)|out in the cold|keeping (him|her|them) (at|in)|wont let (him|her|them) (leave|go|out)|(older|adult) (man|men|male|woman)\b.{0,30}\b(keeping|with|staying|flat|house|car))\b`),
  cue(2, String.raw`\b(arm|leg|wrist|nose|rib|ribs|jaw|collarbone|bone) (is |was |has been |looks )?(broken|fractured|dislocated)\b|\brestrained\b|\bput (mum|mummy|mam|her|him|dad|daddy|me) in (hospital|a&e)\b|\bin (hospital|a&e) (after|because)\b`),
  cue(2, String.raw`\b(admitted|confessed|says he|said he)\b.{0,30}\b(touch(ed|ing)?|hurt|hit|abus\w*|sex)\b|\b(tried|trying|try) to (take|snatch|grab|remove) (the )?(baby|child|kids|children|him|her|them)\b|\bran (off|away)\b`),
  // missing child
  cue(2, String.raw`\b(hasnt|has not|havent|have not|not) been seen\b|\bmoved (away )?with no (address|forwarding)\b|\b(disappeared|fled|cant (be )?trace(d)?|untraceable)\b`),
  cue(2, String.raw`\b(is|has gone|gone|went|been|reported|still|now|currently|are) missing\b(?! (a|an|the|some|my|our|their|any|one|two|documents?|forms?|paperwork|info(rmation)?|details|out)\b)|\bmissing (since|overnight|from (home|care|placement|school|the unit|the home))\b|\b(yp|cyp|child|kid|son|daughter|boy|girl|he|she|they|teen|baby) (is |has gone |went |has been )?missing\b`),
  cue(2, String.raw`\b(hasnt|has not|havent|didnt|did not|not) (come|came|been|gone) (home|back)\b|\b(hasnt|has not|not) returned\b|\b(ran|run|running) away\b|\babsconded\b|\bawol\b|\bwhereabouts (are |is )?unknown\b|\bnot been seen since\b|\bno ?one knows where\b`),
  cue(2, String.raw`\bcant (find|locate|get hold of|reach) (him|her|them|the (child|yp|kid|kids|children|baby|young person|boy|girl|son|daughter))\b|\b(doesnt|dont|does not|do not|nobody|no one) knows? where (he|she|they|the (child|kids|baby|yp)) (is|are)\b`),
  cue(2, String.raw`\b(taken|took|snatched|abducted|grabbed) (him|her|them|the (child|baby|kids|yp|children|boy|girl))\b|\b(abducted|snatched)\b`),
  cue(2, String.raw`\b(going to|about to|wants to|trying to) drive (the |her |his )?(kids|children|baby|child|them)\b|\b(no ?one|nobody) has seen (him|her|them|the (baby|child|kids|boy|girl|yp))\b|\bnot (been )?seen (the (baby|child|kids)|him|her) for\b`),
  cue(1, String.raw`\b(lost (loads of |a lot of |so much )?weight|losing weight)\b`),
  cue(1, String.raw`\b(looks? (really |very |so )?(unwell|ill|poorly|grey|malnourished|thin)|very (unwell|poorly)|kept off school|wont (open the door|let (us|me) in)|refus(ed|ing) (us )?access)\b`),
  // danger, left alone, violence happening
  cue(2, String.raw`\b(in danger|immediate (danger|risk)|at risk (now|tonight|right now)|not safe|unsafe)\b`),
  cue(2, String.raw`\b(home alone|left alone|left on (his|her|their) own|unsupervised|abandoned|no adult)\b`),
  cue(2, String.raw`\b(child|baby|kid|kids|children|toddler|yp|girl|boy) (is |are )?(screaming|crying for help|being hit|being beaten)\b`),
  cue(2, String.raw`\bpassed out\b`),
  cue(1, String.raw`\b(screaming|shouting|crying|raging|kicking off|aggressive|violent)\b`),
  cue(1, String.raw`\b(smashing|smashed|fighting|banging|throwing things)\b`),
  cue(1, String.raw`\b(slurring|wasted|drunk|drinking|intoxicated|high on|off (his|her|their) face|under the influence|off (his|her|their) head)\b`),
  cue(1, String.raw`\bpolice (are |were |have been |got )?(called|here|there|on their way|attending|outside)\b|\b(call|called|calling|phone|ring) (the )?police\b|\b999\b`),
  // disclosure
  cue(1, String.raw`\b(disclos(ed|ing|es|ure)|just told (me|us)|has told (me|us|school|the teacher)|told (me|us|her teacher|his teacher|the teacher|school|a teacher)|said (that )?(mum|dad|step|his|her|their|the))\b`),
];

/** Cues that the event is happening now or just happened. */
export const IMMEDIACY: readonly Cue[] = [
  cue(1, String.raw`\b(right now|now|just|currently|at the moment|atm|tonight|today|as we speak|asap|urgent(ly)?|help me)\b`),
  cue(1, String.raw`\b((an|one|\d+|a few|two|three|couple of|half an) (hours?|mins?|minutes) ago|this (morning|afternoon|evening)|last night|overnight|yesterday|since (yesterday|last night|this morning|friday|saturday|sunday|monday|tuesday|wednesday|thursday|the weekend|\d+\w*)|for (two|three|2|3|a few|several) (nights|days))\b|\bin (an|one|\d+|a few|ten|twenty|half an) (mins?|minutes|hours?)\b`),
  cue(1, String.raw`\b(my visit|this visit|turned up (at|to)|no ?one (is )?answer(s|ing)|on (a|the|my) (home |joint |unannounced |s47 )?visit|im (at|outside|in the car|sat outside|with)|i am (at|outside|with)|outside (a|the|her|his|their) (flat|house|door|property|school)|at the (house|flat|property|door|front door))\b`),
];

/** Cues that a specific, real child or worker is meant (not a hypothetical). */
export const SPECIFIC_CASE: readonly Cue[] = [
  cue(1, String.raw`\b(foster|looked after|lac|cla) (child|kid|yp|young person|baby|boy|girl)\b|\b(my|our) (yp|yps|cyp|child|kid|kids|young person|case|family|client|service user|lac|cla|foster (child|carer|placement)|caseload|boy|girl)\b|\b(one of|a family on|a child on|a yp on|a kid on) my\b`),
  cue(1, String.raw`\b(foster carer|fc|carer|mum|dad|mother|father|school|teacher|nursery|police|neighbou?r|nan|gran|grandma|grandad|aunt|uncle|health visitor|gp|hospital|a&e|residential staff|staff at the home) (has )?(just )?(rang|rung|called|phoned|emailed|messaged|texted|says|said|reported|told)\b`),
  cue(1, String.raw`\b\d{1,2} ?(yo|y\/o|yrs?|yr old|year old|years old|month old|months old|week old)\b`),
  cue(1, String.raw`\b(child|yp|cyp|boy|girl|kid|teen|he|she|they) (says|said|told|disclosed|has told|has said|is saying)\b`),
  cue(1, String.raw`\byear \d{1,2} (girl|boy|pupil|student|child)\b|\b(the|this) (boy|girl|kid|child|baby|toddler|yp|young person|teenager|teen|lad|kids|children|twins|infant|newborn)\b`),
  cue(1, String.raw`\b(mums|dads|her mums|his mums) (new )?(partner|boyfriend|girlfriend|fella|bloke)\b|\b(his|her|their) (step ?dad|step ?mum|mum|dad|mother|father|brother|sister|boyfriend|girlfriend|partner|uncle|cousin)\b`),
  cue(0.5, String.raw`\b(he|she|they|hes|shes|theyre|theyve|hes got|shes got)s? (has|have|is|are|was|were|said|says|told|keeps|wont|cant|got)\b`),
  cue(0.5, String.raw`\b(i|im|ive|me)\b`),
  cue(0.5, String.raw`\b(the|this) (father|mother|dad|mum|parent|client|man|woman|family)\b`),
  cue(1, String.raw`\b(his|her|their) (face|neck|arm|arms|leg|legs|back|body|head|eye|eyes|cheek|hands?|bottom|chest)\b`),
];

/** Cues that the message asks about policy or practice in general. */
export const POLICY: readonly Cue[] = [
  cue(1, String.raw`\b(what|how|who) (do|should|would|can|must|could) (we|i|staff|workers|sws|social workers|you|practitioners|carers|foster carers|managers|one)\b.*\b(when|if|where|whenever|who)\b`),
  cue(1, String.raw`\b(whats|what is|what are|where is|is there|do we have|tell me about) (our|the|a|an|any) (policy|procedure|process|principles?|approach|guidance|threshold|protocol|model|framework|rules?|expectations?)\b`),
  cue(1, String.raw`\b(policy|policies|procedures?|protocol|guidance|principles?|framework|thresholds?|legislation|in general|generally|best practice|approach to|definition|define|what counts as|what does .+ mean|signs of (abuse|neglect|harm|grooming|exploitation)|how (to|do you) (recognise|spot|identify)|training on)\b`),
  cue(1, String.raw`\b(if|when|whenever|where) (a|an|the|any) (child|yp|young person|worker|sw|social worker|foster carer|carer|parent|family|cyp|kid|teenager)\b`),
  cue(1, String.raw`\b(how|what) (do|should|can|would) (we|i|staff|you) (support|help|work with|talk to|approach|respond to|handle|manage)\b|\bhow (do|can|should|could) (we|i)\b`),
  cue(1, String.raw`\b(is there|are there) (anything|something|any)\b|\b(in|from) (the|our) (vision|principles|guidance|guide|policy)\b|\b(last year|in the past|years ago|a case where|in supervision|reflect(ion|ive)?|portfolio|asye|training|our last worker|previous worker)\b`),
];

/** Words that make a non-urgent question a question about risk (answer it, add the duty pointer). */
export const RISK_TOPIC: readonly RegExp[] = [
  /\b(safeguard(ing)?|significant harm|keep(ing)? (children|kids|young people|them|yp|cyp|families) safe|risks?|hostile|aggress|child protection|protect(ing|ion)? children|cp plan|s47|section 47|abuse|neglect|harm|danger|mash|front door|duty team|lado|exploitation|cse|cce|county lines|missing (child|children|yp|young|person|from|episode)|go(es|ne|ing)? missing|run away|self ?harm|suicid|domestic (violence|abuse)|violen(ce|t)|coercive|drugs?|substance|alcohol|sleeping rough|homeless|gangs?|dangerous|forced marriage|fgm|wandering|injur|runs? away|restrain|(keep|keeping) (myself|yourself|staff|workers|ourselves) safe|lone (work|visit)|personal safety|unsafe|lone working|disclos)/,
];
