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
    async findExact(from, to, format, source) {
      const key = sourceKey(source);
      const row = await db
        .selectFrom("translation_memory")
        .selectAll()
        .where("source_lang", "=", memoryTag(from))
        .where("target_lang", "=", memoryTag(to))
        .where("format", "=", format)
        .where(sql<boolean>`md5(source_key) = md5(${key})`)
        .where("source_key", "=", key)
        .orderBy("approved", "desc")
        .orderBy("updated_at", "desc")
        .executeTakeFirst();
      if (!row) return null;
      await db.updateTable("translation_memory").set({ hits: sql`hits + 1` }).where("id", "=", row.id).execute();
      return toMatch(row, 1);
    },
    async findFuzzy(from, to, format, source, threshold) {
      const key = sourceKey(source);
      const rows = await sql<MemoryRow & { score: number }>`
        SELECT *, similarity(source_key, ${key}) AS score FROM translation_memory
        WHERE source_lang = ${memoryTag(from)} AND target_lang = ${memoryTag(to)} AND format = ${format}
          AND source_key % ${key} AND similarity(source_key, ${key}) >= ${threshold}
        ORDER BY score DESC, approved DESC, updated_at DESC LIMIT 5`.execute(db);
      // A near-identical sentence with another number, URL or placeholder is a different sentence.
      const spans = JSON.stringify(protectedSpans(source, format));
      const row = rows.rows.find((r) => JSON.stringify(protectedSpans(r.source_text, format)) === spans);
      return row ? toMatch(row, Math.round(Number(row.score) * 1000) / 1000) : null;
    },
    async saveMachine(e) {
      await upsert({ ...e, origin: "machine", approved: false });
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
