import type { Detection, LanguageGuess } from "./language-detector.js";

/** What every detector answers for text with no letters left once cleaned (numbers, emoji, links). */
export const undetermined = (): Detection => ({ language: "und", confidence: 1, alternatives: [] });

export const MAX_ALTERNATIVES = 3;

// Four decimals keep API output readable; clamping absorbs float32 sums slightly above 1.
export const roundConfidence = (p: number): number => Math.round(Math.min(1, Math.max(0, p)) * 10_000) / 10_000;

/** A detection from a distribution sorted best first. */
export function toDetection(guesses: readonly LanguageGuess[]): Detection {
  const best = guesses[0];
  if (!best) return undetermined();
  const alternatives: LanguageGuess[] = [];
  for (let i = 1; i <= MAX_ALTERNATIVES && i < guesses.length; i++) {
    alternatives.push({ language: guesses[i]!.language, confidence: roundConfidence(guesses[i]!.confidence) });
  }
  return { language: best.language, confidence: roundConfidence(best.confidence), alternatives };
}
