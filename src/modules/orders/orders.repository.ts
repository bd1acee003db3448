import { type Insertable, type Kysely, type Selectable, sql } from "kysely";
import type { DB, OrdersTable } from "../../db/schema.js";

export type OrderRow = Selectable<OrdersTable>;

/** Per-customer purchase figures as of a moment, in the current base currency. */
export interface OrderAggregate {
  customerId: string;
  count: number;
  total: number;
  first: Date;
  last: Date;
}

/** Where one value stands among all customers with orders: how many are strictly below it, how many equal. */
export interface Rank {
  below: number;
  equal: number;
}

export interface PopulationRanks {
  /** customers with at least one order as of the moment */
  size: number;
  recency: Rank;
  frequency: Rank;
  monetary: Rank;
}

export interface Base {
  currency: string;
  perEur: number | null;
}

// An order stored when the base currency was another one is converted again from its original amount
// with the current reference table (the stored amount_base would mix currencies).
const amountInBase = (base: Base) =>
  sql<string>`CASE WHEN o.base_currency = ${base.currency} OR f.per_eur IS NULL OR ${base.perEur}::numeric IS NULL
    THEN o.amount_base ELSE round(o.amount * ${base.perEur}::numeric / f.per_eur, 2) END`;

// Whole days between the last order and the moment: customers ordering on the same day tie.
const ageDays = (at: Date, column: ReturnType<typeof sql>) => sql<number>`floor(extract(epoch from (${at.toISOString()}::timestamptz - ${column})) / 86400)`;

export function createOrdersRepository(db: Kysely<DB>) {
  const aggregated = (at: Date, base: Base, customerIds?: readonly string[]) =>
    sql<{ customer_id: string; n: number; total: string; first_at: Date; last_at: Date; age: number }>`
      SELECT o.customer_id, count(*)::int AS n, sum(${amountInBase(base)}) AS total,
             min(o.ordered_at) AS first_at, max(o.ordered_at) AS last_at, ${ageDays(at, sql`max(o.ordered_at)`)}::int AS age
      FROM orders o LEFT JOIN fx_rates f ON f.currency = o.currency
      WHERE o.ordered_at <= ${at.toISOString()}::timestamptz
      ${customerIds ? sql`AND o.customer_id IN (${sql.join(customerIds)})` : sql``}
      GROUP BY o.customer_id`;

  return {
    findById: (id: string) => db.selectFrom("orders").selectAll().where("id", "=", id).executeTakeFirst(),
    findByExternalId: (externalId: string) => db.selectFrom("orders").selectAll().where("external_id", "=", externalId).executeTakeFirst(),

    async listForCustomer(customerId: string, limit: number, offset: number) {
      const [items, count] = await Promise.all([
        db
          .selectFrom("orders")
          .selectAll()
          .where("customer_id", "=", customerId)
          .orderBy("ordered_at", "desc")
          .orderBy("id")
          .limit(limit)
          .offset(offset)
          .execute(),
        db.selectFrom("orders").select((eb) => eb.fn.countAll<number>().as("n")).where("customer_id", "=", customerId).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(count.n) };
    },

    /** Inserts; a row whose external_id exists already is left out. Returns the inserted rows. */
    insertMany: (rows: Insertable<OrdersTable>[]) =>
      rows.length === 0
        ? Promise.resolve([] as OrderRow[])
        : db
            .insertInto("orders")
            .values(rows)
            .onConflict((oc) => oc.column("external_id").where("external_id", "is not", null).doNothing())
            .returningAll()
            .execute(),

    /** Customer ids among `ids` that exist. */
    async existingCustomers(ids: readonly string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db.selectFrom("customers").select("id").where("id", "in", ids).execute();
      return new Set(rows.map((r) => r.id));
    },

    /** Customer ids by (lower-cased) email identity. */
    async customersByEmail(emails: readonly string[]): Promise<Map<string, string>> {
      if (emails.length === 0) return new Map();
      const rows = await db.selectFrom("customer_identities").select(["value", "customer_id"]).where("kind", "=", "email").where("value", "in", emails).execute();
      return new Map(rows.map((r) => [r.value, r.customer_id]));
    },

    async aggregates(customerIds: readonly string[], at: Date, base: Base): Promise<Map<string, OrderAggregate>> {
      if (customerIds.length === 0) return new Map();
      const { rows } = await aggregated(at, base, customerIds).execute(db);
      return new Map(rows.map((r) => [r.customer_id, { customerId: r.customer_id, count: Number(r.n), total: Number(r.total), first: new Date(r.first_at), last: new Date(r.last_at) }]));
    },

    /** Every customer's (order count, total, days since last order) as of `at`: the RFM population. */
    async population(at: Date, base: Base): Promise<Array<{ count: number; total: number; ageDays: number }>> {
      const { rows } = await aggregated(at, base).execute(db);
      return rows.map((r) => ({ count: Number(r.n), total: Number(r.total), ageDays: Number(r.age) }));
    },

    /** One customer's standing in the population, counted in SQL (no need to load every customer). */
    async rank(value: { count: number; total: number; ageDays: number }, at: Date, base: Base): Promise<PopulationRanks> {
      const { rows } = await sql<Record<string, string | number>>`
        WITH agg AS (${aggregated(at, base)})
        SELECT count(*)::int AS size,
          count(*) FILTER (WHERE age > ${value.ageDays})::int AS r_below, count(*) FILTER (WHERE age = ${value.ageDays})::int AS r_equal,
          count(*) FILTER (WHERE n < ${value.count})::int AS f_below, count(*) FILTER (WHERE n = ${value.count})::int AS f_equal,
          count(*) FILTER (WHERE total < ${value.total}::numeric)::int AS m_below, count(*) FILTER (WHERE total = ${value.total}::numeric)::int AS m_equal
        FROM agg`.execute(db);
      const r = rows[0]!;
      const n = (k: string) => Number(r[k] ?? 0);
      return {
        size: n("size"),
        recency: { below: n("r_below"), equal: n("r_equal") },
        frequency: { below: n("f_below"), equal: n("f_equal") },
        monetary: { below: n("m_below"), equal: n("m_equal") },
      };
    },
  };
}
export type OrdersRepository = ReturnType<typeof createOrdersRepository>;
