export interface LanguageGuess {
  /** BCP 47 tag (e.g. "en", "zh", "pt"), or "und" when the text has no language. */
  language: string;
  /** 0–1 */
  confidence: number;
}

export interface Detection extends LanguageGuess {
  alternatives: LanguageGuess[];
  /** Present when paragraphs are in different languages: each language's share of the cleaned text. */
  mixed?: Array<{ language: string; share: number }>;
}

/** Identifies the language of one text. */
export interface LanguageDetector {
  readonly id: string;
  detect(text: string): Promise<Detection>;
}
