import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { DB } from "../../db/schema.js";
import type { LanguageRuntime } from "../../language/language-runtime.js";
import { primaryTag } from "../../language/language-tags.js";
import { AppError, notFound } from "../../shared/app-error.js";
import type { EventBus } from "../../shared/event-bus.js";
import type { CustomersService } from "../customers/index.js";
import type { LanguageStores } from "../language/index.js";
import type { SettingsService } from "../settings/index.js";
import type { ChannelSenders } from "./channel-sender.js";
import { toMessageDto } from "./message-dto.js";
import type { MessagesRepository } from "./messages.repository.js";
import type { ConversationDto, MessageDto } from "./messages.schema.js";

interface ConversationQuery {
  channel?: string;
  language?: string;
  status?: "open" | "pending" | "closed";
  assigneeId?: string;
  sentiment?: string;
  customerId?: string;
  q?: string;
  limit: number;
  offset: number;
}

export function createConversationsService(deps: {
  db: Kysely<DB>;
  repo: MessagesRepository;
  language: LanguageRuntime;
  languageStores: LanguageStores;
  settings: SettingsService;
  customers: CustomersService;
  senders: ChannelSenders;
  events: EventBus;
}) {
  const { db, repo, language, settings, customers, senders, events } = deps;

  const base = () =>
    db
      .selectFrom("conversations as c")
      .leftJoin("customers as cu", "cu.id", "c.customer_id")
      .selectAll("c")
      .select(["cu.name as customer_name"])
      .select((eb) => eb.selectFrom("messages").select(eb.fn.countAll<number>().as("n")).whereRef("messages.conversation_id", "=", "c.id").as("message_count"))
      .select(sql<{ direction: "in" | "out"; original_text: string; translation_text: string | null; sentiment_label: string | null } | null>`(
        SELECT row_to_json(m) FROM (SELECT direction, original_text, translation_text, sentiment_label FROM messages
          WHERE conversation_id = c.id ORDER BY sent_at DESC, created_at DESC LIMIT 1) m)`.as("last_message"));

  type Row = Awaited<ReturnType<ReturnType<typeof base>["executeTakeFirstOrThrow"]>>;
  const toDto = (r: Row): ConversationDto => ({
    id: r.id,
    customerId: r.customer_id,
    customer: r.customer_id && r.customer_name ? { id: r.customer_id, name: r.customer_name } : null,
    channel: r.channel,
    subject: r.subject,
    status: r.status,
    assigneeId: r.assignee_id,
    language: r.language,
    lastMessage: r.last_message
      ? { direction: r.last_message.direction, text: r.last_message.original_text.slice(0, 300), translation: r.last_message.translation_text?.slice(0, 300) ?? null, sentiment: r.last_message.sentiment_label }
      : null,
    messageCount: Number(r.message_count ?? 0),
    lastMessageAt: r.last_message_at.toISOString(),
    createdAt: r.created_at.toISOString(),
  });

  async function get(id: string): Promise<ConversationDto> {
    const row = await base().where("c.id", "=", id).executeTakeFirst();
    if (!row) throw notFound("Conversation", id);
    return toDto(row);
  }

  async function messages(conversationId: string, limit: number, offset: number) {
    await get(conversationId);
    const { items, total } = await repo.list({ conversationId, limit, offset, oldestFirst: true });
    const attachments = await repo.attachmentsOf(items.map((m) => m.id));
    return { items: items.map((m) => toMessageDto(m, attachments.filter((a) => a.message_id === m.id))), total };
  }

  /** The language the customer reads: their latest inbound message's, else their first preference, else ours. */
  async function customerLanguage(c: ConversationDto): Promise<string> {
    if (c.language) return c.language;
    if (c.customerId) {
      const customer = await customers.get(c.customerId).catch(() => null);
      if (customer?.preferredLanguages[0]) return customer.preferredLanguages[0];
    }
    return (await settings.get()).workingLanguage;
  }

  async function preview(conversationId: string, text: string) {
    const c = await get(conversationId);
    const from = (await settings.get()).workingLanguage;
    const to = await customerLanguage(c);
    if (primaryTag(from) === primaryTag(to)) return { from, to, translation: null, note: "the customer reads the working language" };
    const [r] = await language.gateway.translate({ texts: [text], from, to });
    return r && "text" in r
      ? { from, to, translation: { text: r.text, provenance: r.provenance }, note: null }
      : { from, to, translation: null, note: r?.error.message ?? "translation failed" };
  }

  return {
    get,
    messages,
    preview,
    async list(q: ConversationQuery) {
      let query = base();
      if (q.channel) query = query.where("c.channel", "=", q.channel);
      if (q.language) query = query.where("c.language", "=", q.language);
      if (q.status) query = query.where("c.status", "=", q.status);
      if (q.customerId) query = query.where("c.customer_id", "=", q.customerId);
      if (q.assigneeId) query = q.assigneeId === "none" ? query.where("c.assignee_id", "is", null) : query.where("c.assignee_id", "=", q.assigneeId);
      if (q.sentiment) {
        query = query.where(sql<boolean>`(SELECT sentiment_label FROM messages WHERE conversation_id = c.id AND direction = 'in'
          ORDER BY sent_at DESC, created_at DESC LIMIT 1) = ${q.sentiment}`);
      }
      if (q.q) query = query.where((eb) => eb.or([eb("cu.name", "ilike", `%${q.q}%`), eb("c.subject", "ilike", `%${q.q}%`)]));
      const [items, total] = await Promise.all([
        query.orderBy("c.last_message_at", "desc").orderBy("c.id").limit(q.limit).offset(q.offset).execute(),
        query.clearSelect().select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { items: items.map(toDto), total: Number(total.n) };
    },
    async update(id: string, patch: { status?: "open" | "pending" | "closed"; assigneeId?: string | null }) {
      await get(id);
      await repo.updateConversation(id, { status: patch.status, assignee_id: patch.assigneeId });
      const conversation = await get(id);
      events.emit("conversation.updated", { conversation });
      return conversation;
    },

    /** Stores the agent's reply with its translation, saves an edited translation as human-approved, and delivers it. */
    async reply(conversationId: string, agent: { id: string; name: string }, input: { text: string; translation?: string }): Promise<MessageDto> {
      const c = await get(conversationId);
      const p = await preview(conversationId, input.text);
      if (!p.translation && primaryTag(p.from) !== primaryTag(p.to) && !input.translation) {
        throw new AppError("TRANSLATION_UNAVAILABLE", `${p.note}. Write the ${p.to} text yourself in "translation" to send it.`);
      }
      const edited = input.translation !== undefined && input.translation !== p.translation?.text;
      if (edited) {
        await deps.languageStores.memory.upsert({ from: p.from, to: p.to, format: "text", source: input.text, target: input.translation!, origin: "human", approved: true, createdBy: agent.id });
      }
      const customerText = input.translation ?? p.translation?.text ?? input.text;
      const provenance = edited ? { engine: "human", score: 1, approved: true } : p.translation ? { ...p.translation.provenance } : null;
      const sender = senders.get(c.channel);
      const stored = await repo.insert(
        { id: c.id, customerId: c.customerId, channel: c.channel, threadKey: null, subject: c.subject },
        {
          customer_id: c.customerId,
          channel: c.channel,
          external_id: `mundo-${randomUUID()}`,
          direction: "out",
          sender: JSON.stringify({ name: agent.name }),
          author_id: agent.id,
          original_text: input.text,
          subject: c.subject,
          language: p.from,
          translation_text: provenance ? customerText : null,
          translation_to: provenance ? p.to : null,
          translation_provenance: JSON.stringify(provenance),
          state: "processed",
          delivery: sender ? "pending" : null,
          metadata: "{}",
          sent_at: new Date(),
        },
        [],
      );
      let row = (await repo.findById(stored!.messageId))!;
      if (sender) {
        const inbound = (await repo.list({ conversationId: c.id, direction: "in", limit: 1, offset: 0 })).items[0];
        const customer = c.customerId ? await customers.get(c.customerId).catch(() => null) : null;
        try {
          const delivered = await sender.deliver({
            message: toMessageDto(row),
            conversation: c,
            customer: customer && { id: customer.id, name: customer.name, emails: customer.emails, phones: customer.phones },
            text: customerText,
            language: p.to,
            lastInbound: inbound ? toMessageDto(inbound) : null,
          });
          row = (await repo.update(row.id, { delivery: "sent", metadata: JSON.stringify(delivered.metadata ?? {}), ...(delivered.externalId ? { external_id: delivered.externalId } : {}) }))!;
        } catch (err) {
          row = (await repo.update(row.id, { delivery: "failed", delivery_error: String((err as Error).message ?? err).slice(0, 1000) }))!;
        }
      }
      const message = toMessageDto(row);
      events.emit("message.created", { message });
      return message;
    },
  };
}
export type ConversationsService = ReturnType<typeof createConversationsService>;
