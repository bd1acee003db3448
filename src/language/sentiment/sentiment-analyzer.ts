export type SentimentLabel = "negative" | "neutral" | "positive";

export interface LexiconSentiment {
  /** From the score: ≥ 0.05 positive, ≤ -0.05 negative, else neutral (the lexicon found no or balanced polarity). */
  label: SentimentLabel;
  /** -1 (very negative) … 1 (very positive) */
  score: number;
}

/**
 * Scores text in the languages it has a lexicon for. It never answers "neutral" for a language it
 * cannot read: that throws, so the caller can pivot through a translation or report "unknown".
 */
export interface SentimentAnalyzer {
  readonly id: string;
  /** Primary BCP 47 subtags it supports (e.g. "en", "zh"). */
  languages(): readonly string[];
  /** Callers check languages() first; an unsupported language throws LanguageError UNAVAILABLE. `language` is BCP 47 ("pt-BR"). */
  analyze(text: string, language: string): Promise<LexiconSentiment>;
}
