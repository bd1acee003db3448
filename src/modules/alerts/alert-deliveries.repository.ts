import { type Kysely, type RawBuilder, sql } from "kysely";
import type { DB } from "../../db/schema.js";
import type { DeliveryListQuery } from "./alerts.schema.js";

type Status = "pending" | "retrying" | "delivered" | "failed" | "skipped";

export interface NewDelivery {
  alert_id: string;
  channel: "webhook" | "email";
  webhook_id: string | null;
  target_key: string;
  target: string;
  status?: Status;
  last_error?: string | null;
}

/** Outbound webhooks and the log of every delivery attempt (webhook or email) per alert. */
export function createAlertDeliveriesRepository(db: Kysely<DB>) {
  return {
    listWebhooks: () =>
      db
        .selectFrom("alert_webhooks as w")
        .selectAll("w")
        .select([
          sql<string | null>`(SELECT d.status FROM alert_deliveries d WHERE d.webhook_id = w.id ORDER BY d.updated_at DESC LIMIT 1)`.as("last_status"),
          sql<Date | null>`(SELECT d.updated_at FROM alert_deliveries d WHERE d.webhook_id = w.id ORDER BY d.updated_at DESC LIMIT 1)`.as("last_at"),
          sql<number | null>`(SELECT d.response_code FROM alert_deliveries d WHERE d.webhook_id = w.id ORDER BY d.updated_at DESC LIMIT 1)`.as("last_code"),
        ])
        .orderBy("w.created_at")
        .orderBy("w.id")
        .execute(),
    enabledWebhooks: () => db.selectFrom("alert_webhooks").selectAll().where("enabled", "=", true).execute(),
    findWebhook: (id: string) => db.selectFrom("alert_webhooks").selectAll().where("id", "=", id).executeTakeFirst(),
    insertWebhook: (row: { url: string; secret: string; description: string | null; created_by: string | null }) =>
      db.insertInto("alert_webhooks").values(row).returning("id").executeTakeFirstOrThrow(),
    updateWebhook: (id: string, patch: { enabled?: boolean; description?: string | null }) =>
      db.updateTable("alert_webhooks").set(patch).where("id", "=", id).returning("id").executeTakeFirst(),
    deleteWebhook: (id: string) => db.deleteFrom("alert_webhooks").where("id", "=", id).executeTakeFirst(),

    /** One delivery per alert and target: a repeated call leaves the existing one alone. */
    insertDelivery: (row: NewDelivery) =>
      db
        .insertInto("alert_deliveries")
        .values(row)
        .onConflict((oc) => oc.columns(["alert_id", "target_key"]).doNothing())
        .execute(),
    /** Deliveries of an alert never attempted yet: these need a job. */
    unstarted: (alertId: string) =>
      db.selectFrom("alert_deliveries").select("id").where("alert_id", "=", alertId).where("status", "=", "pending").where("attempts", "=", 0).execute(),
    findDelivery: (id: string) => db.selectFrom("alert_deliveries").selectAll().where("id", "=", id).executeTakeFirst(),
    recordAttempt: (
      id: string,
      patch: { status: Status; attempts: number; last_error: string | null; response_code: number | null; delivered_at?: Date | null },
    ) => db.updateTable("alert_deliveries").set({ ...patch, updated_at: new Date() }).where("id", "=", id).execute(),

    async listDeliveries(q: DeliveryListQuery) {
      const conds: RawBuilder<unknown>[] = [];
      if (q.webhookId) conds.push(sql`d.webhook_id = ${q.webhookId}`);
      if (q.alertId) conds.push(sql`d.alert_id = ${q.alertId}`);
      if (q.channel) conds.push(sql`d.channel = ${q.channel}`);
      if (q.status) conds.push(sql`d.status = ${q.status}`);
      const where = sql<boolean>`${conds.length > 0 ? sql.join(conds, sql` AND `) : sql`TRUE`}`;
      const [items, total] = await Promise.all([
        db
          .selectFrom("alert_deliveries as d")
          .selectAll("d")
          .where(where)
          .orderBy("d.created_at", "desc")
          .orderBy("d.id", "desc")
          .limit(q.limit)
          .offset(q.offset)
          .execute(),
        db
          .selectFrom("alert_deliveries as d")
          .where(where)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(total.n) };
    },
  };
}
export type AlertDeliveriesRepository = ReturnType<typeof createAlertDeliveriesRepository>;
