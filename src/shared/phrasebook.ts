import { canonicalTag, languageName, primaryTag } from "../language/language-tags.js";
import type { TranslationGateway } from "../language/translation/translation-gateway.js";

/** A set of short texts (one key per phrase), written by people for a few languages. */
export type Phrases = Record<string, string>;

/** The phrases in the reader's language, and where they came from. */
export interface LocalizedPhrases<P extends Phrases> {
  /** The language the phrases are in (the reader's, or "en" when nothing else was possible). */
  language: string;
  phrases: P;
  /** written: by people; machine: the English ones through the gateway; english: neither was possible. */
  source: "written" | "machine" | "english";
  /** Why the reader gets English (engine missing…); null otherwise. */
  note: string | null;
}

/** The written language that serves `language`: the exact tag first (pt-BR), else the primary one (es-MX → es). */
export function writtenLanguageFor(available: Iterable<string>, language: string): string | null {
  const tags = [...available];
  const exact = canonicalTag(language);
  if (tags.includes(exact)) return exact;
  const primary = primaryTag(language);
  return tags.find((t) => t === primary) ?? tags.find((t) => primaryTag(t) === primary) ?? null;
}

/**
 * Phrases for a reader: the written ones in their language, else the English ones machine-translated
 * through the gateway (memory, glossary, engines, pivots), else English with a note saying why.
 * `written` must have an "en" entry.
 */
export async function localizePhrases<P extends Phrases>(
  written: Record<string, P>,
  language: string,
  gateway: Pick<TranslationGateway, "translate">,
): Promise<LocalizedPhrases<P>> {
  const english = written.en;
  if (!english) throw new Error("a phrasebook needs English phrases");
  const tag = writtenLanguageFor(Object.keys(written), language);
  if (tag) return { language: tag, phrases: written[tag]!, source: "written", note: null };
  if (language === "und" || !language) {
    return { language: "en", phrases: english, source: "english", note: "the customer's language is unknown" };
  }
  const keys = Object.keys(english);
  const results = await gateway.translate({ texts: keys.map((k) => english[k]!), from: "en", to: language });
  const failed = results.find((r) => !("text" in r));
  if (failed && "error" in failed) {
    return { language: "en", phrases: english, source: "english", note: `No written ${languageName(language)} text and no machine translation: ${failed.error.message}` };
  }
  const translated = Object.fromEntries(keys.map((k, i) => [k, (results[i] as { text: string }).text])) as P;
  return { language: canonicalTag(language), phrases: translated, source: "machine", note: null };
}

/** Fills `{name}` placeholders (which the gateway keeps intact through translation). */
export function fillPhrase(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}
