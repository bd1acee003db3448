import { type Kysely, type Selectable, sql, type Updateable } from "kysely";
import type { DB, FaqBotDecisionKind, FaqBotDecisionsTable } from "../../db/schema.js";
import type { FaqBotDecisionDto, FaqBotSettings } from "./faq-bot.schema.js";

export type DecisionRow = Selectable<FaqBotDecisionsTable>;

const toDecisionDto = (r: DecisionRow & { customer_name: string | null }): FaqBotDecisionDto => ({
  id: r.id,
  messageId: r.message_id,
  conversationId: r.conversation_id,
  customer: r.customer_id ? { id: r.customer_id, name: r.customer_name ?? "" } : null,
  channel: r.channel,
  language: r.language,
  query: r.query,
  translation: r.translation_text !== null && r.translation_to ? { text: r.translation_text, to: r.translation_to } : null,
  state: r.state,
  decision: r.decision,
  reason: r.reason,
  confidence: r.confidence,
  kbFamilyId: r.kb_family_id,
  kbVersionId: r.kb_version_id,
  machineTranslated: r.machine_translated,
  replyLanguage: r.reply_language,
  replyMessageId: r.reply_message_id,
  ticketId: r.ticket_id,
  error: r.error,
  createdAt: r.created_at.toISOString(),
  decidedAt: r.decided_at?.toISOString() ?? null,
});

export function createFaqBotRepository(db: Kysely<DB>) {
  return {
    async settings(): Promise<FaqBotSettings> {
      const r = await db.selectFrom("faq_bot_settings").selectAll().where("id", "=", 1).executeTakeFirstOrThrow();
      return {
        enabled: { chat: r.enabled_chat, email: r.enabled_email },
        minConfidence: Math.round(r.min_confidence * 1000) / 1000,
        updatedAt: r.updated_at.toISOString(),
      };
    },
    async updateSettings(patch: { enabled?: { chat?: boolean; email?: boolean }; minConfidence?: number }) {
      await db
        .updateTable("faq_bot_settings")
        .set({
          enabled_chat: patch.enabled?.chat,
          enabled_email: patch.enabled?.email,
          min_confidence: patch.minConfidence,
          updated_at: new Date(),
        })
        .where("id", "=", 1)
        .execute();
    },

    /** Records that a message awaits a decision; a second call for the same message changes nothing. */
    async insertPending(d: { messageId: string; conversationId: string; customerId: string | null; channel: string; language: string; query: string; translation: { text: string; to: string } | null }) {
      await db
        .insertInto("faq_bot_decisions")
        .values({
          message_id: d.messageId,
          conversation_id: d.conversationId,
          customer_id: d.customerId,
          channel: d.channel,
          language: d.language,
          query: d.query,
          translation_text: d.translation?.text ?? null,
          translation_to: d.translation?.to ?? null,
        })
        .onConflict((oc) => oc.column("message_id").doNothing())
        .execute();
      return db.selectFrom("faq_bot_decisions").selectAll().where("message_id", "=", d.messageId).executeTakeFirstOrThrow();
    },
    byMessage: (messageId: string) => db.selectFrom("faq_bot_decisions").selectAll().where("message_id", "=", messageId).executeTakeFirst(),
    update: (id: string, patch: Updateable<FaqBotDecisionsTable>) => db.updateTable("faq_bot_decisions").set(patch).where("id", "=", id).execute(),

    /** The conversation was handed to a person by an earlier decision. */
    handedOff: async (conversationId: string, exceptId: string) =>
      Boolean(
        await db
          .selectFrom("faq_bot_decisions")
          .select("id")
          .where("conversation_id", "=", conversationId)
          .where("decision", "=", "handoff")
          .where("id", "<>", exceptId)
          .executeTakeFirst(),
      ),
    /** An agent has written in the conversation. */
    agentReplied: async (conversationId: string) =>
      Boolean(
        await db
          .selectFrom("messages")
          .select("id")
          .where("conversation_id", "=", conversationId)
          .where("direction", "=", "out")
          .where("author_id", "is not", null)
          .executeTakeFirst(),
      ),
    /** Bot replies in the conversation since `since` (a loop guard against auto-responders). */
    recentReplies: async (conversationId: string, since: Date) =>
      Number(
        (
          await db
            .selectFrom("faq_bot_decisions")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("conversation_id", "=", conversationId)
            .where("reply_message_id", "is not", null)
            .where("decided_at", ">=", since)
            .executeTakeFirstOrThrow()
        ).n,
      ),
    senderOf: async (messageId: string) => (await db.selectFrom("messages").select("sender").where("id", "=", messageId).executeTakeFirst())?.sender ?? null,

    async list(q: { decision?: FaqBotDecisionKind | "pending"; channel?: string; language?: string; conversationId?: string; limit: number; offset: number }) {
      let query = db.selectFrom("faq_bot_decisions as d").leftJoin("customers as cu", "cu.id", "d.customer_id");
      if (q.decision === "pending") query = query.where("d.state", "=", "pending");
      else if (q.decision) query = query.where("d.decision", "=", q.decision);
      if (q.channel) query = query.where("d.channel", "=", q.channel);
      if (q.language) query = query.where(sql<boolean>`(d.language = ${q.language} OR d.language LIKE ${`${q.language}-%`})`);
      if (q.conversationId) query = query.where("d.conversation_id", "=", q.conversationId);
      const [items, total] = await Promise.all([
        query.selectAll("d").select("cu.name as customer_name").orderBy("d.created_at", "desc").orderBy("d.id", "desc").limit(q.limit).offset(q.offset).execute(),
        query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { items: items.map(toDecisionDto), total: Number(total.n) };
    },
  };
}
export type FaqBotRepository = ReturnType<typeof createFaqBotRepository>;
