import { unavailable } from "../language-error.js";
import { scoreSymbols } from "./emoji-sentiment.js";
import { compileLexicon, LEXICON_LANGUAGES } from "./lexicon-compiler.js";
import { type CompiledLexicon, scoreWords, toSentiment, type WordHit } from "./lexicon-scorer.js";
import type { LexiconSentiment, SentimentAnalyzer } from "./sentiment-analyzer.js";
import { primarySubtag } from "./sentiment-language.js";

// BCP 47 primary subtags that name a language we have under another code.
const ALIASES: Readonly<Record<string, string>> = { nb: "no", fil: "tl" };

// Compiled lexicons are immutable, so every analyzer in the process shares them.
const compiled = new Map<string, CompiledLexicon>();

const lexiconCode = (language: string): string => {
  const primary = primarySubtag(language);
  return ALIASES[primary] ?? primary;
};

/**
 * Lexicon sentiment over the nlp.js dictionaries (37 languages) plus our own for zh, ja and vi, with
 * emoji/emoticons scored in every language. Lexicons are built lazily, once per language and process.
 */
export class NlpjsSentimentAnalyzer implements SentimentAnalyzer {
  readonly id = "lexicon";
  readonly #supported = new Set(LEXICON_LANGUAGES);
  readonly #languages = [...LEXICON_LANGUAGES, ...Object.keys(ALIASES)].sort();

  languages(): readonly string[] {
    return this.#languages;
  }

  async analyze(text: string, language: string): Promise<LexiconSentiment> {
    return this.analyzeSync(text, language);
  }

  /** Same as analyze(); the work is CPU-only, so benches and batch jobs may skip the promise. */
  analyzeSync(text: string, language: string): LexiconSentiment {
    const lexicon = this.#lexicon(lexiconCode(language));
    const symbols = scoreSymbols(text);
    const words = scoreWords(lexicon, symbols.rest);
    return toSentiment(symbols.sum + words.sum);
  }

  /** The lexicon hits behind a score, for debugging and the accuracy bench. */
  explain(text: string, language: string): WordHit[] {
    const hits: WordHit[] = [];
    scoreWords(this.#lexicon(lexiconCode(language)), scoreSymbols(text).rest, (hit) => hits.push(hit));
    return hits;
  }

  #lexicon(code: string): CompiledLexicon {
    const cached = compiled.get(code);
    if (cached) return cached;
    // Never "neutral" for a language we cannot read: the caller must know to pivot or say unknown.
    if (!this.#supported.has(code)) throw unavailable(this.id, `no sentiment lexicon for ${code || "(empty)"}`);
    let lexicon: CompiledLexicon;
    try {
      lexicon = compileLexicon(code);
    } catch (err) {
      throw unavailable(this.id, `could not load the ${code} sentiment lexicon`, err);
    }
    compiled.set(code, lexicon);
    return lexicon;
  }
}

export const createNlpjsSentimentAnalyzer = (): NlpjsSentimentAnalyzer => new NlpjsSentimentAnalyzer();
