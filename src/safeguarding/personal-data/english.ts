/**
 * Everyday English that follows a first name in staff messages ("jayden is", "jayden wont",
 * "jayden keeps running off"): a word here is never taken for a lower-case surname. Verbs are
 * listed once as stems and inflected here. Nouns that are also common surnames (grant, price,
 * green, cole…) are deliberately left out: after a given name they are more likely a surname.
 */

const FUNCTION = `
a about above across after again against all almost along already also although always am among an and another any anybody anyone anything anyway anywhere are around as at away
back be because been before behind being below beneath beside besides between beyond both but by
can cannot could did do does doing done down during each either else enough even ever every everybody everyone everything everywhere except
few for from further had has have having he her here hers herself him himself his how however i if in inside instead into is it its itself
just least less lot lots many may maybe me might mine more most much must my myself near nearly neither never no nobody none nor not nothing now nowhere
of off often on once one only onto or other others otherwise ought our ours ourselves out outside over own per perhaps please quite rather really
same several shall she should since so some somebody someone something sometimes somewhere soon still such than that the their theirs them themselves then there therefore these they this those though through throughout thus till to too toward towards
under unless until up upon us very via was we were what whatever when whenever where wherever whether which while who whoever whole whom whose why will with within without would yet you your yours yourself yourselves
`;

/** Contractions as staff type them, with and without the apostrophe (both forms are tokens). */
const CONTRACTIONS = `
wont dont doesnt didnt isnt arent wasnt werent cant couldnt shouldnt wouldnt hasnt havent hadnt mustnt neednt aint
im ive id ill youre youve youd hes shes theyre theyve theyd were weve wed its thats whats whos wheres theres heres lets
won't don't doesn't didn't isn't aren't wasn't weren't can't couldn't shouldn't wouldn't hasn't haven't hadn't mustn't needn't ain't
i'm i've i'd i'll you're you've you'd he's she's they're they've they'd we're we've we'd it's that's what's who's where's there's here's let's
`;

/** Verb stems; -s, -ed and -ing forms are generated. Irregular pasts are listed too. */
const VERBS = `
accept access achieve act add address admit advise affect agree aim allow answer appear apply arrange arrive ask assess assume attach attend avoid
become begin believe belong blame book break bring build bully call calm care carry catch cause change chase check choose claim clean close come
comment complain complete concern confirm connect consider contact continue cope cover cry cut deal decide decline delay deliver deny depend describe deserve
develop die disclose discuss do drink drive drop eat email emerge encourage end engage enjoy ensure enter escalate expect experience explain express
fail fall fear feel fight fill find finish fit fix focus follow forget fund gain get give go grow guess hang happen hate have hear help hide hit
hold hope hurt identify ignore imagine improve include increase inform inspire intend involve join judge keep kick kill know lack last laugh lead learn
leave let lie like link listen live look lose love make manage matter mean meet mention message mind miss move need note notice obtain offer open
own panic pass pay phone pick place plan play point prefer prepare present prevent promise protect prove provide pull push put raise reach read
recall receive recognise recognize record recover reduce refer reflect refuse relate relax remain remember remove repeat reply report request require
respect respond rest return ring run rush say scream search see seem sell send settle share shout show shut sit sleep smoke speak spend
stand start stay steal stop struggle study suggest suit supervise suppose swear take talk teach tell tend text thank think threaten throw touch try turn
understand upset use visit wait wake walk want warn wash watch wear win wish wonder work worry write yell
ate began bought brought came caught chose did done drank drove fell felt fought found gave given gone got gotten grew heard held hid hit kept knew known
left lost made meant met paid ran said sat saw seen sent shown slept sold spent spoke stood stole swore taken taught thought threw told took understood went woke won wore written wrote
`;

const DESCRIBING = `
able afraid alright angry anxious asleep aware awful bad better best big bored busy calm careful certain clear clever close cold concerned
difficult distressed early easy else emotional excellent excited fine first free full funny glad good great happy hard heavy helpful high
hungry ill kind last late lonely low lucky mad main major many much naughty nervous new next nice normal okay old open other poor positive
possible previous proper quiet ready real recent right sad safe scared second sick small sorry special strange sure tall third tired troubled unhappy
unsafe unwell upset urgent usual violent vulnerable well worried worse worst wrong
again ago almost already also always anyway apparently back badly basically clearly currently definitely especially eventually ever exactly finally
generally here hopefully immediately initially just lately later maybe mostly nearly never now often only overnight possibly probably quickly quite
really recently regularly seriously simply sometimes soon still suddenly then there today together tomorrow tonight too twice usually yesterday
`;

const NOUNS = `
age aged born bday yrs yo years months weeks days dob birthday address postcode phone mobile mob tel email number ref id nhs ni
boy girl baby kid kids toddler teen teenager infant son daughter brother sister sibling siblings cousin mum mom dad mother father parent nan gran
grandma grandad grandmother grandfather aunt auntie uncle stepdad stepmum partner boyfriend girlfriend friend friends client carer foster fostering
social school schools class teacher college nursery home house room bedroom flat hospital gp doctor police court judge worker team manager
appointment appointments behaviour behaviours contact contacts visit visits meeting meetings plan plans review reviews placement placements
assessment report reports referral referrals session sessions support needs needs concern concerns issue issues problem problems risk risks
question questions answer advice guidance information info help example case cases file files record records note notes letter letters
transition transitions therapy counselling medication diagnosis autism adhd asd send ehcp sen iep disability disabilities health mental
drugs alcohol money food clothes phone tablet computer internet online games gaming bus car taxi train trip holiday weekend morning afternoon evening night
guideline guidelines competence competent gillick fraser law laws legislation statute statutory duty duties rights ruling rules rule test tests
consent confidentiality capacity contraception pregnancy abortion sexual sex relationships bullying cyberbullying grooming neglect abuse harm self-harm
threshold thresholds criteria eligibility entitlement entitlements allowance allowances pay salary leave annual sickness policy policies handbook
template templates form forms checklist toolkit resources resource training course courses workshop workshops module modules portfolio
principle principles value values vision mission model models approach approaches framework frameworks standard standards
amount level levels factor factors period periods process step steps stage stages outcome outcomes goal goals target targets
time times today week month year yesterday tomorrow minute minutes hour hours moment while
`;

const NUMBERS = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty first second third fourth fifth';

function inflect(stem: string): string[] {
  const out = [stem];
  const vowelY = /[aeiou]y$/.test(stem);
  if (/(?:s|x|z|ch|sh|o)$/.test(stem)) out.push(`${stem}es`);
  else if (stem.endsWith('y') && !vowelY) out.push(`${stem.slice(0, -1)}ies`);
  else out.push(`${stem}s`);
  if (stem.endsWith('e')) out.push(`${stem}d`, `${stem.slice(0, -1)}ing`);
  else if (stem.endsWith('y') && !vowelY) out.push(`${stem.slice(0, -1)}ied`, `${stem}ing`);
  else {
    out.push(`${stem}ed`, `${stem}ing`);
    // stop → stopped, stopping: over-generation is harmless here
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(stem)) out.push(`${stem}${stem.at(-1)}ed`, `${stem}${stem.at(-1)}ing`);
  }
  return out;
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Function words and contractions (lower case): they never begin or continue a name. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([...words(FUNCTION), ...words(CONTRACTIONS)]);

/** Everyday English words (lower case) that never continue a name. */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set([
  ...words(FUNCTION),
  ...words(CONTRACTIONS),
  ...words(VERBS).flatMap(inflect),
  ...words(DESCRIBING),
  ...words(NOUNS),
  ...words(NUMBERS),
]);
