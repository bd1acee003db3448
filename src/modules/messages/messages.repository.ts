import { type Insertable, type Kysely, sql, type Updateable } from "kysely";
import type { DB, MessagesTable } from "../../db/schema.js";
import type { AttachmentInfo, MessageRow } from "./message-dto.js";

const UNIQUE_VIOLATION = "23505";

export interface NewAttachment {
  filename: string | null;
  contentType: string;
  content: Buffer;
}

export function createMessagesRepository(db: Kysely<DB>) {
  const attachmentsOf = async (ids: string[]): Promise<AttachmentInfo[]> =>
    ids.length === 0
      ? []
      : db.selectFrom("attachments").select(["id", "message_id", "filename", "content_type", "size"]).where("message_id", "in", ids).execute();

  return {
    attachmentsOf,
    findById: (id: string) => db.selectFrom("messages").selectAll().where("id", "=", id).executeTakeFirst(),
    findByExternal: (channel: string, externalId: string) =>
      db.selectFrom("messages").selectAll().where("channel", "=", channel).where("external_id", "=", externalId).executeTakeFirst(),
    /** Conversations of earlier messages this one refers to (email In-Reply-To / References). */
    conversationOfExternal: async (channel: string, externalIds: string[]) =>
      externalIds.length === 0
        ? undefined
        : (
            await db
              .selectFrom("messages")
              .select("conversation_id")
              .where("channel", "=", channel)
              .where("external_id", "in", externalIds)
              .orderBy("created_at", "desc")
              .executeTakeFirst()
          )?.conversation_id,
    findConversationByThread: (channel: string, threadKey: string) =>
      db.selectFrom("conversations").select("id").where("channel", "=", channel).where("thread_key", "=", threadKey).executeTakeFirst(),

    /**
     * Stores a message (and a new conversation when needed) in one transaction. Returns null when the
     * (channel, externalId) already exists: a redelivery.
     */
    async insert(
      conversation: { id?: string; customerId: string | null; channel: string; threadKey: string | null; subject: string | null },
      message: Omit<Insertable<MessagesTable>, "conversation_id">,
      attachments: NewAttachment[],
    ): Promise<{ messageId: string; conversationId: string } | null> {
      try {
        return await db.transaction().execute(async (trx) => {
          let conversationId = conversation.id;
          if (!conversationId) {
            conversationId = (
              await trx
                .insertInto("conversations")
                .values({
                  customer_id: conversation.customerId,
                  channel: conversation.channel,
                  thread_key: conversation.threadKey,
                  subject: conversation.subject,
                  last_message_at: message.sent_at,
                })
                .onConflict((oc) => oc.columns(["channel", "thread_key"]).where("thread_key", "is not", null).doUpdateSet({ updated_at: new Date() }))
                .returning("id")
                .executeTakeFirstOrThrow()
            ).id;
          } else {
            await trx
              .updateTable("conversations")
              .set({ last_message_at: sql`greatest(last_message_at, ${message.sent_at as Date})`, updated_at: new Date(), status: "open" })
              .where("id", "=", conversationId)
              .execute();
          }
          const { id } = await trx.insertInto("messages").values({ ...message, conversation_id: conversationId }).returning("id").executeTakeFirstOrThrow();
          if (attachments.length > 0) {
            await trx
              .insertInto("attachments")
              .values(attachments.map((a) => ({ message_id: id, filename: a.filename, content_type: a.contentType, size: a.content.length, content: a.content })))
              .execute();
          }
          return { messageId: id, conversationId };
        });
      } catch (err) {
        if ((err as { code?: string; constraint?: string }).code === UNIQUE_VIOLATION) return null;
        throw err;
      }
    },

    update: (id: string, patch: Updateable<MessagesTable>) =>
      db.updateTable("messages").set({ ...patch, updated_at: new Date() }).where("id", "=", id).returningAll().executeTakeFirst(),
    updateConversation: (id: string, patch: Updateable<DB["conversations"]>) =>
      db.updateTable("conversations").set({ ...patch, updated_at: new Date() }).where("id", "=", id).execute(),

    pendingIds: async () =>
      (await db.selectFrom("messages").select("id").where("state", "=", "received").orderBy("created_at").execute()).map((r) => r.id),

    async list(q: { channel?: string; language?: string; externalId?: string; direction?: "in" | "out"; conversationId?: string; limit: number; offset: number; oldestFirst?: boolean }) {
      let query = db.selectFrom("messages");
      if (q.channel) query = query.where("channel", "=", q.channel);
      if (q.language) query = query.where("language", "=", q.language);
      if (q.externalId) query = query.where("external_id", "=", q.externalId);
      if (q.direction) query = query.where("direction", "=", q.direction);
      if (q.conversationId) query = query.where("conversation_id", "=", q.conversationId);
      const order = q.oldestFirst ? "asc" : "desc";
      const [items, count] = await Promise.all([
        query.selectAll().orderBy("sent_at", order).orderBy("created_at", order).orderBy("id", order).limit(q.limit).offset(q.offset).execute(),
        query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { items: items as MessageRow[], total: Number(count.n) };
    },

    attachmentContent: (messageId: string, attachmentId: string) =>
      db.selectFrom("attachments").selectAll().where("id", "=", attachmentId).where("message_id", "=", messageId).executeTakeFirst(),
  };
}
export type MessagesRepository = ReturnType<typeof createMessagesRepository>;
