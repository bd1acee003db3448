// Shapes of the conversations/messages API (v1) as the inbox consumes them.
import type { Provenance } from "./types";

export const CHANNELS = ["email", "chat", "api", "facebook", "instagram", "whatsapp", "social", "sms", "call", "import"] as const;
export type Channel = (typeof CHANNELS)[number];

export const CONVERSATION_STATUSES = ["open", "pending", "closed"] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export const SENTIMENTS = ["negative", "neutral", "positive", "unknown"] as const;
export type SentimentFilter = (typeof SENTIMENTS)[number];

export interface LastMessage {
  direction: "in" | "out";
  text: string;
  translation: string | null;
  sentiment: string | null;
}

export interface Conversation {
  id: string;
  customerId: string | null;
  customer: { id: string; name: string } | null;
  // Open-ended on the server; unknown channels fall back to a generic label.
  channel: string;
  subject: string | null;
  status: ConversationStatus;
  assigneeId: string | null;
  language: string | null;
  lastMessage: LastMessage | null;
  messageCount: number;
  lastMessageAt: string;
  createdAt: string;
}

export interface ConversationFilters {
  channel?: string;
  language?: string;
  status?: string;
  // A user id, or "none" for unassigned.
  assigneeId?: string;
  sentiment?: string;
  q?: string;
}

export interface Attachment {
  id: string;
  filename: string | null;
  contentType: string;
  size: number;
}

export interface MessageTranslation {
  text: string;
  to: string;
  // Stored as an open record; the known fields are those of a gateway translation.
  provenance: Partial<Provenance>;
}

export interface Message {
  id: string;
  conversationId: string;
  customerId: string | null;
  channel: string;
  externalId: string;
  direction: "in" | "out";
  sender: { email?: string; phone?: string; handle?: string; name?: string };
  authorId: string | null;
  language: string | null;
  original: { text: string; html?: string; subject?: string };
  translation: MessageTranslation | null;
  translationNote: string | null;
  sentiment: { label: string; score: number } | null;
  state: "received" | "processed" | "failed";
  stateError: string | null;
  delivery: "pending" | "sent" | "failed" | null;
  deliveryError: string | null;
  attachments: Attachment[];
  sentAt: string;
  createdAt: string;
}

export interface ReplyPreview {
  from: string;
  to: string;
  translation: { text: string; provenance: Partial<Provenance> } | null;
  note: string | null;
}

/** What GET /api/v1/live pushes to signed-in agents. */
export type LiveEvent =
  | { type: "hello"; user: { id: string; name: string } }
  | { type: "message.created" | "message.updated"; message: Message }
  | { type: "conversation.updated"; conversation: Conversation };
