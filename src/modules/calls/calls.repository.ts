import type { Insertable, Kysely, Selectable } from "kysely";
import type { CallSegmentsTable, CallsTable, DB } from "../../db/schema.js";

export type CallRow = Selectable<CallsTable>;
export type SegmentRow = Selectable<CallSegmentsTable>;
export type NewSegment = Omit<Insertable<CallSegmentsTable>, "call_id">;

// Rows and the API shapes built from them.
export type Speaker = "agent" | "customer";

export interface SegmentDto {
  id: string;
  callId: string;
  speaker: Speaker;
  source: "text" | "audio";
  text: string;
  language: string;
  translation: { text: string; to: string; provenance: Record<string, unknown> } | null;
  note: string | null;
  /** Milliseconds from the call's start. */
  startedAt: number;
  durationMs: number | null;
  createdAt: string;
}

export interface CallDto {
  id: string;
  conversationId: string;
  agentId: string | null;
  agentLanguage: string;
  customerLanguage: string | null;
  status: "active" | "ended";
  messageId: string | null;
  startedAt: string;
  endedAt: string | null;
}

export const toCallDto = (r: CallRow): CallDto => ({
  id: r.id,
  conversationId: r.conversation_id,
  agentId: r.agent_id,
  agentLanguage: r.agent_language,
  customerLanguage: r.customer_language,
  status: r.status,
  messageId: r.message_id,
  startedAt: r.started_at.toISOString(),
  endedAt: r.ended_at?.toISOString() ?? null,
});

export const toSegmentDto = (r: SegmentRow): SegmentDto => ({
  id: r.id,
  callId: r.call_id,
  speaker: r.speaker,
  source: r.source,
  text: r.text,
  language: r.language,
  translation:
    r.translation_text !== null && r.translation_to ? { text: r.translation_text, to: r.translation_to, provenance: r.translation_provenance ?? {} } : null,
  note: r.note,
  startedAt: r.started_ms,
  durationMs: r.duration_ms,
  createdAt: r.created_at.toISOString(),
});

export function createCallsRepository(db: Kysely<DB>) {
  return {
    /**
     * Stores a call; with `newConversation` it first opens a "call" conversation for that customer, in the
     * same transaction, so a failed insert leaves no empty conversation behind.
     */
    async insert(
      call: Omit<Insertable<CallsTable>, "conversation_id"> & { conversation_id?: string },
      newConversation?: { customerId: string },
    ): Promise<CallRow> {
      return db.transaction().execute(async (trx) => {
        let conversationId = call.conversation_id;
        if (!conversationId) {
          // The conversations table belongs to the messages module; a call is its own channel there.
          conversationId = (
            await trx
              .insertInto("conversations")
              .values({ customer_id: newConversation!.customerId, channel: "call", thread_key: null, subject: null })
              .returning("id")
              .executeTakeFirstOrThrow()
          ).id;
        }
        return trx.insertInto("calls").values({ ...call, conversation_id: conversationId }).returningAll().executeTakeFirstOrThrow();
      });
    },

    find: (id: string) => db.selectFrom("calls").selectAll().where("id", "=", id).executeTakeFirst(),

    async list(q: { conversationId?: string; status?: "active" | "ended"; limit: number; offset: number }) {
      let query = db.selectFrom("calls");
      if (q.conversationId) query = query.where("conversation_id", "=", q.conversationId);
      if (q.status) query = query.where("status", "=", q.status);
      const [items, count] = await Promise.all([
        query.selectAll().orderBy("started_at", "desc").orderBy("id").limit(q.limit).offset(q.offset).execute(),
        query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(count.n) };
    },

    setCustomerLanguage: (id: string, language: string) =>
      db
        .updateTable("calls")
        .set({ customer_language: language, updated_at: new Date() })
        .where("id", "=", id)
        .where("customer_language", "is", null)
        .execute(),

    /**
     * Adds a segment while the call is active. The row lock makes it wait for a concurrent end(), so a
     * segment is either in the transcript or refused, never lost in between. Null when the call has ended.
     */
    addSegment: (callId: string, segment: NewSegment): Promise<SegmentRow | null> =>
      db.transaction().execute(async (trx) => {
        const call = await trx.selectFrom("calls").select("status").where("id", "=", callId).forUpdate().executeTakeFirst();
        if (call?.status !== "active") return null;
        return trx.insertInto("call_segments").values({ ...segment, call_id: callId }).returningAll().executeTakeFirstOrThrow();
      }),

    segments: (callId: string) =>
      db.selectFrom("call_segments").selectAll().where("call_id", "=", callId).orderBy("started_ms").orderBy("created_at").orderBy("id").execute(),

    /** Marks the call ended; only the first caller gets the row back, so the transcript is written once. */
    claimEnd: (id: string, endedAt: Date) =>
      db
        .updateTable("calls")
        .set({ status: "ended", ended_at: endedAt, updated_at: endedAt })
        .where("id", "=", id)
        .where("status", "=", "active")
        .returningAll()
        .executeTakeFirst(),

    setMessage: (id: string, messageId: string) =>
      db.updateTable("calls").set({ message_id: messageId, updated_at: new Date() }).where("id", "=", id).execute(),
  };
}
export type CallsRepository = ReturnType<typeof createCallsRepository>;
