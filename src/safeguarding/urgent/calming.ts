/**
 * Calming contexts for urgent-risk detection, by category (rules.ts counts them; assess.ts decides how
 * each calms): the harm is over and dealt with, or already managed by a plan, or being written up
 * (SETTLED); what looked like harm was not, or has an everyday cause (BENIGN); harm is discussed, not
 * asserted: a review, training, a case study, media (EXERCISE). General phrases by category, never the
 * wording of a labelled message. Compiled like the lexicons (text.ts: stemmed, `{slot}`, `*` gap).
 */

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
  'all closed', 'closed now', 'engaging well', 'all good', 'all fine', 'back safe', 'home safe', 'found safe', 'safely back', 'return home interview', 'rhi', 'has returned',
  'safe and well', 'returned safe', 'found and returned', 'no concerns', 'welfare check done', 'check done', 'feel safe', 'feels safe',
  'says she safe', 'says he safe', 'since moved', 'was granted', 'been granted', 'order granted', 'order was made', 'injunction came through',
  'order came through', 'at uni', 'at university', 'long finished', 'long over', 'court case * finished', 'thank you card', 'thank you note',
  'sent * a card', 'sent * thank', 'to say thank', 'access to * file', 'access to * record', 'subject access', 'seems fine', 'all ok', 'all okay',
  'went well', 'no harm done', 'been adopted', 'was adopted',
  // stored safely: knives, medicines and tools kept as a safety check asks
  'locked away', 'lock away', 'locked box', 'lock box', 'locked drawer', 'locked cabinet', 'stored securely', 'store securely',
  'out of reach', 'safety check', 'no weapon concern', 'fostering applicant', 'fostering panel',
  // a known concern already managed by a plan: reviewed at the next meeting, watched, nothing new
  'cin plan', 'core group', 'next taf', 'at the next', 'keep an eye', 'keeping an eye', 'nothing specific', 'nothing suggest',
  'nothing new', 'contact is supervised', 'visits are supervised', 'supervised for now', 'counselling start', 'disruption notice',
  'fc monitor', 'carer monitor', 'will review at', 'review at the', 'engaging with', 'doing a plan',
  // writing up and filing what happened: a record of the past, unless something is happening now or again
  'case note', 'writing up', 'write it up', 'how to word', 'how do i word', 'word this', 'word a', 'reason for referral',
  'chronology entry', 'in the chronology', 'should i record', 'should i note', 'need to note', 'need to record', 'should we still flag',
  'still flag', 'record it', 'recording it', 'pre birth assessment', 'upload', 'incident form', 'court bundle', 'the bundle',
  'paediatrician report', 'expert report',
  // preparing for court: statements, bundles, hearings and giving evidence about harm already found
  'final hearing', 'the hearing', 'hearing next', 'hearing on', 'hearing tomorrow', 'giving evidence', 'give evidence', 'my statement',
  'court statement', 'swet', 'position statement', 'for court', 'cross examin', 'witness box', 'threshold document', 'finding of fact',
  'the findings', 'injury finding',
];

/**
 * A benign explanation or an all-clear: what looked like harm was not ("turned out to be ketchup", "the
 * cut is from gardening", "a stork bite noted at birth"), or is over and well. Unlike SETTLED, talk of
 * "again" or a scene does not undo it: only the present moment (FRESH_NOW) or harm going on now does.
 * A cue right after "says" is a claim, not an all-clear ("mum says she's fine" as she refuses 111).
 */
export const BENIGN: readonly string[] = [
  // what looked like harm was not, or is over and well
  'turn out', 'turned out', 'turns out', 'was only', 'gp confirm', 'doctor confirm', 'specialist confirm', 'confirmed by',
  'accidental', 'no issue', 'no issues', 'no harm', 'no risk', 'no personal risk', 'no current', 'no worries', 'no safeguarding',
  'no other concern', 'no low mood', 'all fine now', 'reassured', 'relieved', 'nothing to do with', 'unbothered', 'so proud',
  'really proud', 'proud of', 'wholesome', 'loved it', 'loving it', 'have fun', 'sweet kid', 'funny update', 'just a funny',
  'typical teenager', 'meaning this', 'meaning she', 'meaning he', 'it was about', 'happy now', 'fc happy', 'school happy',
  'police happy', 'mum delighted', 'parents relieved',
  // an everyday cause: a cut from gardening, a nosebleed at football, a mark noted at birth
  'from the cat', 'from the dog', 'at football', 'from the ball', 'at rugby', 'skateboard', 'trampoline', 'garden project', 'make a sandwich', 'plaster on', 'daily log', 'nothing more to it', 'dealt with it', 'everyone * laugh',
  'laugh about it', 'in jest', 'birth mark', 'birthmark', 'stork bite', 'blue spot', 'noted at birth', 'nfa', 'no further action',
  'fast asleep', 'normal reflux', 'sibling stuff', 'normal sibling', 'they fine', 'everyone fine', 'car fine',
  'not a threat', 'no threat', 'just stressed', 'wrong address', 'security check', 'all along', 'the whole time', '{num} min later',
  'fc confirm', 'carer confirm', 'police confirm', 'school confirm', 'hv confirm', 'nurse confirm', 'remanded', 'sprain', 'hv happy',
  'gp happy', 'learning to walk', 'no one hurt', 'nobody hurt', 'no one * hurt', 'sorted it', 'mum joked', 'she joked', 'he joked', 'joked about', 'coping well', 'warm relationship',
  'collapse laugh', 'self harm free', 'thought * gone', 'feel * safer', 'living independently', 'now granted',
  'no breach', 'not looking for action', 'logged it', 'already logged',
  'she fine', 'he fine', 'false alarm', 'found in {num} min', 'missing for {num} min', 'within {num} min', 'let the kid in', 'out for {num} min',
  'found it hilarious', 'first aid done', 'cooking club', 'helping cook', 'under fc supervision', 'ketchup', 'key safe', 'has a key',
  'parental control', 'same age', 'fc met him', 'nice lad', 'scam', 'action fraud', 'documented it', 'to shave',
  'girl is safe', 'child is safe', 'still in place', 'moved out', 'adult services', 'lado aware', 'no longer approved', 'it recorded',
  'in another area', 'was arrested that', 'was friendly',
  // play and toys: harm words in a game
  'toy gun', 'nerf', 'water gun', 'water pistol', 'normal play', 'play fight',
  // a medical explanation accepted
  'satisfied with', 'medical explanation', 'consistent with the explanation', 'explanation accepted',
];

/**
 * Harm discussed, not asserted: a review, learning, an exercise or a hypothetical (SCR, CSPR,
 * lessons, scenario, quiz, "not happened, just asking", a storyline). Calms like SETTLED, but the time words of
 * the scenario itself ("if i go home tonight") do not undo it: only the writer's own present does
 * (FRESH_NOW less SCENARIO_TIME, or "just").
 */
export const EXERCISE: readonly string[] = [
  'scr', 'cspr', 'serious case review', 'case review', 'practice review', 'learning review', 'rapid review', 'homicide review',
  'dhr', 'the lessons', 'lessons learned', 'lessons learnt', 'lessons from', 'lesson learned', 'learning from', 'journal club', 'research on', 'research about', 'research into', 'the research', 'research say', 'research show', 'research paper', 'simulation', 'scenario', 'role play',
  'vignette', 'case study', 'exercise', 'in principle', 'hypothetically', 'hypothetical', 'imagine', '^ say a', 'for example',
  'quiz', 'in theory', 'not happen', '^ just ask', 'i just ask', 'just ask $', 'just ask as', 'just ask for', 'just ask in case', 'just ask becaus', 'just ask out of', 'just wonder', 'out of interest', 'for future reference',
  // media: harm in a programme or an article
  'storyline', 'documentary', 'podcast', 'on the news', 'in the news', 'the news about', 'news piece', 'news story', 'bbc', 'article',
  'tv episode', 'the episode', 'in the episode', 'soap', 'on tv', 'tv show', 'tv programme', 'the film about', 'a film about', 'movie',
  'book club', 'novel', 'coronation street', 'eastenders',
  'emmerdale', 'hollyoaks', 'greys anatomy', 'history essay', 'school project', 'newsletter', 'bulletin', 'pshe',
  // training, events and assemblies about harm
  'training example', 'training next', 'on the agenda', 'campaign',
  'awareness session', 'session next', 'course this week', 'course covered', 'discussion starter', 'student group',
  // published reviews, learning and events about harm
  'panel report', 'national panel', 'safeguarding practice review', 'thematic review', 'key messages', 'key learning', 'learning points',
  '7 minute briefing', 'briefing on', 'practice briefing', 'published', 'anyone read', 'reading list', 'literature', 'practice week',
  'awareness week', 'awareness day', 'awareness month', 'prevention', 'workshop', 'a presentation', 'my presentation', 'presentation on',
  'toolkit', 'leaflet', 'poster', 'any resources', 'resources on', 'resources for', 'running a session', 'deliver a session', 'training session',
  'teaching session', 'session for staff', 'case example', 'recognising * signs', 'spotting the signs', 'lunch and learn', 'masterclass',
  // (not "ASYE" alone: it names the writer's first year, and first-year workers report live cases too; "my ASYE portfolio" or "scenario" frame by their own words)
  'e learning', 'elearning', 'module', 'audit', 'mock', 'spoke at the', 'speak at the', 'conference about', 'conference on',
  'practice question for', 'practice question on', 'training video', 'in groups', 'practice development', 'watched a film', 'rated film',
  'a film with', 'film with', 'play the part', 'play a role', 'play the role', 'play a character', 'play a parent', 'play a social worker', 'pretend to be', 'acting as',
];
