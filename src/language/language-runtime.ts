import type { LanguageDetector } from "./detection/language-detector.js";
import type { TranslationEngine } from "./translation/translation-engine.js";
import type { TranslationGateway } from "./translation/translation-gateway.js";

export interface SentimentOutcome {
  label: "negative" | "neutral" | "positive" | "unknown";
  score: number;
  language: string;
  method: "lexicon" | "pivot" | "none";
  reason?: string;
}

/** Everything the rest of Mundo uses from the language layer, built once at start by the factory. */
export interface LanguageRuntime {
  detector: LanguageDetector;
  engines: TranslationEngine[];
  /** Engine ids that run on this machine or on a loopback address. */
  offlineEngines: ReadonlySet<string>;
  gateway: TranslationGateway;
  sentiment(text: string, language?: string): Promise<SentimentOutcome>;
  close(): Promise<void>;
}
