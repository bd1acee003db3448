import type { JobQueue } from "../../jobs/job-queue.js";
import type { EventBus } from "../../shared/event-bus.js";
import { htmlToText } from "../../shared/html.js";
import type { CustomersService } from "../customers/index.js";
import { toMessageDto } from "./message-dto.js";
import type { MessagesRepository, NewAttachment } from "./messages.repository.js";
import type { MessageDto } from "./messages.schema.js";

export const PROCESS_JOB = "message.process";

export interface InboundMessage {
  channel: string;
  /** The channel's own id (email Message-ID, webhook message id, …): the same id twice is one message. */
  externalId: string;
  customer: { email?: string; phone?: string; handle?: string; name?: string };
  text?: string;
  html?: string;
  subject?: string;
  sentAt?: Date;
  /** Groups messages into one conversation (chat session, social thread). */
  threadKey?: string;
  /** External ids of earlier messages this one answers (email In-Reply-To and References). */
  references?: string[];
  attachments?: NewAttachment[];
  metadata?: Record<string, unknown>;
}

export function createIngestService(deps: { repo: MessagesRepository; customers: CustomersService; jobs: JobQueue; events: EventBus }) {
  const { repo, customers, jobs, events } = deps;

  async function dto(id: string): Promise<MessageDto> {
    const row = (await repo.findById(id))!;
    return toMessageDto(row, await repo.attachmentsOf([id]));
  }

  return {
    /**
     * Stores an inbound message durably and queues its processing. Resolves only after the commit, so a
     * caller that acknowledges on resolve never loses an acknowledged message. Idempotent on channel + externalId.
     */
    async ingest(msg: InboundMessage): Promise<{ message: MessageDto; created: boolean }> {
      const existing = await repo.findByExternal(msg.channel, msg.externalId);
      if (existing) return { message: await dto(existing.id), created: false };

      const customer = await customers.matchOrCreate(msg.customer);
      const conversationId =
        (await repo.conversationOfExternal(msg.channel, msg.references ?? [])) ??
        (msg.threadKey ? (await repo.findConversationByThread(msg.channel, msg.threadKey))?.id : undefined);
      const text = msg.text ?? (msg.html ? htmlToText(msg.html) : "");
      const sentAt = msg.sentAt && !Number.isNaN(msg.sentAt.getTime()) ? msg.sentAt : new Date();
      const stored = await repo.insert(
        { id: conversationId, customerId: customer.id, channel: msg.channel, threadKey: msg.threadKey ?? null, subject: msg.subject ?? null },
        {
          customer_id: customer.id,
          channel: msg.channel,
          external_id: msg.externalId,
          direction: "in",
          sender: JSON.stringify(msg.customer),
          original_text: text,
          original_html: msg.html ?? null,
          subject: msg.subject ?? null,
          metadata: JSON.stringify(msg.metadata ?? {}),
          sent_at: sentAt,
        },
        msg.attachments ?? [],
      );
      if (!stored) {
        // A concurrent delivery of the same message committed first.
        const winner = (await repo.findByExternal(msg.channel, msg.externalId))!;
        return { message: await dto(winner.id), created: false };
      }
      // Queued after the commit; a crash in between is caught by resumePending() at the next start.
      await jobs.send(PROCESS_JOB, { messageId: stored.messageId }, { singletonKey: stored.messageId, retryLimit: 5, retryDelayMs: 1000 });
      const message = await dto(stored.messageId);
      events.emit("message.created", { message });
      return { message, created: true };
    },

    /** Queues processing for messages accepted but not processed (after a crash or a lost job). */
    async resumePending(): Promise<number> {
      const ids = await repo.pendingIds();
      for (const id of ids) await jobs.send(PROCESS_JOB, { messageId: id }, { singletonKey: id, retryLimit: 5, retryDelayMs: 1000 });
      return ids.length;
    },
  };
}
export type IngestService = ReturnType<typeof createIngestService>;
