import { type Kysely, type RawBuilder, sql } from "kysely";
import type { DB } from "../../db/schema.js";
import type { AlertListQuery } from "./alerts.schema.js";

export interface NewAlert {
  kind: string;
  rule_id: string;
  customer_id: string | null;
  message_id: string;
  conversation_id: string;
  language: string | null;
  reason: string;
  snapshot: Record<string, unknown>;
}

export type RulePatch = Partial<{ name: string; enabled: boolean; threshold: number; language: string | null; tag: string | null; min_count: number | null; window_days: number | null }>;

export function createAlertsRepository(db: Kysely<DB>) {
  const alertsWithNames = () =>
    db
      .selectFrom("alerts as a")
      .leftJoin("customers as c", "c.id", "a.customer_id")
      .leftJoin("alert_rules as r", "r.id", "a.rule_id")
      .leftJoin("users as u", "u.id", "a.acknowledged_by")
      .selectAll("a")
      .select(["c.name as customer_name", "r.name as rule_name", "u.name as acknowledged_by_name"]);

  return {
    // Alerts.
    findAlert: (id: string) => alertsWithNames().where("a.id", "=", id).executeTakeFirst(),

    /** Inserts the alert unless this rule already raised one for this message; answers the row either way. */
    async insertAlert(row: NewAlert) {
      const inserted = await db
        .insertInto("alerts")
        .values({ ...row, snapshot: JSON.stringify(row.snapshot) })
        .onConflict((oc) => oc.columns(["rule_id", "message_id"]).doNothing())
        .returning("id")
        .executeTakeFirst();
      if (inserted) return { id: inserted.id, created: true };
      const existing = await db
        .selectFrom("alerts")
        .select("id")
        .where("rule_id", "=", row.rule_id)
        .where("message_id", "=", row.message_id)
        .executeTakeFirstOrThrow();
      return { id: existing.id, created: false };
    },

    async listAlerts(q: AlertListQuery) {
      const conds: RawBuilder<unknown>[] = [];
      if (q.acknowledged) conds.push(q.acknowledged === "true" ? sql`a.acknowledged_at IS NOT NULL` : sql`a.acknowledged_at IS NULL`);
      if (q.kind) conds.push(sql`a.kind = ${q.kind}`);
      if (q.customerId) conds.push(sql`a.customer_id = ${q.customerId}`);
      // "pt" also finds "pt-BR".
      if (q.language) conds.push(sql`(a.language = ${q.language} OR a.language LIKE ${`${q.language}-%`})`);
      const where = sql<boolean>`${conds.length > 0 ? sql.join(conds, sql` AND `) : sql`TRUE`}`;
      const [items, total] = await Promise.all([
        alertsWithNames().where(where).orderBy("a.created_at", "desc").orderBy("a.id", "desc").limit(q.limit).offset(q.offset).execute(),
        db
          .selectFrom("alerts as a")
          .where(where)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(total.n) };
    },

    /** Acknowledges once: a second ack keeps the first person and time. */
    acknowledge: (id: string, userId: string) =>
      db
        .updateTable("alerts")
        .set({ acknowledged_at: new Date(), acknowledged_by: userId })
        .where("id", "=", id)
        .where("acknowledged_at", "is", null)
        .executeTakeFirst(),

    /** An open alert of this rule for this customer raised by another message (a streak alerts once until acknowledged). */
    openAlertFor: (ruleId: string, customerId: string, exceptMessageId: string) =>
      db
        .selectFrom("alerts")
        .select("id")
        .where("rule_id", "=", ruleId)
        .where("customer_id", "=", customerId)
        .where("acknowledged_at", "is", null)
        .where("message_id", "!=", exceptMessageId)
        .executeTakeFirst(),

    // Rules.
    listRules: () => db.selectFrom("alert_rules").selectAll().orderBy(sql`key IS NULL`).orderBy("created_at").orderBy("id").execute(),
    enabledRules: () => db.selectFrom("alert_rules").selectAll().where("enabled", "=", true).execute(),
    findRule: (id: string) => db.selectFrom("alert_rules").selectAll().where("id", "=", id).executeTakeFirst(),
    insertRule: (row: {
      key?: string;
      kind: "negative-message" | "negative-streak";
      name: string;
      enabled?: boolean;
      threshold?: number;
      language?: string | null;
      tag?: string | null;
      min_count?: number | null;
      window_days?: number | null;
    }) =>
      db
        .insertInto("alert_rules")
        .values(row)
        .onConflict((oc) => oc.column("key").doNothing())
        .returning("id")
        .executeTakeFirst(),
    updateRule: (id: string, patch: RulePatch) =>
      db.updateTable("alert_rules").set({ ...patch, updated_at: new Date() }).where("id", "=", id).returning("id").executeTakeFirst(),
    deleteRule: (id: string) => db.deleteFrom("alert_rules").where("id", "=", id).executeTakeFirst(),

    // Streak rules: the customer's tag (any source, or the customer's own tag list) and their recent negatives.
    async customerHasTag(customerId: string, tag: string): Promise<boolean> {
      const row = await db
        .selectFrom("customers as c")
        .select("c.id")
        .where("c.id", "=", customerId)
        .where((eb) =>
          eb.or([
            eb.exists(eb.selectFrom("customer_tags as t").select("t.name").whereRef("t.customer_id", "=", "c.id").where("t.name", "=", tag)),
            eb(sql`c.tags`, "@>", sql`${JSON.stringify([tag])}::jsonb`),
          ]),
        )
        .executeTakeFirst();
      return row !== undefined;
    },
    async countNegatives(customerId: string, exceptMessageId: string, since: Date, until: Date, threshold: number): Promise<number> {
      const row = await db
        .selectFrom("messages")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("customer_id", "=", customerId)
        .where("direction", "=", "in")
        .where("id", "!=", exceptMessageId)
        .where("sentiment_label", "=", "negative")
        .where("sentiment_score", "<=", threshold)
        .where("sent_at", ">", since)
        .where("sent_at", "<=", until)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    // Settings (one row).
    getSettings: () => db.selectFrom("alert_settings").selectAll().where("id", "=", 1).executeTakeFirstOrThrow(),
    updateSettings: (patch: { email_recipients?: string }) =>
      db.updateTable("alert_settings").set({ ...patch, updated_at: new Date() }).where("id", "=", 1).execute(),
  };
}
export type AlertsRepository = ReturnType<typeof createAlertsRepository>;
