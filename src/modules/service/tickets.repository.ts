import { type Insertable, type Kysely, sql, type Updateable } from "kysely";
import type { DB, TicketsTable } from "../../db/schema.js";
import { likeContains } from "../../shared/search-text.js";
import { parseSort } from "../../shared/validators.js";
import { ACTIVE_STATUSES, type TicketListQuery, type TicketStatus } from "./tickets.schema.js";

const PRIORITY_ORDER = sql`CASE t.priority WHEN 'urgent' THEN 4 WHEN 'high' THEN 3 WHEN 'normal' THEN 2 ELSE 1 END`;
const SORTS = {
  createdAt: sql`t.created_at`,
  updatedAt: sql`t.updated_at`,
  priority: PRIORITY_ORDER,
  number: sql`t.number`,
  firstResponseDue: sql`t.first_response_due_at`,
  resolutionDue: sql`t.resolution_due_at`,
} as const;

export function createTicketsRepository(db: Kysely<DB>) {
  const base = () =>
    db
      .selectFrom("tickets as t")
      .leftJoin("customers as cu", "cu.id", "t.customer_id")
      .leftJoin("teams as tm", "tm.id", "t.team_id")
      .leftJoin("users as u", "u.id", "t.assignee_id")
      .selectAll("t")
      .select(["cu.name as customer_name", "tm.name as team_name", "u.name as assignee_name"]);

  return {
    findById: (id: string) => base().where("t.id", "=", id).executeTakeFirst(),
    /** The newest unresolved ticket of a conversation, if any. */
    findActiveByConversation: (conversationId: string) =>
      db
        .selectFrom("tickets")
        .select(["id", "number"])
        .where("conversation_id", "=", conversationId)
        .where("status", "in", ACTIVE_STATUSES)
        .orderBy("created_at", "desc")
        .executeTakeFirst(),

    async list(q: TicketListQuery & { userId: string }, now: Date) {
      let query = base();
      if (q.status?.length) {
        const statuses = [...new Set(q.status.flatMap((s) => (s === "active" ? ACTIVE_STATUSES : [s as TicketStatus])))];
        query = query.where("t.status", "in", statuses);
      }
      if (q.priority) query = query.where("t.priority", "=", q.priority);
      if (q.teamId) query = q.teamId === "none" ? query.where("t.team_id", "is", null) : query.where("t.team_id", "=", q.teamId);
      if (q.assigneeId) {
        query =
          q.assigneeId === "none" ? query.where("t.assignee_id", "is", null) : query.where("t.assignee_id", "=", q.assigneeId === "me" ? q.userId : q.assigneeId);
      }
      if (q.language) {
        // "pt" finds pt-BR too; a regional tag finds only itself.
        query = q.language.includes("-")
          ? query.where("t.language", "=", q.language)
          : query.where((eb) => eb.or([eb("t.language", "=", q.language!), eb("t.language", "like", `${q.language}-%`)]));
      }
      if (q.customerId) query = query.where("t.customer_id", "=", q.customerId);
      if (q.conversationId) query = query.where("t.conversation_id", "=", q.conversationId);
      if (q.q) {
        const n = /^#?(\d{1,9})$/.exec(q.q.trim());
        query = n
          ? query.where((eb) => eb.or([eb("t.number", "=", Number(n[1])), eb("t.search_text", "like", likeContains(q.q!))]))
          : query.where("t.search_text", "like", likeContains(q.q));
      }
      if (q.breached) {
        const overdue = sql<boolean>`((t.first_response_due_at IS NOT NULL AND COALESCE(t.first_response_at, ${now}) > t.first_response_due_at)
          OR (t.resolution_due_at IS NOT NULL AND COALESCE(t.resolved_at, ${now}) > t.resolution_due_at))`;
        query = query.where(q.breached === "true" ? overdue : sql<boolean>`NOT ${overdue}`);
      }
      const { field, desc } = parseSort(q.sort, "-createdAt");
      const column = SORTS[field as keyof typeof SORTS] ?? SORTS.createdAt;
      const [items, count] = await Promise.all([
        query
          .orderBy(column, (ob) => (desc ? ob.desc() : ob.asc()).nullsLast())
          .orderBy("t.number", "desc")
          .limit(q.limit)
          .offset(q.offset)
          .execute(),
        query.clearSelect().select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(count.n) };
    },

    insert: (row: Insertable<TicketsTable>) => db.insertInto("tickets").values(row).returning("id").executeTakeFirstOrThrow(),
    update: (id: string, patch: Updateable<TicketsTable>) => db.updateTable("tickets").set(patch).where("id", "=", id).execute(),

    addEvent: (row: { ticket_id: string; actor_id: string | null; kind: string; data: Record<string, unknown>; created_at?: Date }) =>
      db.insertInto("ticket_events").values({ ...row, data: JSON.stringify(row.data) }).execute(),
    events: (ticketId: string) =>
      db
        .selectFrom("ticket_events as e")
        .leftJoin("users as u", "u.id", "e.actor_id")
        .select(["e.id", "e.kind", "e.data", "e.created_at", "e.actor_id", "u.name as actor_name"])
        .where("e.ticket_id", "=", ticketId)
        .orderBy("e.created_at")
        .orderBy("e.seq")
        .execute(),

    addComment: (row: {
      ticket_id: string;
      author_id: string | null;
      kind: "reply" | "note";
      body: string;
      translation: string | null;
      translation_to: string | null;
      message_id: string | null;
      created_at?: Date;
    }) => db.insertInto("ticket_comments").values(row).returning("id").executeTakeFirstOrThrow(),
    comments: (ticketId: string) =>
      db
        .selectFrom("ticket_comments as c")
        .leftJoin("users as u", "u.id", "c.author_id")
        .select(["c.id", "c.kind", "c.body", "c.translation", "c.translation_to", "c.message_id", "c.created_at", "c.author_id", "u.name as author_name"])
        .where("c.ticket_id", "=", ticketId)
        .orderBy("c.created_at")
        .orderBy("c.seq")
        .execute(),
  };
}
export type TicketsRepository = ReturnType<typeof createTicketsRepository>;
export type TicketRow = NonNullable<Awaited<ReturnType<TicketsRepository["findById"]>>>;
