import { type Insertable, type Kysely, type Selectable, sql, type Updateable } from "kysely";
import type { DB, ReviewsTable } from "../../db/schema.js";
import { likeContains } from "../../shared/search-text.js";
import { parseSort } from "../../shared/validators.js";
import type { ReviewListQuery } from "./reviews.schema.js";

export type ReviewRow = Selectable<ReviewsTable> & { theme_label: string | null };

const SORT_COLUMNS = { writtenAt: sql`r.written_at`, rating: sql`r.rating`, createdAt: sql`r.created_at` };

export function createReviewsRepository(db: Kysely<DB>) {
  const withTheme = () =>
    db
      .selectFrom("reviews as r")
      .leftJoin("review_themes as t", "t.id", "r.theme_id")
      .selectAll("r")
      .select("t.label as theme_label");

  function filtered(q: ReviewListQuery) {
    let query = db.selectFrom("reviews as r");
    if (q.q) query = query.where("r.search_text", "like", likeContains(q.q));
    if (q.theme === "none") query = query.where("r.theme_id", "is", null).where("r.state", "=", "processed");
    else if (q.theme) query = query.where("r.theme_id", "=", q.theme);
    if (q.language) query = query.where((eb) => eb.or([eb("r.language", "=", q.language!), eb("r.language", "like", `${q.language!.replace(/[\\%_]/g, "")}-%`)]));
    if (q.rating) query = query.where("r.rating", "=", q.rating);
    if (q.source) query = query.where("r.source", "=", q.source.toLowerCase());
    if (q.sentiment) query = query.where("r.sentiment_label", "=", q.sentiment);
    return query;
  }

  return {
    /** Inserts unless (source, dedupe_key) is already stored; null for a duplicate. */
    async insert(row: Insertable<ReviewsTable>): Promise<string | null> {
      const result = await db
        .insertInto("reviews")
        .values(row)
        .onConflict((oc) => oc.columns(["source", "dedupe_key"]).doNothing())
        .returning("id")
        .executeTakeFirst();
      return result?.id ?? null;
    },
    findById: (id: string) => withTheme().where("r.id", "=", id).executeTakeFirst() as Promise<ReviewRow | undefined>,
    update: (id: string, patch: Updateable<ReviewsTable>) =>
      db.updateTable("reviews").set({ ...patch, updated_at: new Date() }).where("id", "=", id).execute(),

    async list(q: ReviewListQuery): Promise<{ items: ReviewRow[]; total: number }> {
      const { field, desc } = parseSort(q.sort, "-writtenAt");
      const column = SORT_COLUMNS[field as keyof typeof SORT_COLUMNS] ?? SORT_COLUMNS.writtenAt;
      const ids = filtered(q).select("r.id");
      const [items, count] = await Promise.all([
        withTheme()
          .where("r.id", "in", ids)
          .orderBy(sql`${column} ${sql.raw(desc ? "DESC NULLS LAST" : "ASC NULLS LAST")}`)
          .orderBy("r.id")
          .limit(q.limit)
          .offset(q.offset)
          .execute(),
        filtered(q)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow(),
      ]);
      return { items: items as ReviewRow[], total: Number(count.n) };
    },

    idsInState: async (states: Array<"queued" | "failed">) =>
      (await db.selectFrom("reviews").select("id").where("state", "in", states).orderBy("created_at").execute()).map((r) => r.id),

    /** What clustering reads: every analysed review, newest first. */
    processed: () =>
      db
        .selectFrom("reviews")
        .select(["id", "language", "translation_status", "translation_text", "translation_to", "translation_note", "original_text", "analysed_for", "processed_at"])
        .where("state", "=", "processed")
        .orderBy("written_at", "desc")
        .orderBy("id")
        .execute(),

    async markQueued(ids: string[]) {
      if (ids.length > 0) await db.updateTable("reviews").set({ state: "queued", state_error: null }).where("id", "in", ids).execute();
    },
  };
}
export type ReviewsRepository = ReturnType<typeof createReviewsRepository>;
