import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { buildIndex, search, type SearchIndex } from '../../src/knowledge/engine.js';
import { asksAboutDocument, asksForList, itemsOf, namingTerms, sameFamily } from '../../src/knowledge/intent.js';
import { terms } from '../../src/knowledge/tokenize.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));

describe('knowledge intent: what the question asks for', () => {
  it('tells a list question from an item question', () => {
    for (const q of ['what are southwark\'s practice principles', 'list the ASPIRE priorities', 'the 4 outcomes for bracknell kids', 'wot r the aspire priorites',
      'what principles does surrey work to with families', 'which key priorities does bracknell set'])
      expect(asksForList(q), q).to.equal(true);
    for (const q of ['what does reflective supervision mean in bracknell', 'is the fair principle about poverty?', 'what is the reflective principle'])
      expect(asksForList(q), q).to.equal(false);
  });

  it('tells a question about the page from one about its guidance', () => {
    expect(asksAboutDocument('when was the kent page last updated')).to.equal(true);
    expect(asksAboutDocument('what does kent say about creativity')).to.equal(false);
  });
});

describe('knowledge engine: ties broken by what the question asks, not hedged', () => {
  let kb: KnowledgeBase;
  let index: SearchIndex;
  before(() => { kb = loadKnowledge(KNOWLEDGE_DIR); index = buildIndex(kb); });

  it('knows a list and its own items as one family, and names an item by what sets it apart', () => {
    const overview = kb.entryById.get('bf-aspire-overview')!;
    const items = itemsOf(overview, kb.entryById);
    expect(items.length).to.be.at.least(5);
    expect(sameFamily(overview, items[0], kb.entryById)).to.equal(true);
    const naming = namingTerms(items[0], overview, kb.entryById, terms);
    expect(naming.has('aspir'), 'the shared prefix names no single item').to.equal(false);
    expect(naming.size).to.be.greaterThan(0);
  });

  it('answers a list question with the overview, clearly', () => {
    for (const [q, id] of [['what are southwark\'s practice principles?', 'southwark-principles-overview'], ['what are the ASPIRE priorities in bracknell?', 'bf-aspire-overview'], ['what is the secure base model in bracknell forest?', 'bf-secure-base-model']]) {
      const r = search(index, q, {});
      expect(r.outcome, q).to.equal('answer');
      expect(r.hits[0].entry.id, q).to.equal(id);
    }
  });

  it('answers a question naming one item with that item', () => {
    const r = search(index, 'what does reflective supervision mean in bracknell\'s ASPIRE?', {});
    expect(r.outcome).to.equal('answer');
    expect(r.hits[0].entry.id).to.equal('bf-aspire-supervision');
  });

  it('of two lists, gives the one whose title starts with the things asked for', () => {
    const r = search(index, 'give me the list of aims for the fostering service in southwark', {});
    expect(r.hits[0].entry.id).to.equal('sf-aims-overview');
    expect(search(index, 'list the fostering regulations in southwark', {}).hits[0].entry.id).to.equal('sf-regulations-overview');
  });

  it('gives the one item named even when the question asks for a list of its points', () => {
    const r = search(index, "list all the points of southwark's reflective principle", {});
    expect(r.hits[0].entry.id).to.equal('southwark-principle-reflective');
    const both = search(index, 'list the reflective and the fair principles in southwark', {});
    expect(both.hits[0].entry.id, 'two items named: the list').to.equal('southwark-principles-overview');
  });
});

describe('knowledge intent: questions about the page', () => {
  it('reads "what does the page say about…" as a guidance question, and dates, authors and links as page questions', async () => {
    const { asksAboutDocument } = await import('../../src/knowledge/intent.js');
    expect(asksAboutDocument('what does the vision page say about staff')).to.equal(false);
    expect(asksAboutDocument('which page is the secure base on')).to.equal(true);
    expect(asksAboutDocument('when was the vision page written')).to.equal(true);
    expect(asksAboutDocument('what does the page say and who published it')).to.equal(true);
  });
});

describe('knowledge engine: no stretching', () => {
  let index: SearchIndex;
  before(() => { index = buildIndex(loadKnowledge(KNOWLEDGE_DIR)); });

  it('knows when a passage lacks the detail a question asks for, and when it states it', async () => {
    const { lacksRequestedDetail } = await import('../../src/knowledge/intent.js');
    expect(lacksRequestedDetail('how often do i visit a child on a CP plan', 'Purposeful visits to families.')).to.equal(true);
    expect(lacksRequestedDetail('how often are reviews held', 'Reviews are held every six months.')).to.equal(false);
    expect(lacksRequestedDetail('up to what age do care leavers get a PA', 'We support care leavers.')).to.equal(true);
    expect(lacksRequestedDetail('up to what age do care leavers get a PA', 'Support continues until aged 25.')).to.equal(false);
    expect(lacksRequestedDetail("what's the timescale for completing a single assessment", 'Always respect timeliness.')).to.equal(true);
    expect(lacksRequestedDetail('what is the secure base model', 'anything')).to.equal(false);
    expect(lacksRequestedDetail('how many practice principles are there', 'The golden threads.', true), 'a list can be counted').to.equal(false);
    expect(lacksRequestedDetail('how often are supervisions', 'The golden threads.', true), 'a list states no frequency').to.equal(true);
  });

  it('needs a year for "what year / when did", a number for limits, an origin for "who came up with", a process for "how do i book"', async () => {
    const { lacksRequestedDetail } = await import('../../src/knowledge/intent.js');
    expect(lacksRequestedDetail('what year did the council bring in this model', 'We use this model across the county.')).to.equal(true);
    expect(lacksRequestedDetail('when was the plan published', 'Our plan for 2019 to 2022.')).to.equal(false);
    expect(lacksRequestedDetail("what's the max caseload here", 'Manageable caseloads matter.')).to.equal(true);
    expect(lacksRequestedDetail('what is the maximum caseload', 'No more than 18 children.')).to.equal(false);
    expect(lacksRequestedDetail('does the service meet the national minimum standards', 'National minimum standards 2011'), 'a title, not a limit').to.equal(false);
    expect(lacksRequestedDetail('who came up with the model originally', 'The model supports our vision.')).to.equal(true);
    expect(lacksRequestedDetail('who came up with the model', 'The model was developed by Schofield and Beek.')).to.equal(false);
    expect(lacksRequestedDetail('how do i book a place on the training', 'We offer training to staff.')).to.equal(true);
    expect(lacksRequestedDetail('how do i refer a family', 'Ring the front door to make a referral.')).to.equal(false);
    expect(lacksRequestedDetail('how do i support a family that feels judged', 'We work without judgement.'), 'practice, not admin').to.equal(false);
  });

  it('never answers what is coming, who holds a post, figures or rates the passage does not state', async () => {
    const { lacksRequestedDetail } = await import('../../src/knowledge/intent.js');
    expect(lacksRequestedDetail('when is the next training day running', 'We offer training in 2019.')).to.equal(true);
    expect(lacksRequestedDetail('when will the new plan be published', 'Our plan, 2019.', false, true), 'not even page facts know the future').to.equal(true);
    expect(lacksRequestedDetail('when was this page written', 'Our vision', false, true), 'page facts answer the past').to.equal(false);
    expect(lacksRequestedDetail('who chairs the partnership now', 'The partnership works together.')).to.equal(true);
    expect(lacksRequestedDetail('who is responsible for the best for children', 'It is a team effort.'), 'a role question, not a post').to.equal(false);
    expect(lacksRequestedDetail("who's my team manager", 'Managers support staff.')).to.equal(true);
    expect(lacksRequestedDetail('how much weight does family life get in decisions', 'Family life matters.'), 'weight, not an amount').to.equal(false);
    expect(lacksRequestedDetail('how much does family life count at bracknell', 'Family life matters.')).to.equal(false);
    expect(lacksRequestedDetail('how much does a foster carer get', 'Carers are supported.')).to.equal(true);
    expect(lacksRequestedDetail('what did ofsted rate southwark', 'Ofsted graded us good.'), 'rate as a verb').to.equal(false);
    expect(lacksRequestedDetail('what is the vacancy rate in kent', 'Staff are our asset.')).to.equal(true);
    expect(lacksRequestedDetail('always behind on deadlines, what do the priorities say about timeliness', 'Always respect timeliness.')).to.equal(false);
    expect(lacksRequestedDetail('what is the deadline for a single assessment', 'Assessments are timely.')).to.equal(true);
    expect(lacksRequestedDetail("who's the fostering service manager in southwark", 'The fostering service recruits carers.')).to.equal(true);
    expect(lacksRequestedDetail("who's on the children's social care leadership team?", 'Strong leadership.')).to.equal(true);
    expect(lacksRequestedDetail('who is the fostering service for', 'Children who need safe families.'), 'who it serves, not who holds a post').to.equal(false);
    expect(lacksRequestedDetail("when's the next signs of safety training", 'We are introducing Signs of Safety.')).to.equal(true);
    expect(lacksRequestedDetail('can i book secure base model training', 'We adopt the Secure Base Model.')).to.equal(true);
    expect(lacksRequestedDetail('how does a parent make a complaint about their social worker', 'An effective complaints process.')).to.equal(false);
    expect(lacksRequestedDetail('how does a parent make a complaint about their social worker', 'Quality assurance of our work.')).to.equal(true);
    expect(lacksRequestedDetail("what percentage of staff are agency", 'Our staff are our asset.')).to.equal(true);
    expect(lacksRequestedDetail('regular supervision, does that mean monthly', 'High quality and regular meetings.')).to.equal(true);
    expect(lacksRequestedDetail('how many visits a month', 'The six priorities.', true), 'a list counts itself, not a rate').to.equal(true);
    expect(lacksRequestedDetail('how many priorities are there', 'The six priorities.', true)).to.equal(false);
    expect(lacksRequestedDetail("what's the process for requesting a placement", 'Enough good placements.')).to.equal(true);
    expect(lacksRequestedDetail('does an assessment have to be done in 6 months', 'Assessment and approval of carers.')).to.equal(true);
    expect(lacksRequestedDetail('was the model developed by a university', 'The model supports our vision.')).to.equal(true);
    expect(lacksRequestedDetail('exactly what steps should i take', 'Keep trying to engage families.')).to.equal(true);
    expect(lacksRequestedDetail("what's the council's budget", 'Our inspection in 2022 was good (PDF, 537.8 KB).'), 'a year or a file size is no figure').to.equal(true);
    expect(lacksRequestedDetail('what percentage of visits are on time', '85% of visits are on time.')).to.equal(false);
    expect(lacksRequestedDetail("mum won't engage, should i close it", 'Keep trying to engage families.')).to.equal(true);
    expect(lacksRequestedDetail('how exactly do i run a motivational interview', 'Using motivational interviewing to engage.')).to.equal(true);
    expect(lacksRequestedDetail('how do i apply to become a foster carer', 'Recruiting skilled foster carers.')).to.equal(true);
    expect(lacksRequestedDetail('how should i engage a family who avoid us', 'Keep trying to engage families.'), 'practice, not a task').to.equal(false);
  });

  it('declines questions next door to the guidance that share a word or two with it', () => {
    for (const q of ["what's the timescale for completing a single assessment", 'how often do i have to visit a child on a CP plan',
      'up to what age do care leavers get a PA', 'what is the pay for a social worker in kent', 'how often are LAC reviews held']) {
      expect(search(index, q, {}).outcome, q).to.equal('no-answer');
    }
  });
});

describe('knowledge intent: a count of things asked for', () => {
  it('needs the passage to state the count, unless the passage is a list one can count', async () => {
    const { lacksAskedCount } = await import('../../src/knowledge/intent.js');
    expect(lacksAskedCount("what were the munro review's 15 recommendations?", 'The Munro Review asked for relationships.', false)).to.equal(true);
    expect(lacksAskedCount('what are the 3 columns in the mapping', 'Three columns: worries, strengths, next steps.', false)).to.equal(false);
    expect(lacksAskedCount('what are the 4 outcomes for bracknell kids', 'anything', true)).to.equal(false);
    expect(lacksAskedCount('what are the two halves of the southwark mission', 'Putting Children First and Keep Families Strong.', false)).to.equal(false);
    expect(lacksAskedCount('yp has had 5 placements in two years, what is the end goal', 'anything', false)).to.equal(false);
    expect(lacksAskedCount('14 yo in care keeps getting talked over', 'anything', false)).to.equal(false);
  });
});
