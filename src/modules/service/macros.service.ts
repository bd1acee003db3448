import { type Kysely, sql } from "kysely";
import type { DB } from "../../db/schema.js";
import type { LanguageRuntime } from "../../language/language-runtime.js";
import { memoryTag, primaryTag } from "../../language/language-tags.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { buildSearchText, foldForSearch, likeContains } from "../../shared/search-text.js";
import { parseSort } from "../../shared/validators.js";
import type { SettingsService } from "../settings/index.js";
import type { MacroDto, MacroListQuery } from "./macros.schema.js";

type Result = { language: string; status: "translated" | "unavailable" | "kept" | "source"; message: string | null };

/** Canned replies written once, with a variant per customer language (drafted by the gateway, editable). */
export function createMacrosService(db: Kysely<DB>, language: LanguageRuntime, settings: SettingsService) {
  async function toDtos(ids: string[]): Promise<MacroDto[]> {
    if (ids.length === 0) return [];
    const [macros, variants] = await Promise.all([
      db.selectFrom("macros").selectAll().where("id", "in", ids).execute(),
      db.selectFrom("macro_variants").selectAll().where("macro_id", "in", ids).orderBy("language").execute(),
    ]);
    return ids
      .map((id) => macros.find((m) => m.id === id))
      .filter((m) => m !== undefined)
      .map((m) => ({
        id: m.id,
        name: m.name,
        language: m.language,
        body: m.body,
        variants: variants
          .filter((v) => v.macro_id === m.id)
          .map((v) => ({ language: v.language, body: v.body, origin: v.origin, provenance: v.provenance, stale: v.stale, updatedAt: v.updated_at.toISOString() })),
        createdAt: m.created_at.toISOString(),
        updatedAt: m.updated_at.toISOString(),
      }));
  }

  async function get(id: string): Promise<MacroDto> {
    const [macro] = await toDtos([id]);
    if (!macro) throw notFound("Macro", id);
    return macro;
  }

  async function assertNameFree(name: string, exceptId?: string) {
    const row = await db.selectFrom("macros").select(["id", "name"]).where("name_key", "=", foldForSearch(name)).executeTakeFirst();
    if (row && row.id !== exceptId) throw new AppError("CONFLICT", `A macro named "${row.name}" already exists`, "name");
  }

  async function saveVariant(macroId: string, lang: string, body: string, origin: "machine" | "human", provenance: Record<string, unknown> | null, userId: string | null) {
    const values = { body, origin, provenance: provenance ? JSON.stringify(provenance) : null, stale: false, updated_by: userId, updated_at: new Date() };
    await db
      .insertInto("macro_variants")
      .values({ macro_id: macroId, language: lang, ...values })
      .onConflict((oc) => oc.columns(["macro_id", "language"]).doUpdateSet(values))
      .execute();
  }

  /** Drafts variants through the translation gateway; a pair nothing can translate is reported, never faked. */
  async function translate(id: string, languages: string[], opts: { overwrite?: boolean; userId: string | null }) {
    const macro = await get(id);
    const results: Result[] = [];
    for (const wanted of [...new Set(languages.map(memoryTag))]) {
      if (primaryTag(wanted) === primaryTag(macro.language)) {
        results.push({ language: wanted, status: "source", message: "the macro is written in this language" });
        continue;
      }
      const existing = macro.variants.find((v) => v.language === wanted);
      if (existing?.origin === "human" && !opts.overwrite) {
        results.push({ language: wanted, status: "kept", message: "written by a person; pass overwrite to replace it" });
        continue;
      }
      const [r] = await language.gateway.translate({ texts: [macro.body], from: macro.language, to: wanted });
      if (r && "text" in r) {
        await saveVariant(id, wanted, r.text, "machine", { ...r.provenance }, opts.userId);
        results.push({ language: wanted, status: "translated", message: null });
      } else {
        results.push({ language: wanted, status: "unavailable", message: r?.error.message ?? `No translation for ${macro.language}→${wanted}` });
      }
    }
    return { macro: await get(id), results };
  }

  return {
    get,
    translate,
    async list(q: MacroListQuery) {
      let query = db.selectFrom("macros as m");
      if (q.q) query = query.where("m.search_text", "like", likeContains(q.q));
      if (q.language) {
        const p = primaryTag(q.language);
        query = query.where((eb) =>
          eb.or([
            eb(sql`split_part(m.language, '-', 1)`, "=", p),
            eb.exists(eb.selectFrom("macro_variants as v").select("v.macro_id").whereRef("v.macro_id", "=", "m.id").where(sql`split_part(v.language, '-', 1)`, "=", p)),
          ]),
        );
      }
      const { field, desc } = parseSort(q.sort, "name");
      const column = field === "updatedAt" ? sql`m.updated_at` : sql`m.name COLLATE "und-x-icu"`;
      const [rows, count] = await Promise.all([
        query.select("m.id").orderBy(column, desc ? "desc" : "asc").orderBy("m.id").limit(q.limit).offset(q.offset).execute(),
        query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { items: await toDtos(rows.map((r) => r.id)), total: Number(count.n) };
    },
    async create(input: { name: string; body: string; language?: string; translateTo?: string[] }, userId: string | null) {
      await assertNameFree(input.name);
      const lang = memoryTag(input.language ?? (await settings.get()).workingLanguage);
      const { id } = await db
        .insertInto("macros")
        .values({ name: input.name, name_key: foldForSearch(input.name), language: lang, body: input.body, search_text: buildSearchText([input.name, input.body]), created_by: userId })
        .returning("id")
        .executeTakeFirstOrThrow();
      if (input.translateTo?.length) return (await translate(id, input.translateTo, { userId })).macro;
      return get(id);
    },
    async update(id: string, patch: { name?: string; body?: string }) {
      const current = await get(id);
      if (patch.name !== undefined) await assertNameFree(patch.name, id);
      await db
        .updateTable("macros")
        .set({
          ...(patch.name !== undefined ? { name: patch.name, name_key: foldForSearch(patch.name) } : {}),
          ...(patch.body !== undefined ? { body: patch.body } : {}),
          search_text: buildSearchText([patch.name ?? current.name, patch.body ?? current.body]),
          updated_at: new Date(),
        })
        .where("id", "=", id)
        .execute();
      // Variants of the old text no longer say the same thing: flag them for review.
      if (patch.body !== undefined && patch.body !== current.body) await db.updateTable("macro_variants").set({ stale: true }).where("macro_id", "=", id).execute();
      return get(id);
    },
    async remove(id: string) {
      const result = await db.deleteFrom("macros").where("id", "=", id).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw notFound("Macro", id);
    },
    /** A person writes or corrects the variant in one language. */
    async putVariant(id: string, lang: string, body: string, userId: string | null) {
      const macro = await get(id);
      const tag = memoryTag(lang);
      if (primaryTag(tag) === primaryTag(macro.language)) {
        throw new AppError("VALIDATION_FAILED", `language: the macro is written in ${macro.language}; edit its body instead`, "language");
      }
      await saveVariant(id, tag, body, "human", null, userId);
      return get(id);
    },
    async removeVariant(id: string, lang: string) {
      await get(id);
      const result = await db.deleteFrom("macro_variants").where("macro_id", "=", id).where("language", "=", memoryTag(lang)).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw notFound("Macro variant", lang);
    },
  };
}
export type MacrosService = ReturnType<typeof createMacrosService>;
