import { type Kysely, type RawBuilder, sql } from "kysely";
import type { DB } from "../../db/schema.js";
import { likeContains } from "../../shared/search-text.js";
import { parseSort } from "../../shared/validators.js";
import { amountInBase, type CompileOptions } from "./segment-filter.compiler.js";
import type { MemberListQuery, SegmentListQuery } from "./segments.schema.js";

type Base = CompileOptions["base"];

type Where = RawBuilder<boolean>;

const SEGMENT_SORTS = { name: sql`s.name COLLATE "und-x-icu"`, createdAt: sql`s.created_at`, updatedAt: sql`s.updated_at` };
const MEMBER_SORTS = {
  name: sql`cu.name COLLATE "und-x-icu"`,
  country: sql`cu.country`,
  createdAt: sql`cu.created_at`,
  orderCount: sql`COALESCE(os.order_count, 0)`,
  totalSpend: sql`COALESCE(os.total_spend, 0)`,
  lastOrderAt: sql`os.last_order_at`,
};

export interface SegmentRow {
  id: string;
  name: string;
  description: string | null;
  filter: unknown;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

export function createSegmentsRepository(db: Kysely<DB>) {
  const members = (where: Where, base: Base) =>
    db
      .selectFrom("customers as cu")
      .leftJoin("companies as co", "co.id", "cu.company_id")
      // Orders per customer, aggregated once, so members can be sorted by spend.
      .leftJoin(
        (eb) =>
          eb
            .selectFrom("orders as o")
            .leftJoin("fx_rates as f", "f.currency", "o.currency")
            .select((o) => [
              "o.customer_id",
              o.fn.countAll<string>().as("order_count"),
              sql<string>`sum(${amountInBase(base)})`.as("total_spend"),
              o.fn.max("o.ordered_at").as("last_order_at"),
            ])
            .groupBy("o.customer_id")
            .as("os"),
        (join) => join.onRef("os.customer_id", "=", "cu.id"),
      )
      .where(where)
      .select([
        "cu.id",
        "cu.name",
        "cu.emails",
        "cu.phones",
        "cu.country",
        "cu.preferred_languages",
        "cu.company_id",
        "cu.tags",
        "cu.created_at",
        "co.name as company_name",
        "os.order_count",
        "os.total_spend",
        "os.last_order_at",
      ]);

  return {
    findById: (id: string) => db.selectFrom("segments as s").selectAll("s").where("s.id", "=", id).executeTakeFirst() as Promise<SegmentRow | undefined>,

    all: () => db.selectFrom("segments as s").selectAll("s").orderBy(SEGMENT_SORTS.name).orderBy("s.id").execute() as Promise<SegmentRow[]>,

    async list(q: SegmentListQuery) {
      let query = db.selectFrom("segments as s");
      if (q.q) query = query.where(sql<boolean>`s.name_key LIKE ${likeContains(q.q)}`);
      const { field, desc } = parseSort(q.sort, "name");
      const column = SEGMENT_SORTS[field as keyof typeof SEGMENT_SORTS] ?? SEGMENT_SORTS.name;
      const [items, total] = await Promise.all([
        query.selectAll("s").orderBy(column, (ob) => (desc ? ob.desc() : ob.asc())).orderBy("s.id").limit(q.limit).offset(q.offset).execute(),
        query.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { items: items as SegmentRow[], total: Number(total.n) };
    },

    insert: (row: { name: string; name_key: string; description: string | null; filter: string; created_by: string | null }) =>
      db.insertInto("segments").values(row).returning("id").executeTakeFirstOrThrow(),

    update: (id: string, patch: { name?: string; name_key?: string; description?: string | null; filter?: string }) =>
      db.updateTable("segments").set({ ...patch, updated_at: new Date() }).where("id", "=", id).returning("id").executeTakeFirst(),

    delete: (id: string) => db.deleteFrom("segments").where("id", "=", id).executeTakeFirst(),

    async count(where: Where): Promise<number> {
      const row = await db.selectFrom("customers as cu").where(where).select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Counts for several filters in one pass over the customers. */
    async countMany(wheres: Where[]): Promise<number[]> {
      if (wheres.length === 0) return [];
      const columns = wheres.map((w, i) => sql`count(*) FILTER (WHERE ${w}) AS ${sql.ref(`c${i}`)}`);
      const { rows } = await sql<Record<string, string>>`SELECT ${sql.join(columns)} FROM customers cu`.execute(db);
      return wheres.map((_w, i) => Number(rows[0]?.[`c${i}`] ?? 0));
    },

    /** Which of the filters one customer matches, in one query. */
    async matches(customerId: string, wheres: Where[]): Promise<boolean[]> {
      if (wheres.length === 0) return [];
      const columns = wheres.map((w, i) => sql`${w} AS ${sql.ref(`m${i}`)}`);
      const { rows } = await sql<Record<string, boolean>>`SELECT ${sql.join(columns)} FROM customers cu WHERE cu.id = ${customerId}::uuid`.execute(db);
      return wheres.map((_w, i) => rows[0]?.[`m${i}`] === true);
    },

    /** Members in the requested order; `limit: null` returns them all (exports). */
    async members(where: Where, base: Base, q: { sort?: MemberListQuery["sort"]; limit: number | null; offset: number }) {
      const { field, desc } = parseSort(q.sort, "name");
      const column = MEMBER_SORTS[field as keyof typeof MEMBER_SORTS] ?? MEMBER_SORTS.name;
      let query = members(where, base)
        .orderBy(column, (ob) => (desc ? ob.desc() : ob.asc()).nullsLast())
        .orderBy(MEMBER_SORTS.name)
        .orderBy("cu.id");
      if (q.limit !== null) query = query.limit(q.limit).offset(q.offset);
      return query.execute();
    },

    ids: async (where: Where) =>
      (await db.selectFrom("customers as cu").where(where).select("cu.id").orderBy("cu.id").execute()).map((r) => r.id),

    /** Tag names per customer from every source (plus the record's own tags), for exports. */
    async tagNames(customerIds: string[]): Promise<Map<string, string[]>> {
      const out = new Map<string, string[]>();
      for (let i = 0; i < customerIds.length; i += 1000) {
        const batch = customerIds.slice(i, i + 1000);
        const rows = await db.selectFrom("customer_tags").select(["customer_id", "name"]).where("customer_id", "in", batch).execute();
        for (const r of rows) out.set(r.customer_id, [...(out.get(r.customer_id) ?? []), r.name]);
      }
      return out;
    },
  };
}
export type SegmentsRepository = ReturnType<typeof createSegmentsRepository>;
export type MemberRow = Awaited<ReturnType<SegmentsRepository["members"]>>[number];
