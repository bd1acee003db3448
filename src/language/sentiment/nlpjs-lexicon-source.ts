import { createRequire } from "node:module";

// The 37 locales of @nlpjs/lang-all 4.26 whose `sentiment-xx` has a dictionary (senticon, pattern
// or AFINN). ja, zh and ms register an empty one; the unit test checks this list against the package.
export const NLPJS_LEXICON_LANGUAGES = [
  "ar", "bn", "ca", "cs", "da", "de", "el", "en", "es", "eu", "fa", "fi", "fr", "ga", "gl", "hi", "hu",
  "hy", "id", "it", "ko", "lt", "ne", "nl", "no", "pl", "pt", "ro", "ru", "sl", "sr", "sv", "ta", "th",
  "tl", "tr", "uk",
] as const;

export type DictionaryType = "senticon" | "pattern" | "afinn";

interface NlpjsSentimentData {
  senticon?: Record<string, unknown>;
  pattern?: Record<string, unknown>;
  afinn?: Record<string, unknown>;
  negations?: { words?: string[] };
  stemmed?: boolean;
}

interface NlpjsContainer {
  use(plugin: unknown): unknown;
  get(name: string): unknown;
}

interface NlpjsStemmer {
  stemWord(word: string): string;
  cache?: Record<string, string>;
}

export interface NlpjsDictionary {
  type: DictionaryType;
  /** senticon and pattern score in [-1, 1], AFINN in [-5, 5]. */
  scale: number;
  entries: Record<string, unknown>;
}

export interface NlpjsLanguage {
  /** In nlp.js's preference order (senticon, pattern, AFINN); es has two. */
  dictionaries: NlpjsDictionary[];
  negations: string[];
  /** Dictionary keys are stems, so tokens must be stemmed before lookup. */
  stemmed: boolean;
}

export interface NlpjsTextTools {
  normalize(text: string): string;
  tokenize(normalized: string): string[];
  stem?: (word: string) => string;
  /** nlp.js's stop words for the locale (raw, not normalised); empty when it has none. */
  stopwords: string[];
}

const requireHere = createRequire(import.meta.url);
// Only lang-all is a declared dependency, so the per-language packages are resolved from it.
const requireLang = createRequire(requireHere.resolve("@nlpjs/lang-all"));
const requireCore = createRequire(requireHere.resolve("@nlpjs/sentiment"));

const isFunction = (v: unknown, name: string): boolean =>
  typeof v === "object" && v !== null && typeof (v as Record<string, unknown>)[name] === "function";

/** The sentiment data nlp.js registers as `sentiment-xx` (read from the module, without the tokenizers). */
export const loadNlpjsLanguage = (code: string): NlpjsLanguage => {
  const data = requireLang(`@nlpjs/lang-${code}/src/sentiment/sentiment_${code}.js`) as NlpjsSentimentData;
  const dictionaries: NlpjsDictionary[] = [];
  if (data.senticon) dictionaries.push({ type: "senticon", scale: 1, entries: data.senticon });
  if (data.pattern) dictionaries.push({ type: "pattern", scale: 1, entries: data.pattern });
  if (data.afinn) dictionaries.push({ type: "afinn", scale: 5, entries: data.afinn });
  return { dictionaries, negations: data.negations?.words ?? [], stemmed: data.stemmed === true };
};

// nlp.js's Tokenizer.tokenize() keeps every text it has seen for an hour; innerTokenize() does not.
const STEM_CACHE_LIMIT = 50_000;

// nlp.js's Russian and Ukrainian normalisers strip combining marks after NFD, turning "й" into "и";
// the Russian stemmer then misses its endings ("замечательный" → "замечательны", not "замечательн").
const KEEP_LETTERS: ReadonlySet<string> = new Set(["ru", "uk"]);
const keepLetters = (text: string) => text.normalize("NFC").toLowerCase().replace(/ё/g, "е");

/** The locale's normaliser, tokenizer, stop words and stemmer, as nlp.js registers them. */
export const loadNlpjsTextTools = (code: string): NlpjsTextTools => {
  const core = requireCore("@nlpjs/core") as { Container: new () => NlpjsContainer };
  const pkg = requireLang(`@nlpjs/lang-${code}`) as Record<string, unknown>;
  const plugin = pkg[`Lang${code[0]!.toUpperCase()}${code.slice(1)}`];
  if (typeof plugin !== "function") throw new Error(`@nlpjs/lang-${code} exports no language plugin`);
  const container = new core.Container();
  container.use(plugin);
  const normalizer = container.get(`normalizer-${code}`);
  const tokenizer = container.get(`tokenizer-${code}`);
  if (!isFunction(tokenizer, "innerTokenize")) throw new Error(`nlp.js has no tokenizer for ${code}`);
  const normalize = KEEP_LETTERS.has(code)
    ? keepLetters
    : isFunction(normalizer, "normalize")
      ? (text: string) => (normalizer as { normalize(t: string): string }).normalize(text)
      : (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  const tokenize = (text: string) =>
    (tokenizer as { innerTokenize(t: string): string[] }).innerTokenize(text).filter((t) => t !== "");
  const stopwordsPlugin = container.get(`stopwords-${code}`) as { dictionary?: Record<string, unknown> } | undefined;
  const stopwords = Object.keys(stopwordsPlugin?.dictionary ?? {});
  const stemmer = container.get(`stemmer-${code}`);
  if (!isFunction(stemmer, "stemWord")) return { normalize, tokenize, stopwords };
  const s = stemmer as NlpjsStemmer;
  let seen = 0;
  const stem = (word: string) => {
    // The stemmer memoises every word forever; drop its memo now and then so a long-running server
    // does not grow without bound.
    seen += 1;
    if (seen > STEM_CACHE_LIMIT && s.cache) {
      s.cache = {};
      seen = 0;
    }
    return s.stemWord(word).trim();
  };
  return { normalize, tokenize, stem, stopwords };
};
