import { type Kysely, type Selectable, sql } from "kysely";
import type { DB, GlossaryTermsTable } from "../../db/schema.js";
import { primaryTag } from "../../language/language-tags.js";
import type { GlossaryStore } from "../../language/translation/translation-stores.js";

export type GlossaryRow = Selectable<GlossaryTermsTable>;

export interface GlossaryInput {
  term: string;
  sourceLanguage: string | null;
  kind: "keep" | "translate";
  translations: Record<string, string>;
  caseSensitive: boolean;
  note: string | null;
}

const toRow = (g: Partial<GlossaryInput>) => ({
  term: g.term,
  source_lang: g.sourceLanguage === undefined ? undefined : g.sourceLanguage && primaryTag(g.sourceLanguage),
  kind: g.kind,
  translations: g.translations ? JSON.stringify(g.translations) : undefined,
  case_sensitive: g.caseSensitive,
  note: g.note,
});

export function createGlossaryRepository(db: Kysely<DB>) {
  const store: GlossaryStore = {
    async termsFor(from) {
      const rows = await db
        .selectFrom("glossary_terms")
        .selectAll()
        .where((eb) => eb.or([eb("source_lang", "is", null), eb("source_lang", "=", primaryTag(from))]))
        // Longer terms first, so "Mundo Cloud" is protected before "Mundo".
        .orderBy(sql`length(term)`, "desc")
        .execute();
      return rows.map((r) => ({ term: r.term, kind: r.kind, translations: r.translations, caseSensitive: r.case_sensitive }));
    },
  };
  return {
    store,
    findById: (id: string) => db.selectFrom("glossary_terms").selectAll().where("id", "=", id).executeTakeFirst(),
    findByTerm: (term: string, sourceLanguage: string | null) =>
      db
        .selectFrom("glossary_terms")
        .select("id")
        .where("term", "=", term)
        .where(sql<boolean>`coalesce(source_lang, '*') = ${sourceLanguage ? primaryTag(sourceLanguage) : "*"}`)
        .executeTakeFirst(),
    async list(limit: number, offset: number, q?: string) {
      let query = db.selectFrom("glossary_terms");
      if (q) query = query.where("term", "ilike", `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      const [items, count] = await Promise.all([
        query.selectAll().orderBy("term").orderBy("id").limit(limit).offset(offset).execute(),
        query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(count.n) };
    },
    insert: (g: GlossaryInput) => db.insertInto("glossary_terms").values(toRow(g) as never).returningAll().executeTakeFirstOrThrow(),
    update: (id: string, g: Partial<GlossaryInput>) =>
      db.updateTable("glossary_terms").set({ ...toRow(g), updated_at: new Date() }).where("id", "=", id).returningAll().executeTakeFirst(),
    delete: (id: string) => db.deleteFrom("glossary_terms").where("id", "=", id).executeTakeFirst(),
  };
}
export type GlossaryRepository = ReturnType<typeof createGlossaryRepository>;
