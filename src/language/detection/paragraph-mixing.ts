import type { Detection, LanguageGuess } from "./language-detector.js";
import { MAX_ALTERNATIVES, roundConfidence } from "./detection-result.js";
import { byConfidence } from "./tag-mapping.js";

export interface ParagraphGuesses {
  /** Cleaned characters in the paragraph: its weight. */
  chars: number;
  /** Best first. */
  guesses: LanguageGuess[];
}

// A paragraph whose best guess is this unsure does not open a language of its own in `mixed`: it goes
// to whichever language seen elsewhere in the text it rates highest.
const CONFIDENT = 0.5;

/**
 * Combines per-paragraph guesses into one detection. Confidences are the character-weighted mixture of the
 * paragraphs' distributions, so for half English, half French text both stand near 0.5.
 */
export function mixParagraphs(paragraphs: ParagraphGuesses[]): Detection {
  unifyChinese(paragraphs);
  const total = paragraphs.reduce((sum, p) => sum + p.chars, 0);
  const mixture = new Map<string, number>();
  const confident = new Set<string>();
  for (const p of paragraphs) {
    for (const g of p.guesses) mixture.set(g.language, (mixture.get(g.language) ?? 0) + (g.confidence * p.chars) / total);
    const best = p.guesses[0];
    if (best && best.confidence >= CONFIDENT) confident.add(best.language);
  }

  const shares = new Map<string, number>();
  for (const p of paragraphs) {
    const label = p.guesses.find((g) => confident.has(g.language))?.language ?? p.guesses[0]?.language ?? "und";
    shares.set(label, (shares.get(label) ?? 0) + p.chars / total);
  }
  const ranked = [...shares].map(([language, share]) => ({ language, confidence: share })).sort(byConfidence);
  const language = ranked[0]!.language;
  const alternatives = [...mixture]
    .filter(([tag]) => tag !== language)
    .map(([tag, p]) => ({ language: tag, confidence: roundConfidence(p) }))
    .sort(byConfidence)
    .slice(0, MAX_ALTERNATIVES);
  const detection: Detection = {
    language,
    confidence: roundConfidence(mixture.get(language) ?? 0),
    alternatives,
  };
  if (ranked.length > 1) {
    detection.mixed = ranked.map((r) => ({ language: r.language, share: Math.round(r.confidence * 100) / 100 }));
  }
  return detection;
}

const isChinese = (tag: string) => tag === "zh" || tag.startsWith("zh-");

// Han-only paragraphs too short to show their script come out as plain "zh"; they take the variant the
// rest of the Chinese text shows, so one message is never "mixed" between zh and zh-Hans.
function unifyChinese(paragraphs: ParagraphGuesses[]): void {
  const weight = new Map<string, number>();
  for (const p of paragraphs) {
    const best = p.guesses[0]?.language;
    if (best && isChinese(best) && best !== "zh") weight.set(best, (weight.get(best) ?? 0) + p.chars);
  }
  if (weight.size === 0) return;
  const variant = [...weight].sort((a, b) => b[1] - a[1])[0]![0];
  for (const p of paragraphs) {
    for (const g of p.guesses) if (isChinese(g.language)) g.language = variant;
  }
}
