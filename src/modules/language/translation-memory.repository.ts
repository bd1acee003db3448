import { type Kysely, type Selectable, sql } from "kysely";
import type { DB, TranslationMemoryTable } from "../../db/schema.js";
import { memoryTag } from "../../language/language-tags.js";
import { protectedSpans } from "../../language/translation/placeholders.js";
import type { TextFormat } from "../../language/translation/translation-engine.js";
import type { MemoryMatch, TranslationMemoryStore } from "../../language/translation/translation-stores.js";

export type MemoryRow = Selectable<TranslationMemoryTable>;

/** The exact-match key: NFC, whitespace collapsed. */
export const sourceKey = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

const toMatch = (r: MemoryRow, score: number): MemoryMatch => ({
  id: r.id,
  targetText: r.target_text,
  approved: r.approved,
  engine: r.engine,
  pivot: r.pivot,
  score,
});

export interface MemoryEntryInput {
  from: string;
  to: string;
  format: TextFormat;
  source: string;
  target: string;
  origin: "human" | "machine" | "import";
  approved: boolean;
  engine?: string | null;
  pivot?: string | null;
  createdBy?: string | null;
}

export function createTranslationMemoryRepository(db: Kysely<DB>) {
  async function upsert(e: MemoryEntryInput): Promise<string> {
    const key = sourceKey(e.source);
    const result = await sql<{ id: string }>`
      INSERT INTO translation_memory (source_lang, target_lang, format, source_text, source_key, target_text, origin, approved, engine, pivot, created_by)
      VALUES (${memoryTag(e.from)}, ${memoryTag(e.to)}, ${e.format}, ${e.source}, ${key}, ${e.target}, ${e.origin}, ${e.approved}, ${e.engine ?? null}, ${e.pivot ?? null}, ${e.createdBy ?? null})
      ON CONFLICT (source_lang, target_lang, format, approved, md5(source_key))
      DO UPDATE SET target_text = EXCLUDED.target_text, source_text = EXCLUDED.source_text, origin = EXCLUDED.origin,
        engine = EXCLUDED.engine, pivot = EXCLUDED.pivot, updated_at = now()
      RETURNING id`.execute(db);
    return result.rows[0]!.id;
  }

  const store: TranslationMemoryStore = {
    async findExact(from, to, format, sources) {
      const found = new Map<string, MemoryMatch>();
      const keys = [...new Set(sources.map(sourceKey))];
      if (keys.length === 0) return found;
      const rows = await db
        .selectFrom("translation_memory")
        .selectAll()
        .where("source_lang", "=", memoryTag(from))
        .where("target_lang", "=", memoryTag(to))
        .where("format", "=", format)
        .where(sql<boolean>`md5(source_key) IN (${sql.join(keys.map((k) => sql`md5(${k})`))})`)
        .where("source_key", "in", keys)
        .orderBy("approved", "asc") // approved rows come last and overwrite below
        .execute();
      const byKey = new Map(rows.map((r) => [r.source_key, r]));
      for (const source of sources) {
        const row = byKey.get(sourceKey(source));
        if (row) found.set(source, toMatch(row, 1));
      }
      if (rows.length > 0) {
        const ids = [...byKey.values()].map((r) => r.id);
        await db.updateTable("translation_memory").set({ hits: sql`hits + 1` }).where("id", "in", ids).execute();
      }
      return found;
    },
    async findFuzzy(from, to, format, sources, threshold) {
      const found = new Map<string, MemoryMatch>();
      if (sources.length === 0) return found;
      const wanted = sources.map((src) => sql`(${sourceKey(src)}, ${src})`);
      const rows = await sql<MemoryRow & { score: number; query: string }>`
        SELECT q.query, m.* FROM (VALUES ${sql.join(wanted)}) AS q(query_key, query)
        CROSS JOIN LATERAL (
          SELECT t.*, similarity(t.source_key, q.query_key) AS score FROM translation_memory t
          WHERE t.source_lang = ${memoryTag(from)} AND t.target_lang = ${memoryTag(to)} AND t.format = ${format}
            AND t.approved AND t.source_key % q.query_key AND similarity(t.source_key, q.query_key) >= ${threshold}
          ORDER BY score DESC, t.updated_at DESC LIMIT 5
        ) m`.execute(db);
      for (const src of sources) {
        // A near-identical sentence with another number, URL or placeholder is a different sentence.
        const spans = JSON.stringify(protectedSpans(src, format));
        const row = rows.rows.find((r) => r.query === src && JSON.stringify(protectedSpans(r.source_text, format)) === spans);
        if (row) found.set(src, toMatch(row, Math.round(Number(row.score) * 1000) / 1000));
      }
      return found;
    },
    async saveMachine(entries) {
      if (entries.length === 0) return;
      const values = entries.map(
        (e) =>
          sql`(${memoryTag(e.from)}, ${memoryTag(e.to)}, ${e.format}, ${e.source}, ${sourceKey(e.source)}, ${e.target}, 'machine', false, ${e.engine}, ${e.pivot})`,
      );
      // One statement per batch; a duplicate source inside the batch would make ON CONFLICT fail, so dedupe first.
      await sql`
        INSERT INTO translation_memory (source_lang, target_lang, format, source_text, source_key, target_text, origin, approved, engine, pivot)
        VALUES ${sql.join(values.filter((_, i) => entries.findIndex((e) => sourceKey(e.source) === sourceKey(entries[i]!.source)) === i))}
        ON CONFLICT (source_lang, target_lang, format, approved, md5(source_key))
        DO UPDATE SET target_text = EXCLUDED.target_text, engine = EXCLUDED.engine, pivot = EXCLUDED.pivot, updated_at = now()`.execute(db);
    },
  };

  return {
    store,
    upsert,
    findById: (id: string) => db.selectFrom("translation_memory").selectAll().where("id", "=", id).executeTakeFirst(),
    async list(q: { from?: string; to?: string; q?: string; origin?: MemoryRow["origin"]; limit: number; offset: number }) {
      let query = db.selectFrom("translation_memory");
      if (q.from) query = query.where("source_lang", "=", memoryTag(q.from));
      if (q.to) query = query.where("target_lang", "=", memoryTag(q.to));
      if (q.origin) query = query.where("origin", "=", q.origin);
      if (q.q) {
        const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        query = query.where((eb) => eb.or([eb("source_text", "ilike", like), eb("target_text", "ilike", like)]));
      }
      const [items, count] = await Promise.all([
        query.selectAll().orderBy("updated_at", "desc").orderBy("id").limit(q.limit).offset(q.offset).execute(),
        query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(count.n) };
    },
    all: (from?: string, to?: string) =>
      db
        .selectFrom("translation_memory")
        .selectAll()
        .$if(Boolean(from), (qb) => qb.where("source_lang", "=", memoryTag(from!)))
        .$if(Boolean(to), (qb) => qb.where("target_lang", "=", memoryTag(to!)))
        .orderBy("created_at")
        .execute(),
    update: (id: string, patch: { target_text?: string; approved?: boolean; origin?: MemoryRow["origin"] }) =>
      db.updateTable("translation_memory").set({ ...patch, updated_at: new Date() }).where("id", "=", id).returningAll().executeTakeFirst(),
    delete: (id: string) => db.deleteFrom("translation_memory").where("id", "=", id).executeTakeFirst(),
  };
}
export type TranslationMemoryRepository = ReturnType<typeof createTranslationMemoryRepository>;
