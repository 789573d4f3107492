/**
 * Plain data that crosses the bot boundary. src/bot/ turns a botbuilder Activity into a
 * TurnInput, calls the core, and sends the TurnOutput. The core never sees botbuilder.
 */

export type Scope = 'personal' | 'groupChat' | 'channel';

/** A JSON-serialisable conversation reference (botbuilder's ConversationReference shape), stored for proactive sends. */
export type ConversationRef = Record<string, unknown> & {
  serviceUrl: string;
  conversation: { id: string; conversationType?: string; tenantId?: string };
};

export type TurnKind =
  | 'message'        // a typed message (text), mention already stripped
  | 'submit'         // Action.Submit / Action.Execute data (value)
  | 'installed'      // bot added to a personal chat, group chat or team
  | 'uninstalled'    // bot removed
  | 'membersAdded'   // people (not the bot) joined a team or chat
  | 'query'          // message extension query (composeExtension/query)
  | 'selectItem'     // message extension item chosen (composeExtension/selectItem)
  | 'fileConsent'    // fileConsent/invoke accept/decline
  | 'other';

export interface TurnInput {
  kind: TurnKind;
  /** Message text with the bot mention removed and trimmed ('' when none). Never log it. */
  text: string;
  /** Card submit data, invoke value, or message extension query parameters. */
  value?: unknown;
  /** For Action.Execute: the verb. For invokes: the invoke name. */
  verb?: string;
  scope: Scope;
  conversationId: string;
  /** Id of the message this activity belongs to (thread root for channel replies). */
  replyToId?: string;
  /** Activity id. */
  activityId?: string;
  /** Raw user id (29:...) and AAD object id when known. Hash before storing or logging. */
  userId: string;
  aadObjectId?: string;
  userName?: string;
  tenantId?: string;
  teamId?: string;
  channelId?: string;
  /** Members added/removed (raw ids), for membersAdded. */
  members?: { id: string; aadObjectId?: string; name?: string }[];
  locale?: string;
  /** Reference to this conversation, for storing and proactive sends. */
  ref: ConversationRef;
  /** Epoch ms the turn started (injected clock). */
  now: number;
}

/** One message to send. `card` is a rendered Adaptive Card (JSON object, version 1.5). */
export interface OutMessage {
  text?: string;
  card?: Record<string, unknown>;
  /** File consent card for the insights CSV. */
  fileConsent?: { name: string; description: string; sizeInBytes: number; context: Record<string, unknown> };
  /** Send as a private 1:1 message to the user rather than in the conversation. */
  toUserPrivately?: boolean;
}

export interface TurnOutput {
  messages: OutMessage[];
  /** For invoke activities: the HTTP-level response body botbuilder returns to Teams. */
  invokeResponse?: { status: number; body?: unknown };
  /** Replace the card the user pressed (Action.Execute refresh) when set. */
  updateCard?: Record<string, unknown>;
  /** After a file-consent accept: the bot layer PUTs content to Teams' uploadUrl. */
  upload?: {
    uploadUrl: string;
    content: string;
    contentType: string;
    /** From Teams' uploadInfo: shown as a file card in the chat once the upload succeeds. */
    file?: { name: string; contentUrl: string; uniqueId: string; fileType: string };
  };
}

/** Proactive delivery (daily prompts, greeting new team members). Implemented in src/bot/ with continueConversationAsync. */
export interface Notifier {
  /** Sends into the referenced conversation; returns the new activity id. Throws NotifierError on connector errors. */
  send(ref: ConversationRef, message: OutMessage): Promise<string | undefined>;
  /** Creates (or finds) the personal chat with a user in a tenant and sends to it. */
  sendToUser?(ref: ConversationRef, user: { id: string; aadObjectId?: string }, message: OutMessage): Promise<string | undefined>;
}

export class NotifierError extends Error {
  constructor(readonly status: number, message: string, readonly retryAfterMs?: number) {
    super(message);
    this.name = 'NotifierError';
  }
}

export const EMPTY_OUTPUT: TurnOutput = Object.freeze({ messages: [] }) as TurnOutput;
