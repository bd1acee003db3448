import { primaryTag } from "../../language/language-tags.js";
import { foldForSearch } from "../../shared/search-text.js";

// Text handling shared by indexing and querying. Languages written without spaces are segmented
// with Intl.Segmenter (ICU dictionaries) and stored as space-separated tokens in a 'simple'
// tsvector; compounding languages also get substring matching (see kb-search.repository.ts).

/** Written without spaces between words: segment with Intl.Segmenter before indexing. */
export const SEGMENTED_LANGUAGES = new Set(["zh", "ja", "ko", "th", "lo", "km", "my"]);
/** Glue words into compounds ("Rückerstattungsrichtlinie"): a query word may be part of an indexed word. */
export const COMPOUNDING_LANGUAGES = new Set(["de", "nl", "sv", "da", "no", "nb", "nn", "fi", "is"]);

export const isSegmented = (language: string) => SEGMENTED_LANGUAGES.has(primaryTag(language));
export const isCompounding = (language: string) => COMPOUNDING_LANGUAGES.has(primaryTag(language));

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(language: string): Intl.Segmenter {
  const key = primaryTag(language);
  let s = segmenters.get(key);
  if (!s) {
    try {
      s = new Intl.Segmenter(key, { granularity: "word" });
    } catch {
      s = new Intl.Segmenter("und", { granularity: "word" });
    }
    segmenters.set(key, s);
  }
  return s;
}

/** Word tokens of `text` in `language` (ICU word boundaries; punctuation and spaces dropped). */
export function wordTokens(text: string, language: string): string[] {
  const out: string[] = [];
  for (const part of segmenter(language).segment(text)) if (part.isWordLike) out.push(part.segment);
  return out;
}

/** What goes into to_tsvector: segmented languages as space-separated tokens, others unchanged. */
export function indexableText(text: string, language: string): string {
  return isSegmented(language) ? wordTokens(text, language).join(" ") : text;
}

/** Folded text for substring matching: accents off, lower case, ß → ss (as PostgreSQL's German stemmer does). */
export function foldForKb(text: string): string {
  return foldForSearch(text).replace(/ß/g, "ss");
}

/**
 * Language implied by the script alone, for short queries the statistical detector cannot judge:
 * kana → ja, Hangul → ko, Thai → th, Han only → zh.
 */
export function scriptLanguage(text: string): string | null {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return "ja";
  if (/\p{Script=Hangul}/u.test(text)) return "ko";
  if (/\p{Script=Thai}/u.test(text)) return "th";
  if (/\p{Script=Han}/u.test(text)) return "zh";
  return null;
}

/** A plain-text snippet of about `size` characters around the first of `terms` found in `body`. */
export function snippetAround(body: string, terms: readonly string[], size = 220): { text: string; found: string | null } {
  const flat = body.replace(/\s+/g, " ").trim();
  const lower = flat.toLocaleLowerCase("und");
  let at = -1;
  let found: string | null = null;
  for (const term of terms) {
    const i = lower.indexOf(term.toLocaleLowerCase("und"));
    if (i >= 0 && (at < 0 || i < at)) {
      at = i;
      found = flat.slice(i, i + term.length);
    }
  }
  if (flat.length <= size) return { text: flat, found };
  const start = at < 0 ? 0 : Math.max(0, Math.min(at - Math.floor(size / 3), flat.length - size));
  const text = `${start > 0 ? "…" : ""}${flat.slice(start, start + size).trim()}${start + size < flat.length ? "…" : ""}`;
  return { text, found };
}
