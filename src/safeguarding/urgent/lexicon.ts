/**
 * Harm concept lexicons for urgent-risk detection: what can go wrong, in the words staff use.
 * Each concept lists words or phrases (compiled by urgent-text.ts: stemmed, `{slot}` classes,
 * `*` = a gap of up to two words). A concept counts once per message at its weight, so a
 * message full of synonyms is not worth more than one clear statement of harm.
 *
 * Weights (named in urgent.ts): 3 = a live emergency by itself (medical, suicidal intent);
 * 2.5 = a clear harm event or danger; 2 = harm that usually needs context; 1 = a weak signal
 * that only counts alongside others. Add vocabulary by concept, never whole sentences.
 */

export type ConceptKind = 'act' | 'state' | 'danger';

export interface Concept {
  name: string;
  kind: ConceptKind;
  weight: number;
  /**
   * Whether "me"/"I" near a term makes the writer the one at risk: a worker in danger (threats,
   * violence, weapons, being trapped) or in crisis themselves ("I want it all to end").
   */
  worker?: boolean;
  terms: readonly string[];
}

/** Verbs of violence that mean harm on their own. */
/** A disclosure is harm evidence by itself (weight 1, so the model and context decide). */
const DISCLOSURE = ['disclosure', 'disclose', 'disclosed'];

const VIOLENT_VERBS = ['hit', 'punch', 'beat', 'batter', 'slap', 'smack', 'kick', 'strangle', 'choke', 'throttle', 'stab',
  'thump', 'headbutt', 'whip', 'assault', 'attack', 'bash', 'wallop', 'knock out', 'lash out at', 'slash', 'spit at',
  'suffocate', 'smother', 'molest', 'slit', 'cut * throat'];
/** Verbs that mean harm only with a person as object ("hurt her", not "hurt my back"). */
const OBJECT_VERBS = ['hurt', 'harm', 'burn', 'scald', 'bite', 'scratch', 'glass', 'kill', 'murder', 'belt', 'strike', 'shake',
  'drown', 'grab', 'push', 'shove', 'drag', 'pin', 'throw', 'slam', 'squeeze', 'touch', 'set the dog on', 'set * dog on', 'bit']
  .flatMap((v) => [`${v} {obj}`, `${v} * {kid}`]);

export const CONCEPTS: readonly Concept[] = [
  { name: 'violence', kind: 'act', weight: 2.5, worker: true, terms: [
    'kneel on', 'water on', 'pour * water', 'on the cooker', 'on the hob', 'with a stick', 'with a belt', 'discipline', 'as punishment', 'punish', 'bloody nose', 'frenulum', 'bitten', 'set fire', 'set light', 'fire',
    'under * water', 'head under', 'heads under', 'hold * under', 'shoot', 'shot at',
    ...VIOLENT_VERBS, ...OBJECT_VERBS, 'beat up', 'beaten up', 'by the throat', 'by * hair', 'round the face', 'across the face', 'hand round * neck',
    'hands round * neck', 'thrown * against', 'throw * at', 'threw * at', 'pin * against', 'pinned * to', 'stamp on', 'tie * up',
    'lock * in', 'kick * in', 'violent', 'violence', 'dv', 'domestic abuse', 'domestic violence', 'fight', 'fighting',
    'set * on {me}', 'put * in hospital', 'put * in ae' ] },
  { name: 'disclosure', kind: 'act', weight: 1, terms: DISCLOSURE },
  { name: 'rough-handling', kind: 'act', weight: 1, worker: true, terms: [
    'grab', 'push', 'shove', 'drag', 'yank', 'pull', 'throw', 'smash', 'slam', 'squeeze', 'pin', 'restrain', 'rough', 'forcing', 'force',
    'smashing', 'smash up', 'tied', 'restrained' ] },
  { name: 'commotion', kind: 'danger', weight: 1.5, terms: [
    'screaming', 'scream', 'shouting', 'yelling', 'crying', 'sobbing', 'banging', 'crashing', 'argument', 'arguing' ] },
  { name: 'sexual', kind: 'act', weight: 2.5, terms: [
    'willy', 'in my mouth', 'in her mouth', 'in his mouth', 'film * in the bath', 'film * in the shower', 'filming her', 'filming him', 'come in the bathroom', 'come into the bathroom', 'in the shower', 'sleep with her', 'sleeping with her', 'sleeping with him', 'seeing a {num}', 'did thing to', 'did stuff to', 'is the father',
    'rape', 'raped', 'rapist', 'sexual', 'sexually', 'molest', 'grope', 'touch {obj}', 'touch {kid}', 'touch * {kid}', 'touch * private', 'private part',
    'interfere with', 'groom', 'nude', 'naked', 'porn', 'indecent', 'sex', 'sext', 'pimp', 'prostitute', 'sold for sex',
    'make {obj} do', 'make {obj} touch', 'make {obj} watch', 'do thing to', 'do stuff to', 'in * bed with', 'cut down there',
    'pregnant at {num}', '{num} and pregnant', 'pregnant and {num}', '{num} yo pregnant', '{num} y pregnant', '{num} year old pregnant', 'come into * room at night', 'come in * room at night', 'sleep in * bed', 'inappropriate', 'keep it * secret', 'our secret',
    'on top of {me}', 'on top of {obj}', 'on top of the', 'secret game', 'special cuddle', 'in my bed', 'come in * bed', 'no clothes',
    'clothes off', 'the dad is her', 'the father is her', 'pregnant by', 'do thing when', 'do it every night', 'do it at night' ] },
  { name: 'sexual-weak', kind: 'act', weight: 1, terms: [
    'come into * room', 'come in * room', 'into * bed', 'special friend', 'touch', 'kiss' ] },
  // FGM in the words families and schools use: a cut, a ceremony, "becoming a woman" ("cut" alone is budgets and hair)
  { name: 'fgm', kind: 'act', weight: 2.5, terms: [
    'fgm', 'female genital', 'genital mutilation', 'genital cutting', 'circumcise', 'circumcision', 'khatna', 'sunna', 'bondo',
    'cut down there', '{kid} * be cut', 'she * be cut', 'she * * be cut', 'her * be cut', 'after being cut', 'have her cut', 'get her cut',
    'cut like her', 'be cut like', 'cutting ceremony', 'special ceremony', 'special procedure', 'become a woman', 'becoming a woman',
    'made a woman', 'make her a woman', 'be purified', 'be made clean', 'ceremony on', 'do the ceremony', 'have the ceremony', 'traditional ceremony',
    'cultural ceremony', 'ceremony * abroad', 'ceremony for her', 'ceremony for the girl', 'get clean', 'be clean', 'clean like',
    'do the procedure', 'procedure on the girl', 'get cut', 'to be cut', 'she was cut', 'had the cut', 'have the cut', 'get the cut' ] },
  { name: 'abuse', kind: 'act', weight: 2.5, terms: [
    'get married', 'married off', 'marry', 'be married', 'being married', 'to be married', 'marry * off', 'married out', 'married abroad', 'wedding abroad',
    'promised to marry', 'promised in marriage', 'take * passport', 'took * passport', 'hide * passport', 'kept * passport', 'one way flight', 'flown to', 'syria', 'radicalise', 'radicalisation', 'shut in', 'under the stairs', 'in the shed', 'in a drawer', 'devil', 'is evil',
    'abuse', 'abused', 'abusing', 'abusive', 'exploit', 'exploitation', 'traffic', 'trafficked', 'trafficker', 'cruel', 'torture', 'coercive',
    'forced marriage', 'force * to marry', 'honour based', 'modern slavery', 'starve', 'starving' ] },
  { name: 'neglect', kind: 'state', weight: 1, terms: [
    'neglect', 'neglected', 'no food', 'not fed', 'not been fed', 'hungry', 'filthy', 'dirty', 'no heating', 'no electric', 'soiled',
    'nappy', 'not eaten', 'no one feeding', 'feed themselves', 'feed * self', 'feeding themselves', 'kept off school',
    'dog mess', 'off the floor', 'from the bin', 'see * ribs', 'so thin', 'this thin', 'not allow to eat', 'made to stand', 'stand in the garden',
    'yo * in charge of', 'in charge of the baby', 'in charge of the twin', 'insulin' ] },
  { name: 'unwell', kind: 'state', weight: 1.5, terms: [
    'drowsy', 'confused', 'sugars', 'diabetic', 'house freezing', 'flat freezing', 'freezing house', 'freezing flat', 'no heating',
    'unwell', 'poorly', 'really ill', 'very ill', 'lose * weight', 'losing weight', 'malnourished', 'skinny', 'dehydrated',
    'vomit', 'vomiting', 'being sick', 'high temperature', 'not feeding', 'not eating', 'not drinking', 'pale', 'grey', 'faint',
    'heart rate' ] },
  { name: 'injury', kind: 'state', weight: 2.5, terms: [
    'hurt bad', 'hurt badly', 'badly hurt', 'really hurt', 'seriously hurt',
    'bruise', 'bruising', 'bleed', 'bleeding', 'blood', 'injury', 'injuries', 'injured', 'fracture', 'break * arm',
    'break * leg', 'break * wrist', 'break * rib', 'break * bone', 'break * nose', 'burn', 'burns', 'burnt', 'scald', 'blister',
    'bite mark', 'black eye', 'swollen', 'swelling', 'wound', 'welt', 'gash', 'concussion', 'split lip', 'hand print', 'handprint',
    'finger mark', 'grip mark', 'belt mark', 'arm * break', 'leg * break', 'wrist * break', 'bone * break',
    'nose * break', 'broken arm', 'broken leg', 'cigarette burn', 'skull', 'bleed on the brain', 'brain bleed', 'head injury',
    'lump on * head', 'bump on * head', 'mark on * face', 'mark on * neck', 'mark on * arm', 'mark on * leg', 'mark on * back',
    'mark on * body', 'non accidental', 'nai', 'unexplained injury', 'unexplained mark', 'cut on {poss}', 'scratch on {poss}' ] },
  { name: 'injury-weak', kind: 'state', weight: 1, terms: [
    'mark', 'cut', 'graze', 'sore', 'pain', 'hurt', 'unexplained', 'limp', 'stitch', 'not moving', 'scream when', 'cry when', 'looks wrong', 'not moving * arm', 'wont use * arm' ] },
  { name: 'medical', kind: 'state', weight: 3, terms: [
    'out cold', 'gas', 'methadone', 'hearing voices', 'voices telling', 'psychosis', 'psychotic',
    'unconscious', 'unresponsive', 'not breathing', 'not breath', 'cant breathe', 'cannot breathe', 'struggle to breathe',
    'trouble breathing', 'stopped breathing', 'blue lips', 'lips * blue', 'turn blue', 'go blue', 'seizure', 'having a fit', 'been fitting', 'fitting for', 'still fitting',
    'had a fit', 'convulsion', 'collapse', 'wont wake', 'cant wake', 'not waking', 'not responsive',
    'wont come round', 'not come round', 'passed out', 'found hang', 'hang from', 'try to hang', 'is hang', '{kid} hang', 'anaphylaxis', 'anaphylactic', 'allergic reaction', 'epipen', 'overdose',
    'overdosed', 'od', 'swallow', 'poison', 'poisoned', 'bleach', 'rash * not fade', 'rash * doesnt fade', 'meningitis', 'sepsis',
    'floppy', 'hardly respond', 'barely respond', 'not respond', 'choke on', 'hypo', 'burning up', 'drowning', 'hot car', 'in * hot car', 'cord round', 'cord around', 'rope round',
    'rope around', 'wire round', 'belt round * neck', 'scarf round * neck', 'tie round * neck', 'tied * neck' ] },
  { name: 'suicidal', kind: 'state', weight: 3, worker: true, terms: [
    'written * letters', 'write * letters', 'last time * hear from {me}', 'hear from {me} again', 'and then nothing', 'window ledge', 'on the ledge', 'floors up', 'to be alive', 'want to live',
    'all to end', 'want it to end', 'want * to end', 'take everything', 'taking everything', 'take all * pills', 'take all * tablets', 'all be together', 'together forever', 'do something to {self}',
    'suicide', 'suicidal', 'kill {self}', 'end it', 'end it all', 'end * life', 'take * own life', 'want to die', 'wants to die',
    'want to be dead', 'wish * dead', 'not wake up', 'never wake up', 'better off without', 'better off dead',
    'nothing to live for', 'nothing left', 'do something stupid', 'will jump', 'to jump', 'about to jump', 'cant go on', 'cant do this any', 'cant cope any', 'harm {self}', 'hurt {self}', 'cut {self}',
    'ligature', 'noose', 'hang {self}', 'jump off', 'jump in front', 'step in front', 'go to jump', 'train track', 'railway',
    'suicide note', 'goodbye note', 'goodbye letter', 'disappear forever',
    'sorry for everything', 'save up * pills', 'save up * meds', 'save up * tablets', 'stockpile',
    'all to stop', 'want it to stop', 'end it for good', 'done with everything', 'done with it all', 'done with life',
    'done with living', 'cant do this anymore', 'cant go on anymore', 'cant cope anymore', 'cant take it anymore',
    'not want to be alive', 'not want to live anymore', 'not want to wake up', 'pills in front of', 'tablets in front of', 'thinking about end',
    'thought about end', 'thinking about how i', 'plan to end it', 'better off if i', 'if i was gone', 'if i wasnt here', 'if i was not here', 'when i gone', 'after i gone', 'look after * when * gone',
    'give away * stuff', 'give away * thing', 'give away * belong', 'give * thing away', 'give * stuff away',
    'rather die', 'rather be dead', 'life is over', 'life over', 'decid what i go to do', 'plan how i', 'plan how to', 'plan to do it',
    'thought about how', 'written a will', 'wrote a will', 'sort * will', 'safer without me', 'better without me', 'would notice if i',
    'not go to be anywhere', 'last post', 'walk into the sea', 'into the sea', 'see a way out', 'no way out', 'on the track',
    'multi storey', 'multistorey', 'edge of the', 'top of the car park', 'how many * pills', 'how many * tablets', 'enough pills', 'enough tablets' ] },
  { name: 'self-harm', kind: 'state', weight: 2, terms: [
    'self harm', 'self harming', 'selfharm', 'cutting', 'tablets', 'pills', 'paracetamol', 'razor', 'take * tablets',
    'take * pills' ] },
  { name: 'self-harm-weak', kind: 'state', weight: 1, terms: [
    'rope', 'roof', 'bridge', 'meds', 'medication', 'blade', 'scratch', 'low mood', 'dark place', 'hopeless', 'worthless',
    'goodbye', 'no point', 'cant do this', 'not be here', 'wont be here', 'not want to be here', 'give up', 'jump' ] },
  { name: 'missing', kind: 'danger', weight: 2.5, terms: [
    'missing', 'mispers', 'misper', 'run away', 'run off', 'runaway', 'abscond', 'absconded', 'awol', 'vanish', 'disappear',
    'disappeared', 'cant find', 'cannot find', 'cant locate', 'cannot locate', 'cant trace', 
    'whereabouts', 'not come home', 'not come back', 'not been home', 'not been back', 'not home since', 'not return', 'not returned', 'didnt return',
    'didnt come back', 'didnt come home', 'never arrive', 'never came back', 'never came home', 'no one know where',
    'nobody know where', 'dont know where * is', 'not know where * is', 'not been seen', 'nobody has seen', 'no one has seen',
    'last seen', 'leg it', 'snatch', 'abduct', 'abducted', 'not bring * back', 'take * abroad', 'out of the country', 'flee', 'fled',
    'take {obj} away tonight', 'take {obj} away today', 'come to take {obj}', 'come to take * {kid}', 'take * out of the unit', 'take * out of hospital',
    'take * without telling', 'no one collect', 'nobody collect', 'no sign of', 'go since', 'not seen since', 'not been seen since' ] },
  { name: 'missing-weak', kind: 'danger', weight: 1, terms: [
    // taking a child is ordinary ("take the children camping") until something else says it is not
    'take the baby', 'take the kid', 'take the child', 'from abroad', 'over from', 'back home to', 'without telling anyone', 'not collect',
    'not been collect', 'not pick up', 'not been pick up', 'no one came', 'nobody came', 'no one turn up', 'nobody turn up',
    'bag packed', 'packed a bag', 'moving in with', 'got the kids', 'has the kids', 'took the kids', 'kids in the car', 'kids in * car',
    'not home', 'not back', 'walk out', 'climb out', 'gone off', 'went off with', 'get in a car', 'still out', 'cant reach',
    'cant get hold of', 'no answer', 'not answering', 'phone off', 'phone * off', 'phone dead', 'phone * dead', 'booked flight', 'flights are',
    'flight tomorrow', 'flight tonight', 'flying out', 'fly out', 'airport', 'passport', 'not picking up', 'not open the door',
    'not let us in', 'not let {me} in', 'not let {me} see', 'he back', 'back at the house', 'back at the flat', 'turn up at * house', 'turn up at * door', 'turn up at * refuge', 'turn up at * flat',
    'turn up at * home', 'turn up at * placement', 'over the fence', 'over the back fence', 'window open', 'parked outside', 'parked across', 'sat outside', 'found the address',
    'found out where', 'got the address', 'at the refuge', 'refuse to let {me}', 'no one answer', 'nobody answer', 'no access', 'moved with no address', 'no address' ] },
  { name: 'threat', kind: 'danger', weight: 2.5, worker: true, terms: [
    'through my door', 'through my letterbox', 'waiting outside', 'waiting by', 'waiting for {me}', 'waiting for her', 'waiting for him',
    'will be waiting', 'be waiting for', 'followed', 'watching the house', 'watching the building', 'watching * flat', 'watching * school',
    'he * found her', 'he * found us', 'he * found them', 'found where she', 'found where they',
    // a threat to the whole family, or to the worker's own ("if i cant have them no one can", "i know where your kids go to school")
    'no one can have', 'nobody can have', 'no one else can', 'nobody else can', 'not have * no one can', 'not have * nobody can', 'do all of us',
    'do us all', 'end us all', 'kill us all', 'kill all of', 'know where * go to school', 'know where * school',
    'know where * kid', 'know where * children', 'know where * live', 'know where * work', 'leave * in the bath', 'in the bath and leave', 'being followed', 'watching {me}', 'trying to get in', 'know where the kid', 'coming tonight', 'take them all with', 'take them with {me}', 'driven off with', 'drove off with', 'let * back in', 'perp', 'perpetrator', 'break * injunction', 'broke * injunction', 'breach * injunction', 'held in', 'being held', 'take * phone', 'with a bat', 'bat',
    'kill', 'gone bad', 'went bad', 'never see * again', 'wont see * again', 'at her door', 'at his door', 'at my door', 'outside my house', 'outside her house',
    'threat', 'threaten', 'threatening', 'intimidate', 'intimidating', 'watch your back', 'go to regret', 'will regret',
    'know where {me} live', 'know where {me} park', 'sort {me} out', 'get {me}', 'come for {me}', 'come after {me}',
    'make {me} pay', 'find {me}', 'in my face', 'square up', 'go for {me}', 'come at {me}', 'lunge', 'spit', 'follow {me}',
    'followed * home', 'stalk', 'wont let {me}', 'not let {me}', 'cant get out', 'cant get past', 'cant leave', 'cant drive off',
    'block * door', 'block * doorway', 'block * way', 'block * exit', 'block {me}', 'come to get {obj}', 'come for {obj}',
    'come after {obj}', 'go to get {obj}', 'trap', 'stick in', 'corner {me}', '{me} corner', 'barricade',
    'hostage', 'surround {me}', 'surround * car', 'surround * house', 'lock the door', 'lock {me} in', 'lock * in', 'hiding', 'hide in', 'raging', 'aggressive', 'go mad', 'kick off',
    'finish {obj}', 'be kill', 'youre dead', 'your dead', 'you are dead', 'shank', 'will use it', 'use it on', 'my home address', 'my address', 'post my', 'want him back', 'want her back',
    'bang on', 'break in', 'broke in', 'force the door', 'force entry', 'kick * door', 'kill {obj}', 'hurt {obj}' ] },
  { name: 'weapon', kind: 'danger', weight: 3, worker: true, terms: [
    'knife', 'knives', 'blade', 'machete', 'gun', 'firearm', 'weapon', 'axe', 'hammer', 'baseball bat', 'crowbar', 'acid',
    'screwdriver', 'broken bottle', 'samurai sword', 'sword', 'crossbow', 'shotgun', 'rifle', 'bomb', 'explosive', 'tooled up',
    'scissors to', 'knife to', 'blade to', 'to * own neck', 'to her neck', 'to his neck', 'to * own throat' ] },
  { name: 'fear', kind: 'danger', weight: 1.5, worker: true, terms: [
    'shaking', 'trembling', 'petrified', 'flinch', 'need police', 'need the police',
    'scare', 'frighten', 'frightened', 'terrified', 'afraid', 'danger', 'panic', 'panicking',
    // "help" alone is every other guidance question ("which principle helps me"): only a call for help counts
    'need help', 'please help', 'help please', 'help asap', 'help now', 'help urgently', 'send help', 'get help', 'help quick', 'help us',
    '^ help', 'help $', 'text help', 'txt help', 'txted help', 'message help', 'say help', 'help he', 'help she', 'help they', 'need duty',
    'need the duty', 'duty now', 'need someone now', 'scared to get out', 'scared to leave', 'too scared to', 'afraid to leave',
    'please send', 'send someone', 'call the police', 'ring the police', 'police', '999', 'ambulance', 'paramedic',
    'screaming for help', 'shout help', 'yell help', 'scream help' ] },
  { name: 'unsafe', kind: 'danger', weight: 2.5, worker: true, terms: [
    'wont be alive', 'not be alive', 'not alive', 'be dead', 'i dead', 'end up dead', 'scared to go home', 'afraid to go home', 'not want to go home', 'dont make me go', 'dont send me back', 'send me back', 'dont let them',
    'unsafe', 'not safe', 'in danger', 'immediate danger', 'at risk tonight', 'at risk now', 'fear for * safety',
    'scared for * safety', 'scared for * life', 'fear for * life' ] },
  { name: 'alone', kind: 'danger', weight: 2.5, terms: [
    'nobody home', 'no one home', 'nobody in', 'gone down the pub', 'gone to the pub', 'minding the baby', 'strapped in', 'windows up', 'door unlocked',
    'come and get them', 'come get them', 'take them off {me}', 'leave them at', 'leaving * at the office', 'walk off', 'walking off', 'walked off', 'before i do something',
    'home alone', 'left alone', 'leave alone', 'on his own', 'on her own', 'on their own', 'alone', 'unsupervised', 'no adult', 'no one look after',
    'nobody look after', 'abandon', 'abandoned', 'left with a stranger', 'no one to collect', 'nobody to collect', 'wander',
    'wander off', 'lock * out', 'kick * out', 'thrown out', 'sleep rough', 'sleeping rough', 'nowhere to go', 'nowhere to sleep',
    'on the street', 'out all night', 'left in * car', 'left in the car', 'alone in * car', 'in the car alone', 'gone * pub',
    'sleep in * shed', 'sleep in * car', 'sleep in * park', 'sleep in * stairwell', 'sleep outside', 'slept outside', 'sleep out',
    'sleep on * street', 'sleep on * bench', 'sleep on * bus', 'nowhere to stay', 'got nowhere', 'being leave with', 'leave with * {num} yo', 'leave with * {num} year', 'get * away from {obj}', 'get {obj} away from',
    'not want {obj} anymore', 'shut in * room', 'shut in * bedroom', 'locked in * room', 'locked in * bedroom' ] },
  { name: 'intoxicated', kind: 'danger', weight: 2, terms: [
    'paralytic', 'steaming', 'mum high', 'dad high',
    'drunk', 'wasted', 'stoned', 'off * face', 'off * head', 'out of it', 'out of * head', 'passed out', 'slur', 'slurring',
    'intoxicated', 'under the influence', 'smell of', 'stink of', 'pissed', 'hammered', 'legless', 'nodding off', 'injecting', 'needles', 'syringe', 'syringes', 'paraphernalia',
    'high as', 'high on', 'is high', 'was high', 'are high', 'been drinking', 'drinking since', 'on drugs', 'on spice',
    'on crack', 'take drugs', 'smoking crack' ] },
  { name: 'intoxicated-weak', kind: 'danger', weight: 1, terms: [
    'booze', 'vodka', 'alcohol', 'drink', 'drinking', 'spice', 'crack', 'heroin', 'cocaine', 'ketamine', 'needle', 'drug',
    'bottle', 'smell' ] },
  { name: 'exploitation', kind: 'danger', weight: 2.5, terms: [
    'adults waiting', 'man waiting', 'men waiting', 'waiting for * in a car', 'bag * cant explain', 'cant explain where', 'btp',
    'county line', 'trap house', 'cuckoo', 'cuckooed', 'the older are', 'the older have', 'the older make', 'for the older', 'older man', 'older men', 'older guy', 'older lad',
    'older boyfriend', 'older male', 'adult male', 'adult men', 'unknown adult', 'unknown man', 'unknown men', 'stranger',
    'adult * not know', 'man * not know', 'men * not know', 'people * not know',
    '{num} year old boyfriend', '{num} yo boyfriend', '{num} year old man', '{num} year old guy', '{num} year old male', 'boyfriend is {num}', 'boyfriend * is {num}', 'boyfriend aged {num}',
    '{num} yo guy', '{num} yo man', '{num} yo male', 'boyfriend * he {num}', 'met him on', 'her wedding', 'husband family',
    'strangers', 'met online', 'gang', 'run drugs', 'carry drugs', 'hold drugs', 'deal drugs', 'pimp', 'groomed',
    'sex offender', 'paedophile', 'schedule 1', 'not allowed contact', 'not allowed near', 'no contact order', 'breach * order' ] },
  { name: 'exploitation-weak', kind: 'danger', weight: 1, terms: [
    'new phone', 'new clothes', 'new nails', 'new trainers', 'debt', 'owe', 'owes', 'package', 'deliver', 'the line', 'hotel', 'party', 'taxi', 'paid for', 'sold', 'car with',
    'men', 'lads', 'older', 'online', 'snapchat', 'meet up', 'meet', 'secret' ] },
];
