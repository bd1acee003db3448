export type TextFormat = "text" | "html";

export interface LanguagePair {
  /** BCP 47 codes; "*" means any language (e.g. an LLM endpoint). */
  from: string;
  to: string;
}

export interface EngineRequest {
  texts: string[];
  /** BCP 47 source and target; the adapter maps them to its own codes. */
  from: string;
  to: string;
  format: TextFormat;
}

/**
 * A machine-translation provider. Adapters validate their options at construction (throwing on a missing
 * setting) and wrap every vendor failure in LanguageError: UNSUPPORTED_PAIR or UNAVAILABLE.
 */
export interface TranslationEngine {
  readonly id: string;
  /** Pairs this engine translates directly right now. Throws UNAVAILABLE when it cannot be reached. */
  pairs(): Promise<LanguagePair[]>;
  /** One output per input text, same order. */
  translate(request: EngineRequest): Promise<string[]>;
}
