import { type Insertable, type Kysely, type Selectable, sql, type Updateable } from "kysely";
import type { DB, TagEvaluationRunsTable, TagRulesTable } from "../../db/schema.js";
import type { BuiltinRule } from "./builtin-rules.js";

export type TagRuleRow = Selectable<TagRulesTable>;
export type EvaluationRunRow = Selectable<TagEvaluationRunsTable>;

export function createTagRulesRepository(db: Kysely<DB>) {
  return {
    list: () => db.selectFrom("tag_rules").selectAll().orderBy("position").orderBy(sql`name COLLATE "und-x-icu"`).orderBy("id").execute(),
    findById: (id: string) => db.selectFrom("tag_rules").selectAll().where("id", "=", id).executeTakeFirst(),
    findByNameKey: (nameKey: string) => db.selectFrom("tag_rules").select(["id", "name"]).where("name_key", "=", nameKey).executeTakeFirst(),
    insert: (row: Insertable<TagRulesTable>) => db.insertInto("tag_rules").values(row).returningAll().executeTakeFirstOrThrow(),
    update: (id: string, patch: Updateable<TagRulesTable>) =>
      db.updateTable("tag_rules").set({ ...patch, updated_at: new Date() }).where("id", "=", id).returningAll().executeTakeFirst(),
    delete: (id: string) => db.deleteFrom("tag_rules").where("id", "=", id).executeTakeFirst(),

    /** Inserts the built-ins that are missing; existing ones (maybe edited) are left alone. */
    async ensureBuiltins(rules: readonly BuiltinRule[], nameKey: (name: string) => string): Promise<void> {
      await db
        .insertInto("tag_rules")
        .values(
          rules.map((r, i) => ({
            builtin_key: r.key,
            name: r.name,
            name_key: nameKey(r.name),
            description: r.description,
            kind: "builtin" as const,
            condition: JSON.stringify(r.condition),
            tag_template: r.tag,
            position: i,
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute();
    },

    /** Customers carrying at least one tag of each rule, by rule id. */
    async matchCounts(): Promise<Map<string, number>> {
      const rows = await db
        .selectFrom("customer_tags")
        .select(["source", sql<number>`count(DISTINCT customer_id)`.as("n")])
        .where("source", "like", "rule:%")
        .groupBy("source")
        .execute();
      return new Map(rows.map((r) => [r.source.slice(5), Number(r.n)]));
    },

    /** Stored rule tags of these customers: customer → source → tags. */
    async storedRuleTags(customerIds: readonly string[]): Promise<Map<string, Map<string, Array<{ name: string; reason: string }>>>> {
      const out = new Map<string, Map<string, Array<{ name: string; reason: string }>>>();
      if (customerIds.length === 0) return out;
      const rows = await db
        .selectFrom("customer_tags")
        .select(["customer_id", "source", "name", "reason"])
        .where("customer_id", "in", customerIds)
        .where("source", "like", "rule:%")
        .execute();
      for (const r of rows) {
        const bySource = out.get(r.customer_id) ?? new Map<string, Array<{ name: string; reason: string }>>();
        bySource.set(r.source, [...(bySource.get(r.source) ?? []), { name: r.name, reason: r.reason }]);
        out.set(r.customer_id, bySource);
      }
      return out;
    },

    /** Customer ids after `afterId` in id order: keyset pages for batch evaluation. */
    customerPage: (afterId: string | null, limit: number) =>
      db
        .selectFrom("customers")
        .select("id")
        .$if(afterId !== null, (qb) => qb.where("id", ">", afterId!))
        .orderBy("id")
        .limit(limit)
        .execute()
        .then((rows) => rows.map((r) => r.id)),

    countCustomers: () =>
      db
        .selectFrom("customers")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n)),

    runs: {
      insert: (row: Insertable<TagEvaluationRunsTable>) => db.insertInto("tag_evaluation_runs").values(row).returningAll().executeTakeFirstOrThrow(),
      find: (id: string) => db.selectFrom("tag_evaluation_runs").selectAll().where("id", "=", id).executeTakeFirst(),
      update: (id: string, patch: Updateable<TagEvaluationRunsTable>) =>
        db.updateTable("tag_evaluation_runs").set({ ...patch, updated_at: new Date() }).where("id", "=", id).returningAll().executeTakeFirst(),
      latest: (limit: number) => db.selectFrom("tag_evaluation_runs").selectAll().orderBy("created_at", "desc").orderBy("id").limit(limit).execute(),
      /** A run still waiting or running, recently alive (a run left by a crashed process is not reused). */
      active: (aliveSince: Date) =>
        db
          .selectFrom("tag_evaluation_runs")
          .selectAll()
          .where("status", "in", ["queued", "running"])
          .where("updated_at", ">", aliveSince)
          .orderBy("created_at", "desc")
          .executeTakeFirst(),
    },
  };
}
export type TagRulesRepository = ReturnType<typeof createTagRulesRepository>;
