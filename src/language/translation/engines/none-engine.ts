import { LanguageError } from "../../language-error.js";
import type { EngineRequest, LanguagePair, TranslationEngine } from "../translation-engine.js";

/** The engine used when no translation service is configured: it serves no pair, so callers fall back cleanly. */
export class NoneEngine implements TranslationEngine {
  readonly id = "none";

  async pairs(): Promise<LanguagePair[]> {
    return [];
  }

  async translate({ from, to }: EngineRequest): Promise<string[]> {
    throw new LanguageError("UNSUPPORTED_PAIR", `no translation engine is configured for ${from}→${to}`, this.id);
  }
}
