import type { Detection, LanguageGuess } from "./language-detector.js";

/** What every detector answers for text with no letters left once cleaned (numbers, emoji, links). */
export const undetermined = (): Detection => ({ language: "und", confidence: 1, alternatives: [] });

export const MAX_ALTERNATIVES = 3;

// Four decimals keep API output readable; clamping absorbs float32 sums slightly above 1.
export const roundConfidence = (p: number): number => Math.round(Math.min(1, Math.max(0, p)) * 10_000) / 10_000;

/** A detection from a distribution sorted best first. */
export function toDetection(guesses: readonly LanguageGuess[]): Detection {
  const [best, ...rest] = guesses;
  if (!best) return undetermined();
  return {
    language: best.language,
    confidence: roundConfidence(best.confidence),
    alternatives: rest
      .slice(0, MAX_ALTERNATIVES)
      .map((g) => ({ language: g.language, confidence: roundConfidence(g.confidence) })),
  };
}
