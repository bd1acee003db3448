import { type Kysely, sql } from "kysely";
import type { DB } from "../../db/schema.js";
import { primaryTag } from "../../language/language-tags.js";
import { isSegmented } from "./kb-text.js";

// Language → PostgreSQL text-search configuration. Which configurations exist depends on the
// server (PGlite has 29; PostgreSQL 15 lacks a few newer ones), so the list is read once from
// pg_ts_config and anything missing falls back to 'simple' (no stemming, no stop words).
const CONFIG_BY_LANGUAGE: Record<string, string> = {
  ar: "arabic", hy: "armenian", eu: "basque", ca: "catalan", da: "danish", nl: "dutch", en: "english",
  fi: "finnish", fr: "french", de: "german", el: "greek", hi: "hindi", hu: "hungarian", id: "indonesian",
  ga: "irish", it: "italian", lt: "lithuanian", ne: "nepali", no: "norwegian", nb: "norwegian", nn: "norwegian",
  pt: "portuguese", ro: "romanian", ru: "russian", sr: "serbian", es: "spanish", sv: "swedish", ta: "tamil",
  tr: "turkish", yi: "yiddish",
};

export function createTextSearchConfigs(db: Kysely<DB>) {
  let available: Promise<Set<string>> | null = null;
  const load = () => {
    available ??= sql<{ cfgname: string }>`SELECT cfgname FROM pg_ts_config`
      .execute(db)
      .then((r) => new Set(r.rows.map((row) => row.cfgname)))
      .catch((err: unknown) => {
        available = null;
        throw err;
      });
    return available;
  };
  return {
    /** The configuration to index and query `language` with. */
    async configFor(language: string): Promise<string> {
      if (isSegmented(language)) return "simple";
      const wanted = CONFIG_BY_LANGUAGE[primaryTag(language)];
      return wanted && (await load()).has(wanted) ? wanted : "simple";
    },
    /** How each language is searched, for the status endpoint. */
    async describe(languages: readonly string[]) {
      const out: Record<string, string> = {};
      for (const l of languages) {
        const config = await this.configFor(l);
        out[l] = isSegmented(l) ? "simple (Intl.Segmenter tokens)" : config;
      }
      return out;
    },
  };
}
export type TextSearchConfigs = ReturnType<typeof createTextSearchConfigs>;
