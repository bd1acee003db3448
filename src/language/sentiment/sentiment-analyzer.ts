export type SentimentLabel = "negative" | "neutral" | "positive";

export interface LexiconSentiment {
  label: SentimentLabel;
  /** -1 (very negative) … 1 (very positive) */
  score: number;
}

/** Scores text in the languages it has a lexicon for. */
export interface SentimentAnalyzer {
  readonly id: string;
  /** Primary BCP 47 subtags it supports (e.g. "en", "zh"). */
  languages(): readonly string[];
  /** Callers check languages() first; an unsupported language throws LanguageError UNAVAILABLE. */
  analyze(text: string, language: string): Promise<LexiconSentiment>;
}
