import { type Insertable, type Kysely, sql, type Updateable } from "kysely";
import type { CustomersTable, DB } from "../../db/schema.js";
import { likeContains } from "../../shared/search-text.js";
import { parseSort } from "../../shared/validators.js";
import type { CustomerListQuery } from "./customers.schema.js";

export interface Identity {
  kind: "email" | "phone" | "handle";
  value: string;
}

const SORTS = {
  name: [sql`cu.name COLLATE "und-x-icu"`],
  country: [sql`cu.country`, sql`cu.name COLLATE "und-x-icu"`],
  createdAt: [sql`cu.created_at`],
  updatedAt: [sql`cu.updated_at`],
} as const;

// Phone-like queries ("+52 55 1234") are matched on digits, which search_text also holds.
function searchPattern(q: string): string {
  const digits = q.replace(/\D/g, "");
  return /^[+\d\s().-]+$/.test(q) && digits.length >= 4 ? `%${digits}%` : likeContains(q);
}

export function createCustomersRepository(db: Kysely<DB>) {
  const withCompany = () =>
    db
      .selectFrom("customers as cu")
      .leftJoin("companies as co", "co.id", "cu.company_id")
      .selectAll("cu")
      .select(["co.name as company_name"]);

  async function replaceIdentities(trx: Kysely<DB>, customerId: string, identities: Identity[]) {
    // Channel handles are not edited through the customer form: keep them.
    await trx.deleteFrom("customer_identities").where("customer_id", "=", customerId).where("kind", "in", ["email", "phone"]).execute();
    const editable = identities.filter((i) => i.kind !== "handle");
    if (editable.length > 0) {
      await trx
        .insertInto("customer_identities")
        .values(editable.map((i) => ({ ...i, customer_id: customerId })))
        .execute();
    }
  }

  return {
    findById: (id: string) => withCompany().where("cu.id", "=", id).executeTakeFirst(),

    async list(q: CustomerListQuery) {
      let query = withCompany();
      if (q.q) query = query.where("cu.search_text", "like", searchPattern(q.q));
      if (q.country) query = query.where("cu.country", "=", q.country);
      if (q.companyId) query = query.where("cu.company_id", "=", q.companyId);
      if (q.tag) query = query.where(sql<boolean>`cu.tags @> ${JSON.stringify([q.tag])}::jsonb`);
      if (q.language) query = query.where(sql<boolean>`cu.preferred_languages @> ${JSON.stringify([q.language])}::jsonb`);
      const { field, desc } = parseSort(q.sort, "name");
      let ordered = query;
      for (const expr of SORTS[field as keyof typeof SORTS] ?? SORTS.name) {
        ordered = ordered.orderBy(expr, (ob) => (desc ? ob.desc() : ob.asc()).nullsLast());
      }
      const [items, count] = await Promise.all([
        ordered.orderBy("cu.id").limit(q.limit).offset(q.offset).execute(),
        query.clearSelect().select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(count.n) };
    },

    /** Which of these identities already belong to a customer other than `exceptId`. */
    takenIdentities: (identities: Identity[], exceptId?: string) =>
      identities.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom("customer_identities")
            .select(["kind", "value", "customer_id"])
            .where((eb) => eb.or(identities.map((i) => eb.and([eb("kind", "=", i.kind), eb("value", "=", i.value)]))))
            .$if(Boolean(exceptId), (qb) => qb.where("customer_id", "!=", exceptId!))
            .execute(),

    insert: (row: Insertable<CustomersTable>, identities: Identity[]) =>
      db.transaction().execute(async (trx) => {
        const { id } = await trx.insertInto("customers").values(row).returning("id").executeTakeFirstOrThrow();
        await replaceIdentities(trx, id, identities);
        return id;
      }),

    update: (id: string, patch: Updateable<CustomersTable>, identities: Identity[]) =>
      db.transaction().execute(async (trx) => {
        await trx.updateTable("customers").set({ ...patch, updated_at: new Date() }).where("id", "=", id).execute();
        await replaceIdentities(trx, id, identities);
      }),

    delete: (id: string) => db.deleteFrom("customers").where("id", "=", id).executeTakeFirst(),

    /** One statement, so two messages processed at once cannot both set it. */
    setLanguageIfNone: (customerId: string, language: string) =>
      db
        .updateTable("customers")
        .set({ preferred_languages: JSON.stringify([language]), updated_at: new Date() })
        .where("id", "=", customerId)
        .where(sql<boolean>`preferred_languages = '[]'::jsonb`)
        .execute(),

    addIdentity: (customerId: string, identity: Identity) =>
      db
        .insertInto("customer_identities")
        .values({ ...identity, customer_id: customerId })
        .onConflict((oc) => oc.columns(["kind", "value"]).doNothing())
        .execute(),
  };
}
export type CustomerRow = NonNullable<Awaited<ReturnType<ReturnType<typeof createCustomersRepository>["findById"]>>>;
