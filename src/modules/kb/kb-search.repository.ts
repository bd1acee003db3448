import { type Kysely, sql } from "kysely";
import type { DB } from "../../db/schema.js";
import { memoryTag } from "../../language/language-tags.js";

// The SQL side of search: stop words and lexemes through PostgreSQL's own text-search
// configurations, and one query that tests every alternative against every version of its language.

export interface MatchProbe {
  /** Variant, group and alternative indexes, echoed back. */
  k: number;
  g: number;
  a: number;
  language: string;
  /** As it goes into plainto_tsquery (segmented for zh/ja/th…). */
  text: string;
  /** Folded substring tested against the folded text (compound parts, unsegmented CJK), or null. */
  part: string | null;
}

export interface MatchRow {
  version_id: string;
  family_id: string;
  k: number;
  g: number;
  a: number;
  fts: boolean;
  part: boolean;
  title: boolean;
  rank: number;
}

export function createKbSearchRepository(db: Kysely<DB>) {
  return {
    /** Lexemes of each text under its configuration (empty: only stop words). */
    async lexemes(items: Array<{ config: string; text: string }>): Promise<string[][]> {
      if (items.length === 0) return [];
      const rows = sql.join(items.map((it, i) => sql`(${i}::int, ${it.config}::text, ${it.text}::text)`));
      const result = await sql<{ i: number; lexemes: string[] }>`
        SELECT t.i, tsvector_to_array(to_tsvector(t.cfg::regconfig, t.txt)) AS lexemes
        FROM (VALUES ${rows}) AS t(i, cfg, txt)`.execute(db);
      const out: string[][] = items.map(() => []);
      for (const r of result.rows) out[r.i] = r.lexemes ?? [];
      return out;
    },

    /** Whether the translation memory holds anything for this pair (then the gateway may answer from it). */
    async hasMemory(from: string, to: string): Promise<boolean> {
      const r = await sql<{ found: boolean }>`
        SELECT EXISTS (SELECT 1 FROM translation_memory WHERE source_lang = ${memoryTag(from)} AND target_lang = ${memoryTag(to)}) AS found`.execute(db);
      return Boolean(r.rows[0]?.found);
    },

    async match(probes: MatchProbe[], publishedOnly: boolean): Promise<MatchRow[]> {
      if (probes.length === 0) return [];
      const rows = sql.join(
        probes.map((p) => sql`(${p.k}::int, ${p.g}::int, ${p.a}::int, ${p.language}::text, ${p.text}::text, ${p.part}::text)`),
      );
      const result = await sql<MatchRow>`
        WITH q AS (
          SELECT q.*, v.id AS version_id, v.family_id, v.tsv, v.search_text, plainto_tsquery(v.ts_config::regconfig, q.alt) AS tq
          FROM (VALUES ${rows}) AS q(k, g, a, lang, alt, pat)
          JOIN kb_versions v ON v.language = q.lang
          WHERE (${!publishedOnly} OR v.status = 'published')
        )
        SELECT version_id, family_id, k, g, a,
          (tsv @@ tq) AS fts,
          (pat IS NOT NULL AND position(pat in search_text) > 0) AS part,
          (ts_filter(tsv, '{a}') @@ tq) AS title,
          ts_rank(tsv, tq) AS rank
        FROM q
        WHERE (tsv @@ tq) OR (pat IS NOT NULL AND position(pat in search_text) > 0)`.execute(db);
      return result.rows.map((r) => ({ ...r, rank: Number(r.rank) }));
    },
  };
}
export type KbSearchRepository = ReturnType<typeof createKbSearchRepository>;
