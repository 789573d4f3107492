/**
 * A tiny KnowledgeBase for tests: three organisations, three sources (an official page that
 * may move, a third-party copy, an old 2016 page), and a handful of entries whose quotes are
 * verbatim excerpts of the local copies below (copied from the seed documents into the repo).
 */
import type { Entry, KnowledgeBase, Organisation, SourceDocument } from '../../src/knowledge/types.js';

const SOUTHWARK_TEXT = [
  'Work as a Social Worker in Southwark',
  "Children's Services - our practice principles",
  'Our practice principles',
  'To deliver our vision, all our services need to work toward common principles. These are the golden threads of our practice.',
  'Strengths Based',
  'Considering first what people can do with their skills and resources, and what their families and communities can offer.',
  'Relationship Based',
  'Working with people, not doing to or for them. Developing and supporting meaningful relationships, with compassion and respect.',
  'Reflective',
  'Thinking about what we do and have done, what we know and need to know. Questioning our understanding and assumptions, and those of others. Continually learning.',
  'Page last updated: 24 April 2024',
].join('\n');

const SURREY_TEXT = [
  'We are committed to the following principles which inform the way we work with children and families:',
  '- Using motivational interviewing to engage with families, seeking their consent and agreement;',
  'There will be circumstances where children or young people themselves are also able to articulate what it is they need to help them and to give consent themselves.',
].join('\n');

const KENT_TEXT = [
  "Our vision for children's social care",
  "We have a clear vision for children's services, which is that every child and young person in Kent should achieve their full potential in life, whatever their background.",
  "We are also introducing 'Signs of Safety', covering Early Help and Specialist Childrens Services as our county wide practice model.",
].join('\n');

export const FIXTURE_ORGANISATIONS: Organisation[] = [
  { id: 'southwark', name: 'Southwark Council', shortName: 'Southwark', aliases: ['southwark'], askWho: 'your practice lead or principal social worker' },
  { id: 'surrey', name: 'Surrey Safeguarding Children Board', shortName: 'Surrey', aliases: ['surrey'], askWho: 'your team manager' },
  { id: 'kent', name: 'Kent County Council', shortName: 'Kent', aliases: ['kent', 'kcc'], askWho: 'your team manager' },
];

export const FIXTURE_SOURCES: SourceDocument[] = [
  {
    id: 'southwark-practice-principles', organisation: 'southwark', seedFile: '000_863330932fb5e518.txt',
    localCopy: 'sources/southwark-practice-principles.txt',
    title: "Work as a Social Worker in Southwark: Children's Services - our practice principles",
    publisher: 'Southwark Council', date: '2024-04-24', dateLabel: 'Page last updated: 24 April 2024',
    url: 'https://services.southwark.gov.uk/jobs-and-careers/jobs-in-social-work-and-occupational-therapy/our-social-work-offer?chapter=2',
    urlStatus: 'may-move', urlNote: 'the host was being migrated, so the address may move',
    sections: [{ anchor: 'our-practice-principles', heading: 'Our practice principles', startLine: 'Our practice principles' }],
    text: SOUTHWARK_TEXT,
  },
  {
    id: 'surrey-family-resilience', organisation: 'surrey', seedFile: '004_980b48335205bc37.txt',
    localCopy: 'sources/surrey-family-resilience.txt',
    title: 'Effective Family Resilience Surrey – Every Child in Surrey Matters',
    publisher: 'Surrey Safeguarding Children Board', date: '2019-03', dateLabel: 'March 2019',
    url: 'https://learn.pavpub.com/lessons/a-vision-for-partnership-working-in-surrey/',
    urlStatus: 'third-party', urlNote: 'third-party copy',
    sections: [{ anchor: 'a-vision-for-partnership-working-in-surrey', heading: 'A vision for partnership working in Surrey', startLine: SURREY_TEXT.split('\n')[0] }],
    text: SURREY_TEXT,
  },
  {
    id: 'kent-vision', organisation: 'kent', seedFile: '003_bd4d7086768c2b3f.txt',
    localCopy: 'sources/kent-vision.txt',
    title: "Our vision for children's social care", publisher: 'Kent County Council', date: '2016', dateLabel: 'about 2014 to 2016',
    url: 'https://www.kent.gov.uk/jobs/careers-with-us/careers-in-childrens-social-care/our-vision-for-childrens-social-care',
    urlStatus: 'may-move', urlNote: 'old content: the page may have been retired',
    sections: [{ anchor: 'our-vision', heading: "Our vision for children's social care", startLine: KENT_TEXT.split('\n')[0] }],
    text: KENT_TEXT,
  },
];

function entry(e: Omit<Entry, 'related' | 'questions' | 'keywords'> & Partial<Pick<Entry, 'related' | 'questions' | 'keywords'>>): Entry {
  return { related: [], questions: [], keywords: [], ...e };
}

export const FIXTURE_ENTRIES: Entry[] = [
  entry({
    id: 'southwark-principle-strengths-based', organisation: 'southwark', source: 'southwark-practice-principles',
    section: 'our-practice-principles', kind: 'principle', title: 'Strengths Based',
    quote: 'Considering first what people can do with their skills and resources, and what their families and communities can offer.',
    related: ['southwark-principle-relationship-based', 'southwark-principle-reflective'],
    questions: ['what does strengths based mean'], keywords: ['strengths'],
    reflection: 'When did you last start a conversation with what a family can do?',
  }),
  entry({
    id: 'southwark-principle-relationship-based', organisation: 'southwark', source: 'southwark-practice-principles',
    section: 'our-practice-principles', kind: 'principle', title: 'Relationship Based',
    quote: 'Working with people, not doing to or for them. Developing and supporting meaningful relationships, with compassion and respect.',
    related: ['southwark-principle-strengths-based'], keywords: ['relationships'],
  }),
  entry({
    id: 'southwark-principle-reflective', organisation: 'southwark', source: 'southwark-practice-principles',
    section: 'our-practice-principles', kind: 'principle', title: 'Reflective',
    quote: 'Thinking about what we do and have done, what we know and need to know. Questioning our understanding and assumptions, and those of others. Continually learning.',
    keywords: ['reflection'],
  }),
  entry({
    id: 'surrey-principle-motivational-interviewing', organisation: 'surrey', source: 'surrey-family-resilience',
    section: 'a-vision-for-partnership-working-in-surrey', kind: 'principle', title: 'Motivational interviewing and consent',
    quote: 'Using motivational interviewing to engage with families, seeking their consent and agreement;',
    related: ['surrey-consent-children'], keywords: ['consent', 'motivational interviewing', 'mi'],
  }),
  entry({
    id: 'surrey-consent-children', organisation: 'surrey', source: 'surrey-family-resilience',
    section: 'a-vision-for-partnership-working-in-surrey', kind: 'statement', title: 'Children giving consent themselves',
    quote: 'There will be circumstances where children or young people themselves are also able to articulate what it is they need to help them and to give consent themselves.',
    related: ['surrey-principle-motivational-interviewing'], keywords: ['consent'],
  }),
  entry({
    id: 'kent-vision', organisation: 'kent', source: 'kent-vision', section: 'our-vision', kind: 'vision', title: "Kent's vision for children's services",
    quote: "We have a clear vision for children's services, which is that every child and young person in Kent should achieve their full potential in life, whatever their background.",
    keywords: ['vision'],
  }),
];

/** Builds the lookup maps of a KnowledgeBase from plain lists. */
export function buildKb(organisations: Organisation[], sources: SourceDocument[], entries: Entry[]): KnowledgeBase {
  return {
    organisations, sources, entries,
    entryById: new Map(entries.map((e) => [e.id, e])),
    sourceById: new Map(sources.map((s) => [s.id, s])),
    organisationById: new Map(organisations.map((o) => [o.id, o])),
  };
}

/** A fresh copy of the fixture knowledge base (safe to mutate in a test). */
export function fixtureKb(): KnowledgeBase {
  return buildKb(structuredClone(FIXTURE_ORGANISATIONS), structuredClone(FIXTURE_SOURCES), structuredClone(FIXTURE_ENTRIES));
}
