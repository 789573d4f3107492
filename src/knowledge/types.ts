/** Plain data types of the knowledge base and the search engine. No I/O here. */
import type { Features } from './calibration.js';

export interface Organisation {
  /** Stable id used in config and files: southwark, bracknell-forest, kent, surrey. */
  id: string;
  /** Full name: "Southwark Council". */
  name: string;
  /** Short name for cards: "Southwark". */
  shortName: string;
  /** Words staff use to name it (lower case): ["southwark", "sth"]. */
  aliases: string[];
  /** Who to ask when the guide has no answer (deployment config ASK_WHO overrides). */
  askWho: string;
}

export interface SourceSection {
  /** HTML anchor in the local copy, e.g. "our-practice-principles". */
  anchor: string;
  /** Human heading, e.g. "Our practice principles". */
  heading: string;
  /** The exact line of the source where this section starts. */
  startLine: string;
}

export type UrlStatus = 'official' | 'may-move' | 'third-party' | 'none';

export interface SourceDocument {
  /** e.g. "southwark-practice-principles". Used in /guide/<id>. */
  id: string;
  organisation: string;
  /** Name of the seed file it copies, e.g. 000_863330932fb5e518.txt. */
  seedFile: string;
  /** Path of the local copy relative to the knowledge dir, e.g. sources/southwark-practice-principles.txt */
  localCopy: string;
  title: string;
  publisher: string;
  /** ISO date or part of one: "2024-04-24", "2019-03", "2016". */
  date: string;
  /** How the document states its date, verbatim where it does: "Page last updated: 24 April 2024". */
  dateLabel: string;
  /** Period it covers where stated: "2024 to 25". */
  period?: string;
  /** Public address, where known. */
  url?: string;
  urlStatus: UrlStatus;
  /** Honest note for the card: "third-party copy", "the host was being migrated, so the address may move". */
  urlNote?: string;
  sections: SourceSection[];
  /** Loaded text of the local copy (exactly the seed text). */
  text: string;
}

export type EntryKind =
  | 'vision' | 'mission' | 'principle' | 'model' | 'model-element' | 'outcome' | 'right'
  | 'priority' | 'offer' | 'purpose' | 'aim' | 'regulation' | 'commitment' | 'statement'
  | 'inspection' | 'document-fact' | 'overview';

export interface Entry {
  /** Stable id, e.g. "southwark-principle-strengths-based". */
  id: string;
  organisation: string;
  /** SourceDocument id. */
  source: string;
  /** SourceSection anchor within the source. */
  section: string;
  kind: EntryKind;
  title: string;
  /** Exact text of the source, verbatim (a test checks it occurs in the local copy). */
  quote: string;
  /** Verbatim line of the same source that introduces the passage: the opening line of a short item's list ("Our
   * outcomes are that:"), or a page's title above its date line. Cards show it above the quote, so "Reflective
   * supervision" reads as one of the ASPIRE priorities. */
  leadIn?: string;
  /** Ids of related entries, offered as follow-ups. */
  related: string[];
  /** Authoring aid: ways staff may ask for this (never shown as guidance). */
  questions: string[];
  /** Authoring aid: words and phrases staff may use. */
  keywords: string[];
  /** Ours, not the source's: a reflective question for prompts and induction. */
  reflection?: string;
  /** Review state: "draft" (written by the importer, not yet reviewed) or "changed" (its passage changed in a
   * re-imported document). Absent once an owner has reviewed it. Staff see no difference. */
  status?: EntryStatus;
  /** Fields the importer wrote (e.g. questions, keywords): a repeat import may rewrite them; hand-written ones are kept. */
  generated?: string[];
  /** For status "changed": the quote before the document changed, to review beside the new one. */
  previousQuote?: string;
}

/** Review states of an entry (absent = reviewed). */
export type EntryStatus = 'draft' | 'changed';

export interface KnowledgeBase {
  organisations: Organisation[];
  sources: SourceDocument[];
  entries: Entry[];
  entryById: Map<string, Entry>;
  sourceById: Map<string, SourceDocument>;
  organisationById: Map<string, Organisation>;
}

/** What the caller knows besides the question. */
export interface SearchContext {
  /** Deployment's (or user's) organisation, used for "our principles" and as a gentle preference. */
  organisation?: string;
  /** The user has just chosen `organisation` for this question (answering "which organisation?"): it then
   * counts as if the question had named it. */
  chosen?: boolean;
}

export interface Hit {
  entry: Entry;
  /** 0..1, higher is better. */
  confidence: number;
  /** 0..1: share of the question's meaning this entry matches (diagnostics). */
  coverage?: number;
}

export type SearchOutcome = 'answer' | 'did-you-mean' | 'no-answer' | 'ask-organisation';

export interface SearchResult {
  outcome: SearchOutcome;
  /** Ranked, best first (at most 10). Present for every outcome, possibly empty. */
  hits: Hit[];
  /** Confidence of the top hit, 0 when none. */
  confidence: number;
  /** Organisation the question named, if any. */
  organisation?: string;
  /** For 'no-answer' only: the nearest entries, for logs and evaluation; never to be shown as an answer. */
  nearest?: Hit[];
  /** The ranking's signals for the best passage (diagnostics and training; never shown). */
  features?: Features;
  /** For 'no-answer': the calibrated probability that the nearest passage would have answered. */
  probability?: number;
  /** For 'answer': passages of the same section, or next to the answer in its document, that the ranking also
   * places in the first three; cards quote them with the answer, in the document's order (see companions.ts). */
  companions?: Entry[];
  /** A close runner-up that is a different answer (not the same list, page or section) exists. */
  distinctRunnerUp?: boolean;
}
