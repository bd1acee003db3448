import { type Kysely, type Selectable, sql } from "kysely";
import type { DB, KbFamiliesTable, KbVersionProvenance, KbVersionsTable } from "../../db/schema.js";
import { likeContains } from "../../shared/search-text.js";
import { parseSort } from "../../shared/validators.js";
import type { FamilyListQuery } from "./kb.schema.js";

export type FamilyRow = Selectable<KbFamiliesTable>;
export type VersionRow = Omit<Selectable<KbVersionsTable>, "tsv" | "search_text"> & {
  file_id: string | null;
  file_name: string | null;
  file_size: number | null;
  file_pages: number | null;
};

// At most this much text goes into a tsvector (PostgreSQL caps one at 1 MB).
const INDEX_CHARS = 400_000;

const SORT_COLUMNS = {
  title: sql`f.title COLLATE "und-x-icu"`,
  createdAt: sql`f.created_at`,
  updatedAt: sql`f.updated_at`,
};

export interface VersionIndexFields {
  tsConfig: string;
  /** Title and body as they go into to_tsvector (segmented for zh/ja/th…). */
  indexTitle: string;
  indexBody: string;
  searchText: string;
}

const tsvExpression = (f: VersionIndexFields) =>
  sql<string>`setweight(to_tsvector(${f.tsConfig}::regconfig, ${f.indexTitle}), 'A') || setweight(to_tsvector(${f.tsConfig}::regconfig, ${f.indexBody.slice(0, INDEX_CHARS)}), 'B')`;

export function createKbRepository(db: Kysely<DB>) {
  const versionsQuery = () =>
    db
      .selectFrom("kb_versions as v")
      .leftJoin("kb_files as fl", "fl.version_id", "v.id")
      .select([
        "v.id", "v.family_id", "v.language", "v.title", "v.body", "v.kind", "v.origin", "v.status", "v.provenance", "v.ts_config",
        "v.created_at", "v.updated_at", "fl.id as file_id", "fl.filename as file_name", "fl.size as file_size", "fl.page_count as file_pages",
      ]);

  function filtered(q: FamilyListQuery) {
    let query = db.selectFrom("kb_families as f");
    if (q.q) query = query.where("f.search_text", "like", likeContains(q.q));
    if (q.language) {
      const language = q.language;
      query = query.where((eb) => eb.exists(eb.selectFrom("kb_versions as lv").select("lv.id").whereRef("lv.family_id", "=", "f.id").where("lv.language", "=", language)));
    }
    if (q.status) {
      query = query.where((eb) => {
        const published = eb.exists(
          eb.selectFrom("kb_versions as pv").select("pv.id").whereRef("pv.family_id", "=", "f.id").where("pv.status", "=", "published"),
        );
        return q.status === "published" ? published : eb.not(published);
      });
    }
    return query;
  }

  return {
    findFamily: (id: string) => db.selectFrom("kb_families").selectAll().where("id", "=", id).executeTakeFirst(),
    findFamilyBySlug: (slug: string) => db.selectFrom("kb_families").selectAll().where("slug", "=", slug).executeTakeFirst(),
    async slugsLike(base: string): Promise<string[]> {
      const rows = await db
        .selectFrom("kb_families")
        .select("slug")
        .where((eb) => eb.or([eb("slug", "=", base), eb("slug", "like", `${base.replace(/[\\%_]/g, (c) => `\\${c}`)}-%`)]))
        .execute();
      return rows.map((r) => r.slug);
    },
    async listFamilies(q: FamilyListQuery) {
      const { field, desc } = parseSort(q.sort, "-updatedAt");
      const column = SORT_COLUMNS[field as keyof typeof SORT_COLUMNS] ?? SORT_COLUMNS.updatedAt;
      const [items, count] = await Promise.all([
        filtered(q)
          .selectAll("f")
          .orderBy(column, (ob) => (desc ? ob.desc() : ob.asc()))
          .orderBy("f.id")
          .limit(q.limit)
          .offset(q.offset)
          .execute(),
        filtered(q).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(count.n) };
    },
    familiesByIds: (ids: string[]) =>
      ids.length === 0 ? Promise.resolve([]) : db.selectFrom("kb_families").selectAll().where("id", "in", ids).execute(),
    insertFamily: (row: { title: string; slug: string; tags: string[]; search_text: string; created_by: string | null }) =>
      db.insertInto("kb_families").values({ ...row, tags: JSON.stringify(row.tags) }).returning("id").executeTakeFirstOrThrow(),
    updateFamily: (id: string, patch: { title?: string; slug?: string; tags?: string[]; search_text?: string }) =>
      db
        .updateTable("kb_families")
        .set({ ...patch, tags: patch.tags ? JSON.stringify(patch.tags) : undefined, updated_at: new Date() })
        .where("id", "=", id)
        .executeTakeFirst(),
    touchFamily: (id: string) => db.updateTable("kb_families").set({ updated_at: new Date() }).where("id", "=", id).execute(),
    deleteFamily: (id: string) => db.deleteFrom("kb_families").where("id", "=", id).executeTakeFirst(),

    findVersion: (id: string): Promise<VersionRow | undefined> => versionsQuery().where("v.id", "=", id).executeTakeFirst(),
    versionsOf: (familyIds: string[], publishedOnly = false): Promise<VersionRow[]> =>
      familyIds.length === 0
        ? Promise.resolve([])
        : versionsQuery()
            .where("v.family_id", "in", familyIds)
            .$if(publishedOnly, (qb) => qb.where("v.status", "=", "published"))
            .orderBy("v.language")
            .orderBy("v.kind")
            .execute(),
    findVersionByKey: (familyId: string, language: string, kind: "text" | "pdf") =>
      db.selectFrom("kb_versions").select(["id", "origin"]).where("family_id", "=", familyId).where("language", "=", language).where("kind", "=", kind).executeTakeFirst(),
    async insertVersion(
      row: { family_id: string; language: string; title: string; body: string; kind: "text" | "pdf"; origin: "human" | "machine"; status: "draft" | "published"; provenance: KbVersionProvenance | null },
      index: VersionIndexFields,
    ): Promise<string> {
      const inserted = await db
        .insertInto("kb_versions")
        .values({
          ...row,
          provenance: JSON.stringify(row.provenance),
          ts_config: index.tsConfig,
          tsv: tsvExpression(index),
          search_text: index.searchText.slice(0, INDEX_CHARS),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return inserted.id;
    },
    updateVersion: (
      id: string,
      patch: { title?: string; body?: string; status?: "draft" | "published"; origin?: "human" | "machine"; provenance?: KbVersionProvenance | null },
      index?: VersionIndexFields,
    ) =>
      db
        .updateTable("kb_versions")
        .set({
          ...patch,
          provenance: patch.provenance === undefined ? undefined : JSON.stringify(patch.provenance),
          ...(index ? { ts_config: index.tsConfig, tsv: tsvExpression(index), search_text: index.searchText.slice(0, INDEX_CHARS) } : {}),
          updated_at: new Date(),
        })
        .where("id", "=", id)
        .executeTakeFirst(),
    deleteVersion: (id: string) => db.deleteFrom("kb_versions").where("id", "=", id).executeTakeFirst(),
    /** Distinct languages with versions (published ones only for the public help centre). */
    async languages(publishedOnly: boolean): Promise<string[]> {
      const rows = await db
        .selectFrom("kb_versions")
        .select("language")
        .distinct()
        .$if(publishedOnly, (qb) => qb.where("status", "=", "published"))
        .execute();
      return rows.map((r) => r.language).sort();
    },

    insertFile: (row: { version_id: string; filename: string; content_type: string; size: number; sha256: string; page_count: number; data: Buffer }) =>
      db.insertInto("kb_files").values(row).returning("id").executeTakeFirstOrThrow(),
    findFile: (id: string) =>
      db
        .selectFrom("kb_files as fl")
        .innerJoin("kb_versions as v", "v.id", "fl.version_id")
        .select(["fl.id", "fl.filename", "fl.content_type", "fl.size", "fl.sha256", "fl.data", "v.status"])
        .where("fl.id", "=", id)
        .executeTakeFirst(),
  };
}
export type KbRepository = ReturnType<typeof createKbRepository>;
