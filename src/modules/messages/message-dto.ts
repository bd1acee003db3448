import type { Selectable } from "kysely";
import type { MessagesTable } from "../../db/schema.js";
import { sanitizeForDisplay } from "../../shared/html.js";
import type { MessageDto } from "./messages.schema.js";

export type MessageRow = Selectable<MessagesTable>;
export interface AttachmentInfo {
  id: string;
  message_id: string;
  filename: string | null;
  content_type: string;
  size: number;
}

export function toMessageDto(r: MessageRow, attachments: AttachmentInfo[] = []): MessageDto {
  return {
    id: r.id,
    conversationId: r.conversation_id,
    customerId: r.customer_id,
    channel: r.channel,
    externalId: r.external_id,
    direction: r.direction,
    sender: r.sender,
    authorId: r.author_id,
    language: r.language,
    original: {
      text: r.original_text,
      // The stored original is kept as received; what the API hands out is display-safe.
      ...(r.original_html ? { html: sanitizeForDisplay(r.original_html) } : {}),
      ...(r.subject ? { subject: r.subject } : {}),
    },
    translation:
      r.translation_text !== null && r.translation_to
        ? { text: r.translation_text, to: r.translation_to, provenance: r.translation_provenance ?? {} }
        : null,
    translationNote: r.translation_note,
    sentiment: r.sentiment_label ? { label: r.sentiment_label, score: r.sentiment_score ?? 0 } : null,
    state: r.state,
    stateError: r.state_error,
    delivery: r.delivery,
    deliveryError: r.delivery_error,
    attachments: attachments.map((a) => ({ id: a.id, filename: a.filename, contentType: a.content_type, size: a.size })),
    sentAt: r.sent_at.toISOString(),
    createdAt: r.created_at.toISOString(),
  };
}
