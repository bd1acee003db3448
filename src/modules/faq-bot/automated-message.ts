import { type Kysely, sql } from "kysely";
import type { DB } from "../../db/schema.js";
import type { EventBus } from "../../shared/event-bus.js";
import type { CustomersService } from "../customers/index.js";
import { type MessageDto, type MessagesModule, toMessageDto } from "../messages/index.js";

export interface AutomatedMessageDeps {
  db: Kysely<DB>;
  messages: Pick<MessagesModule, "repo" | "senders" | "conversations">;
  customers: Pick<CustomersService, "get">;
  events: EventBus;
}

/** A message Mundo writes to the customer itself (FAQ bot answers, survey invitations), already in their language. */
export interface AutomatedMessage {
  conversationId: string;
  /** Unique per message: the same key again returns the stored message (idempotent). */
  key: string;
  text: string;
  language: string;
  /** Shown as the author in the inbox (no agent wrote it). */
  senderName: string;
  /** Kept on the message with the channel's delivery details, e.g. {bot: true, kbVersionId, confidence}. */
  metadata: Record<string, unknown>;
}

/**
 * Stores an outbound message with no agent author and delivers it on the conversation's channel (chat
 * widget live, email over the relay), like an agent reply but written in the customer's language already.
 * A second call with the same key delivers nothing new. The conversation keeps its status: an
 * automated message does not reopen a closed conversation.
 */
export async function sendAutomatedMessage(deps: AutomatedMessageDeps, input: AutomatedMessage): Promise<MessageDto> {
  const { repo, senders } = deps.messages;
  const c = await deps.messages.conversations.get(input.conversationId);
  const sender = senders.get(c.channel);
  // The key lives in the metadata: a channel may replace the external id on delivery (email: its Message-ID).
  const findStored = () =>
    deps.db
      .selectFrom("messages")
      .selectAll()
      .where("conversation_id", "=", c.id)
      .where(sql<boolean>`metadata->>'automationKey' = ${input.key}`)
      .executeTakeFirst();
  let row = await findStored();
  if (row && row.delivery !== "pending") return toMessageDto(row);
  if (!row) {
    const stored = await repo.insert(
      { id: c.id, customerId: c.customerId, channel: c.channel, threadKey: null, subject: c.subject },
      {
        customer_id: c.customerId,
        channel: c.channel,
        external_id: `mundo-${input.key}`,
        direction: "out",
        sender: JSON.stringify({ name: input.senderName }),
        author_id: null,
        original_text: input.text,
        subject: c.subject,
        language: input.language,
        translation_text: null,
        translation_to: null,
        translation_provenance: JSON.stringify(null),
        state: "processed",
        delivery: sender ? "pending" : null,
        metadata: JSON.stringify({ ...input.metadata, automationKey: input.key }),
        sent_at: new Date(),
      },
      [],
    );
    // Storing a message marks the conversation open; an automated one should not change what agents see.
    if (c.status !== "open") await repo.updateConversation(c.id, { status: c.status });
    row = stored ? await repo.findById(stored.messageId) : await findStored();
    if (!row) throw new Error(`automated message ${input.key} was not stored`);
  }
  if (sender && row.delivery === "pending") {
    const inbound = (await repo.list({ conversationId: c.id, direction: "in", limit: 1, offset: 0 })).items[0];
    const customer = c.customerId ? await deps.customers.get(c.customerId).catch(() => null) : null;
    try {
      const delivered = await sender.deliver({
        message: toMessageDto(row),
        conversation: c,
        customer: customer && { id: customer.id, name: customer.name, emails: customer.emails, phones: customer.phones },
        text: input.text,
        language: input.language,
        lastInbound: inbound ? toMessageDto(inbound) : null,
      });
      row = (await repo.update(row.id, {
        delivery: "sent",
        metadata: JSON.stringify({ ...input.metadata, automationKey: input.key, ...(delivered.metadata ?? {}) }),
        ...(delivered.externalId ? { external_id: delivered.externalId } : {}),
      }))!;
    } catch (err) {
      row = (await repo.update(row.id, { delivery: "failed", delivery_error: String((err as Error).message ?? err).slice(0, 1000) }))!;
    }
  }
  const message = toMessageDto(row);
  deps.events.emit("message.created", { message });
  return message;
}
