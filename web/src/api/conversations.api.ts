import type { Conversation, ConversationFilters, Message, ReplyPreview } from "./conversation-types";
import { request } from "./http";
import type { Page } from "./types";

const conversationPath = (id: string): string => `/conversations/${encodeURIComponent(id)}`;
const messagePath = (id: string): string => `/messages/${encodeURIComponent(id)}`;

export const listConversations = (
  params: ConversationFilters & { limit: number; offset: number },
  signal?: AbortSignal,
): Promise<Page<Conversation>> => request<Page<Conversation>>("GET", "/conversations", { query: { ...params }, signal });

export const getConversation = (id: string, signal?: AbortSignal): Promise<Conversation> =>
  request<Conversation>("GET", conversationPath(id), { signal });

export const updateConversation = (
  id: string,
  patch: { status?: Conversation["status"]; assigneeId?: string | null },
): Promise<Conversation> => request<Conversation>("PATCH", conversationPath(id), { body: patch });

export const listMessages = (id: string, signal?: AbortSignal): Promise<Page<Message>> =>
  request<Page<Message>>("GET", `${conversationPath(id)}/messages`, { query: { limit: 500 }, signal });

export const previewReply = (id: string, text: string, signal?: AbortSignal): Promise<ReplyPreview> =>
  request<ReplyPreview>("POST", `${conversationPath(id)}/replies/preview`, { body: { text }, signal });

// `translation` only when the agent wrote or edited the customer-language text (saved as human-approved).
export const sendReply = (id: string, body: { text: string; translation?: string }): Promise<Message> =>
  request<Message>("POST", `${conversationPath(id)}/replies`, { body });

export const retryMessage = (id: string): Promise<{ queued: boolean }> =>
  request<{ queued: boolean }>("POST", `${messagePath(id)}/retry`);

// A plain URL so the browser downloads with the session cookie.
export const attachmentUrl = (messageId: string, attachmentId: string): string =>
  `/api/v1${messagePath(messageId)}/attachments/${encodeURIComponent(attachmentId)}`;
