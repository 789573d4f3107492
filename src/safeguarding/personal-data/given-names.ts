/**
 * Common given names in England (children and adults), lower case. A capitalised one is a
 * name wherever it stands; a lower-case one only next to a person cue (child, mum, yp, re…)
 * and only when it is not also an everyday word (AMBIGUOUS_NAMES).
 */
const NAMES = `
aaliyah aaron abdul abdullah abigail ada adam adrian ahmed aidan aiden aisha alan albert alex alexander alexandra alfie ali alice alicia alisha amanda amara amber amelia amelie amir amy ana andrea andrew andy angela anna annabelle anne annie anthony archie aria ariana arlo arthur asha ashley aston aurora austin ava ayaan ayesha
barbara beatrice becky bella ben benjamin beth bethany billy bobby bonnie brandon brian brooke bryony
caitlin callum calvin cameron carl carly carol caroline casey cassie catherine charlie charlotte chelsea chloe chris christina christopher ciara claire clara cody colin connor corey courtney craig
daisy dale damian daniel danielle danny darren david dawn dean debbie deborah declan demi denise dexter diane dominic donna dylan
eddie edward eleanor elijah elise eliza elizabeth ella ellie elliot elliott elsie emil emilia emily emma eric erin esme ethan eva evan evelyn evie ezra
faith fatima felix finlay finley finn florence francesca freddie freya
gabriel gabriella gareth gary gavin gemma george georgia gerald gill gina gracie graham greg gregory
hailey hannah harley harper harriet harrison harry harvey hassan hayden hayley heather heidi helen henry holly hollie hudson hugo hussain
ian ibrahim idris imogen isaac isabel isabella isabelle isla ismail ivy
jack jackson jacob jade jake james jamie jan jane janet jasmine jason jay jayden jaden jayla jenna jennifer jenny jeremy jess jessica jim jimmy joanna joanne jodie joe joel john johnny jonathan jordan joseph josh joshua josie julia julie justin
kai kaiden kara karen karl kate katie kayden kayla keira keith kelly kenneth kerry kevin khadija kian kieran kim kirsty kyle kylie
lacey laila lana laura lauren layla leah lee leo leon lewis lexi liam lily lilly lisa logan lola louie louis louise lucas lucy luke luna lydia
macy maddison madison maisie malik maria mariam marie marcus martin mary maryam mason matilda matt matthew maya megan melissa mia michael michelle mila millie mohammed mohammad muhammad molly morgan
nadia naomi natalie natasha nathan neil niamh nicholas nicola nicole nina noah nora
oakley olivia ollie oliver oscar owen
paige pamela patrick paul paula penelope peter phoebe piper poppy
rachel rebecca reece reggie rhys ricky riley rita robert robin rosie rowan ruby ryan
sadie sam samantha samuel sandra sara sarah scarlett sean sebastian shannon sharon shaun sian sienna simon sofia sonny sophia sophie stacey stanley stephanie stephen steven stuart susan
tanya tara taylor teddy terry theo theodore thomas tia tilly toby tom tommy tony tracey tracy troy tyler tyrone
valerie vanessa victoria vincent violet
wayne wendy william willow
yasmin yusuf
zac zach zachary zain zak zara zoe
ade albie ama amina aminah andre ann antoni ayan ayo bailey baz bilal bradley brayden brenda chantelle chidi chinedu chioma christine dan dante dave daz dwayne ellis emeka femi filip frankie funmi gaz hafsa halima hamza hana hanna iman inaya jackie jacqueline jaiden jakub jamal jaydon jensen jenson jermaine jerome jo jon kacper kareem kayleigh keeley khalid kiera kofi kwame kwesi leanne lena levi linda lindsey lorraine lottie lou lyndsey mae maeve maja malachi margaret maureen mick mike mollie musa natalia nathaniel nevaeh ngozi obi oliwia olu omar orla ottilie pauline pete phil rae reuben ronnie rory shane sheila shelley steve sumaya szymon tariq temi tobi tolu tomi tyreke tyrese umar usman wiktoria yahya zainab zayan zayn zuzanna
jozef siobhan aoife saoirse ciaran oisin padraig eoin cian roisin grainne jose juan luis carlos pedro joao tomasz piotr pawel krzysztof agnieszka katarzyna andrei ionut ioana florin mihai bogdan darius marek lukasz mateusz
`;

/** Given names that are also everyday words: flagged only when capitalised mid-sentence, next to a person cue, or before a surname. */
export const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set(
  'amber bill dawn faith frank grace guy hope ivy jack jay joy mark max pat ray rob robin rose ruby sky summer sunny will autumn penny bob don art chance crystal destiny hunter mason piper storm willow honey sue ed precious blessing mercy patience may'.split(' '),
);

/** Ambiguous names that are also verbs or modals ("will", "may", "mark"): a following unknown word proves nothing. */
export const VERB_LIKE_NAMES: ReadonlySet<string> = new Set('will may mark bill sue pat rob jack don guy frank max art chance bob ray hunter mason'.split(' '));

export const GIVEN_NAMES: ReadonlySet<string> = new Set([...NAMES.split(/\s+/).filter(Boolean), ...AMBIGUOUS_NAMES]);

/** Most parts a hyphenated given name has ("mary-jane", "lily-mae", "ruby-ann"). */
const MAX_COMPOUND_PARTS = 3;

/**
 * True for a listed given name in any case, an apostrophe form of one, or a hyphenated compound
 * whose first part is an unambiguous given name or whose parts are all given names:
 * `isGivenName('lily-mae')` → true, `isGivenName('will-power')` → false.
 */
export function isGivenName(word: string): boolean {
  const lower = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\u2019/g, "'");
  if (GIVEN_NAMES.has(lower) || GIVEN_NAMES.has(lower.replace(/'/g, ''))) return true;
  const parts = lower.split('-');
  if (parts.length < 2 || parts.length > MAX_COMPOUND_PARTS || parts.some((p) => p.length < 2)) return false;
  if (parts.every((p) => GIVEN_NAMES.has(p))) return true;
  return GIVEN_NAMES.has(parts[0]) && !AMBIGUOUS_NAMES.has(parts[0]) && parts.slice(1).every((p) => /^[a-z]+$/.test(p));
}

/** True when the given name (or a compound's first part) is also an everyday word. */
export function isAmbiguousName(word: string): boolean {
  const lower = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const parts = lower.split('-');
  return AMBIGUOUS_NAMES.has(lower) || (parts.length > 1 && parts.every((p) => AMBIGUOUS_NAMES.has(p)));
}
