import { type Kysely, sql } from "kysely";
import type { DB } from "../../db/schema.js";
import type { ClusteredTheme, TaxonomyEntry } from "./review-clustering.js";

// Serialises writers of the themes across processes (PostgreSQL); PGlite has one connection anyway.
const CLUSTER_LOCK = 7_310_010;

/** A review's place after clustering: in a theme, or in none with the reason (null: clusterable, just unlike the rest). */
export interface Assignment {
  id: string;
  themeKey: string | null;
  score: number | null;
  terms: string[];
  note: string | null;
}

export interface ExampleRow {
  id: string;
  theme_id: string;
  language: string | null;
  original_text: string;
  translation_text: string | null;
  translation_to: string | null;
  rating: number | null;
  sentiment_label: string | null;
  source: string;
  written_at: Date;
  theme_terms: string[];
}

export function createReviewThemesRepository(db: Kysely<DB>) {
  return {
    /** Replaces the themes and every listed review's assignment in one transaction. */
    async apply(themes: ClusteredTheme[], assignments: Assignment[], run: { clusteredAt: Date; language: string; seen: number; lastProcessedAt: Date | null }) {
      await db.transaction().execute(async (trx) => {
        await sql`SELECT pg_advisory_xact_lock(${CLUSTER_LOCK})`.execute(trx);
        const ids = new Map<string, string>();
        for (const t of themes) {
          const row = await trx
            .insertInto("review_themes")
            .values({
              key: t.key,
              label: t.label,
              kind: t.kind,
              taxonomy_id: t.taxonomyId,
              keywords: JSON.stringify(t.keywords),
              review_count: t.members.length,
            })
            .onConflict((oc) =>
              oc.column("key").doUpdateSet({
                label: t.label,
                kind: t.kind,
                taxonomy_id: t.taxonomyId,
                keywords: JSON.stringify(t.keywords),
                review_count: t.members.length,
                updated_at: new Date(),
              }),
            )
            .returning("id")
            .executeTakeFirstOrThrow();
          ids.set(t.key, row.id);
        }
        let stale = trx.deleteFrom("review_themes");
        if (themes.length > 0) stale = stale.where("key", "not in", themes.map((t) => t.key));
        await stale.execute();
        const rows = assignments.map((a) => ({
          id: a.id,
          theme_id: a.themeKey ? (ids.get(a.themeKey) ?? null) : null,
          score: a.score,
          terms: a.terms,
          note: a.note,
        }));
        // One statement for all reviews: the rows travel as one JSON parameter.
        for (let i = 0; i < rows.length; i += 5000) {
          const chunk = JSON.stringify(rows.slice(i, i + 5000));
          await sql`
            UPDATE reviews AS r
               SET theme_id = v.theme_id, theme_score = v.score, theme_terms = v.terms, cluster_note = v.note
              FROM jsonb_to_recordset(${chunk}::jsonb) AS v(id uuid, theme_id uuid, score real, terms jsonb, note text)
             WHERE r.id = v.id`.execute(trx);
        }
        await trx
          .insertInto("review_clustering")
          .values({ id: 1, clustered_at: run.clusteredAt, language: run.language, review_count: run.seen, last_processed_at: run.lastProcessedAt })
          .onConflict((oc) =>
            oc.column("id").doUpdateSet({ clustered_at: run.clusteredAt, language: run.language, review_count: run.seen, last_processed_at: run.lastProcessedAt }),
          )
          .execute();
      });
    },

    list: () => db.selectFrom("review_themes").selectAll().orderBy("review_count", "desc").orderBy("label").execute(),
    findById: (id: string) => db.selectFrom("review_themes").selectAll().where("id", "=", id).executeTakeFirst(),

    /** Count, rating, sentiment and language breakdown per theme. */
    async stats(themeIds: string[]) {
      if (themeIds.length === 0) return { totals: [], languages: [] };
      const [totals, languages] = await Promise.all([
        db
          .selectFrom("reviews")
          .select((eb) => [
            "theme_id",
            eb.fn.countAll<number>().as("n"),
            sql<number | null>`avg(rating)::float8`.as("avg_rating"),
            sql<number | null>`avg(sentiment_score) FILTER (WHERE sentiment_label <> 'unknown')::float8`.as("avg_sentiment"),
            sql<number>`count(*) FILTER (WHERE sentiment_label = 'positive')`.as("positive"),
            sql<number>`count(*) FILTER (WHERE sentiment_label = 'neutral')`.as("neutral"),
            sql<number>`count(*) FILTER (WHERE sentiment_label = 'negative')`.as("negative"),
          ])
          .where("theme_id", "in", themeIds)
          .groupBy("theme_id")
          .execute(),
        db
          .selectFrom("reviews")
          .select((eb) => ["theme_id", sql<string>`coalesce(language, 'und')`.as("language"), eb.fn.countAll<number>().as("n")])
          .where("theme_id", "in", themeIds)
          .groupBy(["theme_id", sql`coalesce(language, 'und')`])
          .execute(),
      ]);
      return { totals, languages };
    },

    /** Reviews per theme per week (weeks start on Monday in `timeZone`), within [from, ∞). */
    weekly: (themeIds: string[], timeZone: string) =>
      themeIds.length === 0
        ? Promise.resolve([] as Array<{ theme_id: string | null; week: string; n: number }>)
        : db
            .selectFrom("reviews")
            .select((eb) => [
              "theme_id",
              sql<string>`to_char(date_trunc('week', written_at AT TIME ZONE ${timeZone}), 'YYYY-MM-DD')`.as("week"),
              eb.fn.countAll<number>().as("n"),
            ])
            .where("theme_id", "in", themeIds)
            .groupBy(["theme_id", sql`2`])
            .execute(),

    /** Up to `perTheme` examples per theme: the most typical review in each language first, then the next ones. */
    async examples(themeIds: string[], perTheme: number): Promise<ExampleRow[]> {
      if (themeIds.length === 0) return [];
      const result = await sql<ExampleRow>`
        SELECT id, theme_id, language, original_text, translation_text, translation_to, rating, sentiment_label, source, written_at, theme_terms
          FROM (
            SELECT x.*, row_number() OVER (PARTITION BY theme_id ORDER BY per_language, theme_score DESC NULLS LAST, written_at DESC, id) AS n
              FROM (
                SELECT r.*, row_number() OVER (PARTITION BY theme_id, language ORDER BY theme_score DESC NULLS LAST, written_at DESC, id) AS per_language
                  FROM reviews r
                 WHERE r.theme_id IN (${sql.join(themeIds)})
              ) x
          ) y
         WHERE n <= ${perTheme}
         ORDER BY theme_id, n`.execute(db);
      return result.rows;
    },

    async status() {
      const [states, notes, run, languages] = await Promise.all([
        db
          .selectFrom("reviews")
          .select((eb) => [
            eb.fn.countAll<number>().as("n"),
            sql<number>`count(*) FILTER (WHERE state = 'queued')`.as("queued"),
            sql<number>`count(*) FILTER (WHERE state = 'failed')`.as("failed"),
            sql<number>`count(*) FILTER (WHERE state = 'processed')`.as("processed"),
            sql<number>`count(*) FILTER (WHERE state = 'processed' AND theme_id IS NOT NULL)`.as("themed"),
            sql<number>`count(*) FILTER (WHERE state = 'processed' AND theme_id IS NULL AND cluster_note IS NULL)`.as("unthemed"),
            sql<Date | null>`max(processed_at) FILTER (WHERE state = 'processed')`.as("last_processed"),
          ])
          .executeTakeFirstOrThrow(),
        db
          .selectFrom("reviews")
          .select((eb) => ["cluster_note", eb.fn.countAll<number>().as("n")])
          .where("state", "=", "processed")
          .where("theme_id", "is", null)
          .where("cluster_note", "is not", null)
          .groupBy("cluster_note")
          .orderBy(sql`2`, "desc")
          .execute(),
        db.selectFrom("review_clustering").selectAll().where("id", "=", 1).executeTakeFirst(),
        db
          .selectFrom("reviews")
          .select((eb) => ["language", eb.fn.countAll<number>().as("n")])
          .where("state", "=", "processed")
          .groupBy("language")
          .orderBy(sql`2`, "desc")
          .orderBy("language")
          .execute(),
      ]);
      return { states, notes, run, languages };
    },

    taxonomy: (language: string) => db.selectFrom("review_taxonomies").selectAll().where("language", "=", language).executeTakeFirst(),
    saveTaxonomy: (language: string, entries: TaxonomyEntry[]) =>
      db
        .insertInto("review_taxonomies")
        .values({ language, entries: JSON.stringify(entries) })
        .onConflict((oc) => oc.column("language").doUpdateSet({ entries: JSON.stringify(entries), updated_at: new Date() }))
        .execute(),
  };
}
export type ReviewThemesRepository = ReturnType<typeof createReviewThemesRepository>;
