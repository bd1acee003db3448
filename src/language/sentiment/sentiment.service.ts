import { isLanguageError } from "../language-error.js";
import { scoreSymbols } from "./emoji-sentiment.js";
import type { SentimentAnalyzer } from "./sentiment-analyzer.js";
import { primarySubtag } from "./sentiment-language.js";

export type SentimentResultLabel = "negative" | "neutral" | "positive" | "unknown";

/** Translates text, or answers null when no engine can translate from → to. */
export type SentimentTranslate = (
  text: string,
  from: string,
  to: string,
) => Promise<{ text: string; provenance: unknown } | null>;

export interface SentimentResult {
  /** "unknown" when the text could not be read; "neutral" only when a lexicon read it and found it neutral. */
  label: SentimentResultLabel;
  /** -1 … 1; 0 when unknown. */
  score: number;
  /** The language the caller gave. */
  language: string;
  /** lexicon: read in its own language; pivot: read in a translation; none: not read. */
  method: "lexicon" | "pivot" | "none";
  reason?: string;
  pivot?: { from: string; to: string; text: string; provenance: unknown };
}

export interface SentimentService {
  analyze(input: { text: string; language: string }): Promise<SentimentResult>;
}

export interface SentimentServiceOptions {
  analyzer: SentimentAnalyzer;
  translate?: SentimentTranslate;
  pivotLanguage?: "en";
}

// Only emoji, emoticons, digits and punctuation: nothing to translate, and any lexicon scores the symbols.
const hasNoWords = (text: string) => !/\p{L}/u.test(scoreSymbols(text).rest);

export const createSentimentService = (options: SentimentServiceOptions): SentimentService => {
  const { analyzer, translate } = options;
  const pivotLanguage = options.pivotLanguage ?? "en";
  const supports = (code: string) => analyzer.languages().includes(code);

  // An analyzer may still refuse a language it lists (e.g. its data failed to load): treat as unsupported.
  const tryLexicon = async (text: string, code: string) => {
    try {
      return await analyzer.analyze(text, code);
    } catch (err) {
      if (isLanguageError(err, "UNAVAILABLE")) return null;
      throw err;
    }
  };

  return {
    async analyze({ text, language }) {
      const code = primarySubtag(language);
      const lexiconCode = supports(code) ? code : hasNoWords(text) && supports(pivotLanguage) ? pivotLanguage : null;
      if (lexiconCode) {
        const result = await tryLexicon(text, lexiconCode);
        if (result) return { ...result, language, method: "lexicon" };
      }
      const unknown = (reason: string): SentimentResult => ({ label: "unknown", score: 0, language, method: "none", reason });
      // "und" (undetermined) or an empty tag: there is no source language to translate from.
      if (code === "" || code === "und") return unknown("the language of the text is undetermined");
      const noEngine = `no sentiment lexicon for ${code} and no engine to translate ${code}→${pivotLanguage}`;
      if (!translate || code === pivotLanguage) return unknown(noEngine);
      let translated: Awaited<ReturnType<SentimentTranslate>>;
      try {
        translated = await translate(text, code, pivotLanguage);
      } catch (err) {
        // The gateway signals "no engine for this pair" with LanguageError; anything else is a bug.
        if (!isLanguageError(err)) throw err;
        return unknown(`${noEngine} (${err.message})`);
      }
      if (!translated) return unknown(noEngine);
      const result = supports(pivotLanguage) ? await tryLexicon(translated.text, pivotLanguage) : null;
      if (!result) return unknown(`no sentiment lexicon for ${code} or for the pivot language ${pivotLanguage}`);
      return {
        ...result,
        language,
        method: "pivot",
        pivot: { from: code, to: pivotLanguage, text: translated.text, provenance: translated.provenance },
      };
    },
  };
};
