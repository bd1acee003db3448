import { type Kysely, sql } from "kysely";
import type { DB } from "../../db/schema.js";
import { likeContains } from "../../shared/search-text.js";
import { parseSort } from "../../shared/validators.js";
import type { CompanyListQuery } from "./companies.schema.js";

const SORT_COLUMNS = { name: sql`c.name COLLATE "und-x-icu"`, createdAt: sql`c.created_at`, updatedAt: sql`c.updated_at` };

export function createCompaniesRepository(db: Kysely<DB>) {
  const base = () =>
    db
      .selectFrom("companies as c")
      .selectAll("c")
      .select((eb) =>
        eb
          .selectFrom("customers")
          .select(eb.fn.countAll<number>().as("n"))
          .whereRef("customers.company_id", "=", "c.id")
          .as("customer_count"),
      );
  return {
    findById: (id: string) => base().where("c.id", "=", id).executeTakeFirst(),
    findByNameKey: (nameKey: string) =>
      db.selectFrom("companies").select(["id", "name"]).where("name_key", "=", nameKey).executeTakeFirst(),
    async list(q: CompanyListQuery) {
      let query = base();
      if (q.q) query = query.where("c.search_text", "like", likeContains(q.q));
      const { field, desc } = parseSort(q.sort, "name");
      const column = SORT_COLUMNS[field as keyof typeof SORT_COLUMNS] ?? SORT_COLUMNS.name;
      const [items, count] = await Promise.all([
        query
          .orderBy(column, (ob) => (desc ? ob.desc() : ob.asc()))
          .orderBy("c.id")
          .limit(q.limit)
          .offset(q.offset)
          .execute(),
        (q.q ? db.selectFrom("companies as c").where("c.search_text", "like", likeContains(q.q)) : db.selectFrom("companies as c"))
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(count.n) };
    },
    insert: (row: { name: string; name_key: string; domain: string | null; country: string | null; search_text: string }) =>
      db.insertInto("companies").values(row).returning("id").executeTakeFirstOrThrow(),
    update: (id: string, patch: Partial<{ name: string; name_key: string; domain: string | null; country: string | null; search_text: string }>) =>
      db.updateTable("companies").set({ ...patch, updated_at: new Date() }).where("id", "=", id).returning("id").executeTakeFirst(),
    delete: (id: string) => db.deleteFrom("companies").where("id", "=", id).executeTakeFirst(),
  };
}
export type CompaniesRepository = ReturnType<typeof createCompaniesRepository>;
