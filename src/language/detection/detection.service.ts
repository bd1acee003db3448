import { applyAlphabets, foreignLetters } from "./alphabet-rules.js";
import type { Detection, LanguageDetector, LanguageGuess } from "./language-detector.js";
import { toDetection, undetermined } from "./detection-result.js";
import { type FastTextLid, loadFastText } from "./fasttext-detector.js";
import { francCode } from "./franc-detector.js";
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
  /** fastText's top probability from which its answer stands alone (default 0.7). */
  francBelow?: number;
  /** fastText's top probability below which franc weighs all its common languages of the script (default 0.5). */
  francOpenBelow?: number;
  /** Paragraphs with fewer letters than this are "short" (default 20). */
  shortLetters?: number;
  /** franc's weight in the blend for short and longer paragraphs (defaults 0.4 / 0.3). */
  francWeight?: { short: number; long: number };
  /** franc's weight when fastText is lost (default 0.4). */
  francOpenWeight?: number;
  /** Paragraphs shorter than this (characters) are read together with their neighbour (default 30). */
  minParagraphChars?: number;
}

const FASTTEXT_TOP_K = 5;
const FRANC_TOP_K = 8;
const NO_LETTERS: readonly number[] = [];

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
  const francBelow = options.francBelow ?? 0.7;
  const francOpenBelow = options.francOpenBelow ?? 0.5;
  const shortLetters = options.shortLetters ?? 20;
  const weight = options.francWeight ?? { short: 0.4, long: 0.3 };
  const openWeight = options.francOpenWeight ?? 0.4;
  const minParagraphChars = options.minParagraphChars ?? 30;
  let lid: FastTextLid | undefined;

  function detectParagraph(text: string): LanguageGuess[] {
    const profile = scriptProfile(text);
    const byScript = decideByScript(text, profile);
    if (byScript) return [byScript];
    const letters = profile.nonAscii > 0 ? foreignLetters(text) : NO_LETTERS;
    const guesses = applyAlphabets(lid!.predict(text, FASTTEXT_TOP_K, profile), letters);
    const top = guesses[0];
    const script = francScript(profile);
    if (!useFranc || !top || !script || top.confidence >= francBelow) return guesses;
    const open = top.confidence < francOpenBelow;
    const w = open ? openWeight : profile.letters < shortLetters ? weight.short : weight.long;
    return blendWithFranc(text, script, guesses, letters, w, open);
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
  letters: readonly number[],
  w: number,
  open: boolean,
): LanguageGuess[] {
  const codes: string[] = [];
  const add = (tag: string) => {
    const code = francCode(tag);
    if (code !== undefined && !codes.includes(code)) codes.push(code);
  };
  for (const g of guesses) add(g.language);
  for (const sibling of siblingsOf(guesses[0]!.language)) add(sibling);
  // Alphabets can lift a language franc ranked low, so they apply before the list is cut.
  const ranked = francScores(text, script, codes, { withCommon: open, limit: 24 });
  const second = applyAlphabets(ranked, letters).slice(0, FRANC_TOP_K);
  if (second.length < 2) return guesses;

  // Open: a plain linear pool of the two opinions. Restricted: franc reshares fastText's mass among the
  // candidates it can judge; the others keep fastText's probability.
  const judged = (tag: string) => open || second.some((f) => f.language === tag);
  let scale = 1;
  if (!open) {
    scale = 0;
    for (const g of guesses) if (judged(g.language)) scale += g.confidence;
  }
  const blended = new Map<string, number>();
  for (const g of guesses) blended.set(g.language, judged(g.language) ? (1 - w) * g.confidence : g.confidence);
  for (const f of second) blended.set(f.language, (blended.get(f.language) ?? 0) + w * f.confidence * scale);
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
