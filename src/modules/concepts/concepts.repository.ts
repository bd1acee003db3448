import { type Kysely, sql } from "kysely";
import type { ConceptTerm, DB } from "../../db/schema.js";
import { buildSearchText, foldForSearch } from "../../shared/search-text.js";
import { parseSort } from "../../shared/validators.js";
import type { ConceptListQuery, MatchListQuery } from "./concepts.schema.js";

export interface NewMatch {
  concept_id: string;
  message_id: string;
  conversation_id: string | null;
  customer_id: string | null;
  language: string;
  term: string;
  found_in: "original" | "translation";
  excerpt: string;
  message_sent_at: Date;
}

export function createConceptsRepository(db: Kysely<DB>) {
  const base = () =>
    db
      .selectFrom("concepts as c")
      .selectAll("c")
      .select([
        sql<number>`(SELECT count(*) FROM concept_matches m WHERE m.concept_id = c.id)`.as("match_count"),
        sql<number>`(SELECT count(DISTINCT m.customer_id) FROM concept_matches m WHERE m.concept_id = c.id)`.as("customer_count"),
        sql<Date | null>`(SELECT max(m.message_sent_at) FROM concept_matches m WHERE m.concept_id = c.id)`.as("last_match_at"),
      ]);

  return {
    findById: (id: string) => base().where("c.id", "=", id).executeTakeFirst(),

    /** Concepts are few (dozens): filtered, sorted and paged here, with Unicode-aware folding and collation. */
    async list(q: ConceptListQuery) {
      let rows = await base().execute();
      if (q.q) {
        const needle = foldForSearch(q.q);
        rows = rows.filter((r) => buildSearchText([r.name, r.tag, r.key]).includes(needle));
      }
      if (q.enabled) rows = rows.filter((r) => r.enabled === (q.enabled === "true"));
      const { field, desc } = parseSort(q.sort, "name");
      const collator = new Intl.Collator("und", { sensitivity: "base" });
      const compare: Record<string, (a: (typeof rows)[number], b: (typeof rows)[number]) => number> = {
        name: (a, b) => collator.compare(a.name, b.name),
        createdAt: (a, b) => a.created_at.getTime() - b.created_at.getTime(),
        matchCount: (a, b) => Number(a.match_count) - Number(b.match_count),
      };
      const cmp = compare[field] ?? compare.name!;
      rows.sort((a, b) => (desc ? -cmp(a, b) : cmp(a, b)) || a.id.localeCompare(b.id));
      return { items: rows.slice(q.offset, q.offset + q.limit), total: rows.length };
    },

    termsOf: (conceptIds: readonly string[]) =>
      conceptIds.length === 0
        ? Promise.resolve([])
        : db.selectFrom("concept_terms").selectAll().where("concept_id", "in", conceptIds).orderBy("language").execute(),

    insert: (row: { key?: string | null; name: string; description: string | null; tag: string; language: string; enabled?: boolean }) =>
      db.insertInto("concepts").values(row).returning("id").executeTakeFirstOrThrow(),

    /** Inserts a built-in concept unless its key exists; answers its id only when it was inserted. */
    insertBuiltin: (row: { key: string; name: string; description: string; tag: string; language: string }) =>
      db
        .insertInto("concepts")
        .values(row)
        .onConflict((oc) => oc.column("key").doNothing())
        .returning("id")
        .executeTakeFirst(),

    update: (id: string, patch: Partial<{ name: string; description: string | null; tag: string; enabled: boolean }>) =>
      db.updateTable("concepts").set({ ...patch, updated_at: new Date() }).where("id", "=", id).returning("id").executeTakeFirst(),

    touch: (id: string) => db.updateTable("concepts").set({ updated_at: new Date() }).where("id", "=", id).execute(),

    delete: (id: string) => db.deleteFrom("concepts").where("id", "=", id).executeTakeFirst(),

    putTerms: (conceptId: string, language: string, terms: ConceptTerm[], origin: "human" | "machine", userId: string | null) =>
      db
        .insertInto("concept_terms")
        .values({ concept_id: conceptId, language, terms: JSON.stringify(terms), origin, updated_by: userId })
        .onConflict((oc) =>
          oc.columns(["concept_id", "language"]).doUpdateSet({ terms: JSON.stringify(terms), origin, updated_by: userId, updated_at: new Date() }),
        )
        .execute(),

    /** Seeds a list without touching one that exists (a person may have edited it). */
    seedTerms: (conceptId: string, language: string, terms: ConceptTerm[]) =>
      db
        .insertInto("concept_terms")
        .values({ concept_id: conceptId, language, terms: JSON.stringify(terms), origin: "human", updated_by: null })
        .onConflict((oc) => oc.columns(["concept_id", "language"]).doNothing())
        .execute(),

    deleteTerms: (conceptId: string, language: string) =>
      db.deleteFrom("concept_terms").where("concept_id", "=", conceptId).where("language", "=", language).executeTakeFirst(),

    /** Enabled concepts with all their lists: what the matcher needs for one message. */
    async enabledWithTerms(conceptId?: string) {
      let q = db.selectFrom("concepts").select(["id", "name", "tag", "language"]).where("enabled", "=", true);
      if (conceptId) q = q.where("id", "=", conceptId);
      const concepts = await q.execute();
      if (concepts.length === 0) return [];
      const terms = await db
        .selectFrom("concept_terms")
        .select(["concept_id", "language", "terms"])
        .where(
          "concept_id",
          "in",
          concepts.map((c) => c.id),
        )
        .execute();
      return concepts.map((c) => ({ ...c, lists: terms.filter((t) => t.concept_id === c.id) }));
    },

    /** Stores a match once (the pipeline may run again for a message); answers whether it is new. */
    async insertMatch(row: NewMatch): Promise<boolean> {
      const inserted = await db
        .insertInto("concept_matches")
        .values(row)
        .onConflict((oc) => oc.columns(["concept_id", "message_id", "found_in", "term"]).doNothing())
        .returning("id")
        .executeTakeFirst();
      return inserted !== undefined;
    },

    async listMatches(conceptId: string, q: MatchListQuery) {
      let query = db.selectFrom("concept_matches as m").leftJoin("customers as cu", "cu.id", "m.customer_id").where("m.concept_id", "=", conceptId);
      if (q.language) query = query.where(sql<boolean>`(m.language = ${q.language} OR m.language LIKE ${`${q.language}-%`})`);
      if (q.where) query = query.where("m.found_in", "=", q.where);
      if (q.customerId) query = query.where("m.customer_id", "=", q.customerId);
      const [items, count] = await Promise.all([
        query
          .selectAll("m")
          .select("cu.name as customer_name")
          .orderBy("m.message_sent_at", "desc")
          .orderBy("m.id")
          .limit(q.limit)
          .offset(q.offset)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(count.n) };
    },

    /** Each matched customer's most recent match of the concept (originals before translations). */
    latestMatchPerCustomer: (conceptId: string) =>
      db
        .selectFrom("concept_matches")
        .selectAll()
        .distinctOn("customer_id")
        .where("concept_id", "=", conceptId)
        .where("customer_id", "is not", null)
        .orderBy("customer_id")
        .orderBy("message_sent_at", "desc")
        .orderBy("found_in")
        .execute(),

    latestMatchOf: (conceptId: string, customerId: string) =>
      db
        .selectFrom("concept_matches")
        .selectAll()
        .where("concept_id", "=", conceptId)
        .where("customer_id", "=", customerId)
        .orderBy("message_sent_at", "desc")
        .orderBy("found_in")
        .orderBy("created_at")
        .limit(1)
        .executeTakeFirst(),

    /** Inbound processed messages after `afterId` in id order, for a rescan. */
    processedMessagesAfter: (afterId: string | null, limit: number) => {
      let q = db
        .selectFrom("messages")
        .select(["id", "conversation_id", "customer_id", "original_text", "language", "translation_text", "translation_to", "sent_at"])
        .where("direction", "=", "in")
        .where("state", "=", "processed");
      if (afterId) q = q.where("id", ">", afterId);
      return q.orderBy("id").limit(limit).execute();
    },
  };
}
export type ConceptsRepository = ReturnType<typeof createConceptsRepository>;
