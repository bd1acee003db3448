import type { Detection, LanguageDetector, LanguageGuess } from "./language-detector.js";
import { toDetection, undetermined } from "./detection-result.js";
import { type FastTextLid, loadFastText } from "./fasttext-detector.js";
import { COMMON_LANGUAGES, francCode } from "./franc-detector.js";
import { francScores, francScript } from "./franc-scorer.js";
import { siblingsOf } from "./language-siblings.js";
import { mixParagraphs } from "./paragraph-mixing.js";
import { decideByScript, scriptProfile } from "./script-rules.js";
import { byConfidence } from "./tag-mapping.js";
import { cleanText } from "./text-cleaning.js";

export interface LanguageDetectionOptions {
  /** The fastText model; defaults to the shared lid.176 loaded on first use. */
  fastText?: () => Promise<FastTextLid>;
  /** Consult franc at all (default true). */
  useFranc?: boolean;
  /** fastText's top probability from which its answer stands alone (default 0.9). */
  francBelow?: number;
  /** fastText's top probability below which franc weighs all its common languages of the script (default 0.4). */
  francOpenBelow?: number;
  /** Paragraphs with fewer letters than this are "short" (default 20). */
  shortLetters?: number;
  /** franc's weight in the blend for short and longer paragraphs (defaults 0.4 / 0.3). */
  francWeight?: { short: number; long: number };
  /** Paragraphs shorter than this (characters) are read together with their neighbour (default 30). */
  minParagraphChars?: number;
}

const FASTTEXT_TOP_K = 5;

/**
 * Mundo's detector: cleaning, decisive script rules, fastText, and franc as a second opinion when fastText
 * is below `francBelow`. Each paragraph is detected on its own; when they disagree, `mixed` gives each
 * language's share of the cleaned characters and `language` is the largest share.
 *
 * Blending with franc (weight w):
 * - usually franc re-ranks fastText's top 5 plus the close relatives of its best guess (language-siblings):
 *   franc's distribution over those candidates, scaled to the probability fastText gave them, is mixed
 *   in with weight w, so franc moves mass between relatives (nl/af, ru/be, da/nb) without inventing a
 *   language out of nowhere; candidates franc has no profile for keep fastText's probability;
 * - when fastText is lost (best below `francOpenBelow`), franc ranks all its common languages of the
 *   script and the two distributions are pooled linearly: (1 - w)·fastText + w·franc.
 */
export function createLanguageDetection(options: LanguageDetectionOptions = {}): LanguageDetector {
  const load = options.fastText ?? loadFastText;
  const useFranc = options.useFranc ?? true;
  const francBelow = options.francBelow ?? 0.9;
  const francOpenBelow = options.francOpenBelow ?? 0.4;
  const shortLetters = options.shortLetters ?? 20;
  const weight = options.francWeight ?? { short: 0.4, long: 0.3 };
  const minParagraphChars = options.minParagraphChars ?? 30;
  let lid: FastTextLid | undefined;

  function detectParagraph(text: string): LanguageGuess[] {
    const profile = scriptProfile(text);
    const byScript = decideByScript(text, profile);
    if (byScript) return [byScript];
    const guesses = lid!.predict(text, FASTTEXT_TOP_K, profile);
    const top = guesses[0];
    const script = francScript(profile);
    if (!useFranc || !top || !script || top.confidence >= francBelow) return guesses;
    const w = profile.letters < shortLetters ? weight.short : weight.long;
    return blendWithFranc(text, script, guesses, w, top.confidence < francOpenBelow);
  }

  return {
    id: "mundo",
    async detect(text: string): Promise<Detection> {
      const paragraphs = cleanText(text);
      if (paragraphs.length === 0) return undetermined();
      lid ??= await load();
      const units = joinShortParagraphs(paragraphs, minParagraphChars);
      if (units.length === 1) return toDetection(detectParagraph(units[0]!));
      return mixParagraphs(units.map((unit) => ({ chars: unit.length, guesses: detectParagraph(unit) })));
    },
  };
}

function blendWithFranc(
  text: string,
  script: string,
  guesses: LanguageGuess[],
  w: number,
  open: boolean,
): LanguageGuess[] {
  const codes: string[] = open ? [...COMMON_LANGUAGES] : [];
  let mass = 0;
  const addCandidate = (tag: string) => {
    const code = francCode(tag);
    if (code !== undefined && !codes.includes(code)) codes.push(code);
  };
  for (const g of guesses) {
    if (francCode(g.language) !== undefined) mass += g.confidence;
    addCandidate(g.language);
  }
  for (const sibling of siblingsOf(guesses[0]!.language)) addCandidate(sibling);
  const second = francScores(text, script, codes);
  if (second.length < 2) return guesses;

  const judged = (tag: string) => open || second.some((f) => f.language === tag);
  const scale = open ? 1 : mass;
  const blended = new Map<string, number>();
  for (const g of guesses) blended.set(g.language, judged(g.language) ? (1 - w) * g.confidence : g.confidence);
  for (const f of second.slice(0, FASTTEXT_TOP_K + 3)) {
    blended.set(f.language, (blended.get(f.language) ?? 0) + w * f.confidence * scale);
  }
  return [...blended].map(([language, confidence]) => ({ language, confidence })).sort(byConfidence);
}

// Greetings, sign-offs and one-line asides are too short to detect alone; they join the next paragraph
// (or the previous one, at the end).
function joinShortParagraphs(paragraphs: string[], minChars: number): string[] {
  const units: string[] = [];
  let pending = "";
  for (const p of paragraphs) {
    const text = pending === "" ? p : `${pending} ${p}`;
    if (text.length < minChars) pending = text;
    else {
      units.push(text);
      pending = "";
    }
  }
  if (pending !== "") {
    if (units.length === 0) units.push(pending);
    else units[units.length - 1] = `${units[units.length - 1]} ${pending}`;
  }
  return units;
}

/** Detects each text in turn (detection is CPU-bound, so running them concurrently gains nothing). */
export async function detectMany(detector: LanguageDetector, texts: readonly string[]): Promise<Detection[]> {
  const results: Detection[] = [];
  for (const text of texts) results.push(await detector.detect(text));
  return results;
}
