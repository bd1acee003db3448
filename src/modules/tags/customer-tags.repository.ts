import { type Kysely, sql } from "kysely";
import type { DB } from "../../db/schema.js";

export interface TagAssignment {
  name: string;
  reason: string;
  evidence?: Record<string, unknown>;
}

export interface CustomerTag extends TagAssignment {
  source: string;
  evidence: Record<string, unknown>;
  updatedAt: string;
}

/** The one writer of customer_tags: each source ('rule:<id>', 'concept:<id>', 'manual') replaces only its own tags. */
export function createCustomerTagsRepository(db: Kysely<DB>) {
  return {
    /** Makes `tags` the customer's full set from `source`: stale ones go, kept ones keep created_at. Idempotent. */
    async replace(customerId: string, source: string, tags: readonly TagAssignment[]): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const names = tags.map((t) => t.name);
        let del = trx.deleteFrom("customer_tags").where("customer_id", "=", customerId).where("source", "=", source);
        if (names.length > 0) del = del.where("name", "not in", names);
        await del.execute();
        for (const t of tags) {
          await trx
            .insertInto("customer_tags")
            .values({ customer_id: customerId, source, name: t.name, reason: t.reason, evidence: JSON.stringify(t.evidence ?? {}) })
            .onConflict((oc) =>
              oc.columns(["customer_id", "source", "name"]).doUpdateSet({
                reason: t.reason,
                evidence: JSON.stringify(t.evidence ?? {}),
                updated_at: sql<Date>`now()`,
              }),
            )
            .execute();
        }
      });
    },

    /** Adds (or refreshes) tags from `source` without removing its others, e.g. one concept matched in one more message. */
    async add(customerId: string, source: string, tags: readonly TagAssignment[]): Promise<void> {
      for (const t of tags) {
        await db
          .insertInto("customer_tags")
          .values({ customer_id: customerId, source, name: t.name, reason: t.reason, evidence: JSON.stringify(t.evidence ?? {}) })
          .onConflict((oc) =>
            oc.columns(["customer_id", "source", "name"]).doUpdateSet({ reason: t.reason, evidence: JSON.stringify(t.evidence ?? {}), updated_at: sql<Date>`now()` }),
          )
          .execute();
      }
    },

    async removeSource(source: string): Promise<void> {
      await db.deleteFrom("customer_tags").where("source", "=", source).execute();
    },

    async list(customerId: string): Promise<CustomerTag[]> {
      const rows = await db.selectFrom("customer_tags").selectAll().where("customer_id", "=", customerId).orderBy("name").execute();
      return rows.map((r) => ({ name: r.name, source: r.source, reason: r.reason, evidence: r.evidence, updatedAt: r.updated_at.toISOString() }));
    },
  };
}
export type CustomerTagsRepository = ReturnType<typeof createCustomerTagsRepository>;
