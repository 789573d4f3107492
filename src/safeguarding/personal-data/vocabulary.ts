/**
 * Words that are capitalised in staff messages without being people's names: places and
 * organisations of the guidance, practice models, acronyms, calendar words, products, and
 * common English words (staff Title Case headings and start sentences mid-line).
 * All lower case; name detection compares lower-cased tokens. Everyday English (pd-english.ts)
 * and place names (names-places.ts) are merged in.
 */
import { ENGLISH_WORDS, FUNCTION_WORDS } from './english.js';
import { PLACE_WORDS } from './names-places.js';
const DOMAIN = `
southwark bracknell forest kent surrey london england english britain british uk gb wales scotland ireland europe
council councils county borough city district local authority authorities la las government dfe ofsted ilacs cqc nhs camhs cafcass nspcc barnardos barnardo
secure base model signs safety aspire munro review every day matters motivational interviewing mi sos sbm rbp pdt social work contract
practice principles principle guide guidance team practice development vision mission outcomes outcome fostering foster adoption adopt kinship
child children childrens young person people family families parent parents carer carers worker workers manager managers service services
asye nqsw psw tm pm sm yp cyp lac cla cic cl cp cpp cin eh eha taf tac mash lado iro fc fcs sgo plo cse cce fgc sop nms regs dsl lscb scp pdf kb it hr
safeguarding board partnership effective resilience strengths based relationship evidence informed reflective fair focused minded centred centered
statement purpose aims corporate parenting regulations standards national minimum act children act care standards
social worker workers assessed supported year employment principal designated officer independent reviewing
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
christmas easter eid diwali ramadan hanukkah new years bank holiday
teams microsoft outlook excel word sharepoint onedrive office google zoom mosaic liquidlogic eclipse carefirst swift lcs wifi vpn ipad iphone android windows
practice guide bot hi hello hey thanks thank cheers ok okay yes no please sorry dear team all
mr mrs ms miss dr sir madam
mum dad carer carers foster fostering school social kinship sgo connected persons respite residential children's home supported lodgings
schofield beek bowlby ainsworth maslow winnicott lundy tavistock freud bronfenbrenner turnell laming climbie team membership belonging secure base signs safety every day matters munro aspire strengths based restorative systemic trauma informed contextual
graded profile life story direct work genogram ecomap chronology chronologies supervision reflective huddle group pod unit hub front door duty
transitions transition edge leaving permanence reunification rehabilitation adolescents adolescent exploitation gangs county trafficking modern slavery
dob d.o.b nhs ni postcode address tel mob mobile email ref
working together safeguard leavers leaver local offer pathway looked after conference strategy discussion section emergency protection order orders special guardianship residential unit youth justice offending exploitation lines virtual head teacher designated lead return interview help early edge frontline step up basw swe skills for care knowledge skills statements kss pqs pq dbs gdpr data protection information sharing
`;

const COMMON = `
a about above across act action actually add after again against age ago agree ahead all allow almost alone along already also although always am among an and another answer any anyone anything are area around as ask asked asking at available away
back bad be because become been before begin behind being believe best better between big both bring build building but by
call called came can cannot care case cases cause certain chance change check clear close come coming common could course create current
day days decide decision did different do does doing done down during
each early easy either else end enough even ever every everyone everything example explain
face fact feel few find first follow following for form found free from full further
get getting give given go going good got great group grow
had half happen happened hard has have having he head hear heard help her here high him his hold home how however
i idea if important in include including information inside instead into is issue it its itself
just keep kind know knowledge known
last late later lead learn learning least leave left less let level life like likely line little live long look looking lot love
made main make making many matter may me mean meaning means meet meeting might mind more most move much must my
name near need needs never new next nice no none nor not note nothing now number
of off often old on once one only open or order other our out over own
part particular people perhaps place plan plans point possible put
question questions quick quite
rather read ready real really reason record right role run
said same say says see seem seen set several shall she should show side since small so some someone something sometimes soon sort speak start still stop such support sure
take taken talk talking tell than that the their them then there these they thing things think this those though through time to today together told too took towards tried true try trying turn
under understand until up upon us use used using usual
very view voice
want wanted was way ways we week well went were what whats when where whether which while who whole whom whose why will wish with within without work working would write wrong
yes yet you your yours
assessment assessments plan plans review reviews meeting meetings supervision training induction caseload caseloads workload visit visits referral referrals contact placement placements permanence stability consent honesty transparency openness partnership agencies agency health education police school schools nursery hospital court
availability sensitivity acceptance cooperation co-operation membership belonging autonomy esteem self-esteem resilience wellbeing well-being rights respect humanity proportionality quality assurance access
culture values value approach approaches framework frameworks policy policies procedure procedures process protocol threshold thresholds strategy priorities priority offer recruitment retention progression career careers development learning programme
strong strengths strength putting keeping providing planning promoting understanding considering using working building being asking responding thinking hearing engaging developing focusing basing questioning continually always only first how these there their all by in to we our the this it help
smart specialist purposeful impactful miscellaneous amendments apply apr page early
question answer thanks please hello morning afternoon evening night
sw sws swer swers icpc rcpc icpcs admin timescale timescales caseloads firefighting signposting signpost safeguard practitioner practitioners
`;

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Organisation, place and guidance words: a capitalised one never continues a name ("Sarah Southwark"). */
export const DOMAIN_WORDS: ReadonlySet<string> = new Set([...words(DOMAIN), ...PLACE_WORDS]);

/** Lower-case words that are never treated as a person's name when capitalised. */
export const KNOWN_WORDS: ReadonlySet<string> = new Set([...DOMAIN_WORDS, ...words(COMMON), ...ENGLISH_WORDS]);

/** Words that, right before or after a name, make a lower-case given name count as a name. */
export const PERSON_CUES: ReadonlySet<string> = new Set(
  'child kid kids baby toddler yp cyp lac cla mum mom mother dad father parent parents carer carers fc nan gran grandma grandad nanny aunt auntie uncle brother sister son daughter boy girl stepdad stepmum sibling siblings cousin partner boyfriend girlfriend re called named name client teenager teen lad pupil student family'.split(' '),
);

/** Words that stop a capitalised surname run ("Jayden And…", "Sarah Southwark"). */
export const CAPITAL_STOP: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...DOMAIN_WORDS]);

/** Titles: the word after one is a surname even when it is a common word ("Mrs Green", "mrs doyle"). */
export const TITLES: ReadonlySet<string> = new Set('mr mrs ms miss mx dr'.split(' '));
