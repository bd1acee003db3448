import { canonicalTag } from "../language-tags.js";
import type { LanguageGuess } from "./language-detector.js";
import { chineseVariant } from "./chinese-variant.js";
import { isMostlyLatin, type ScriptProfile, scriptProfile } from "./script-rules.js";

// fastText's labels are Wikipedia codes; most canonicalise as they are (Intl maps tl→fil, mo→ro, …).
// These would come out wrong or deprecated:
const FASTTEXT_OVERRIDES: Record<string, string> = {
  als: "gsw", // Alemannic Wikipedia, not ISO "als" (Tosk Albanian), which Intl would turn into "sq"
  bh: "bho", // the "Bihari" Wikipedia is written in Bhojpuri; "bh" is a deprecated collective code
  eml: "egl", // Emilian-Romagnol, retired in 2009 and split into egl/rgn; the wiki is mostly Emilian
  no: "nb", // no.wikipedia is Bokmål (Nynorsk has its own label, nn)
};

// franc speaks ISO 639-3; Intl shortens most (fra→fr, cmn→zh, arb→ar, pes→fa, swh→sw, tgl→fil).
const FRANC_OVERRIDES: Record<string, string> = {
  zlm: "ms", // franc's Malay model; Intl keeps the individual code
};

const fastTextCache = new Map<string, string>();
const francCache = new Map<string, string>();

function cached(cache: Map<string, string>, overrides: Record<string, string>, code: string): string {
  let tag = cache.get(code);
  if (tag === undefined) {
    tag = overrides[code] ?? canonicalTag(code);
    cache.set(code, tag);
  }
  return tag;
}

/** BCP 47 for a fastText label ("__label__" prefix already removed), before script refinement. */
export const fastTextTag = (code: string): string => cached(fastTextCache, FASTTEXT_OVERRIDES, code);

/** BCP 47 for a franc ISO 639-3 code, before script refinement. */
export const francTag = (code: string): string => cached(francCache, FRANC_OVERRIDES, code);

/**
 * Adds what the text's script tells: Chinese becomes zh-Hans / zh-Hant (or yue for written Cantonese),
 * Serbian written in Latin letters becomes sr-Latn (plain "sr" implies Cyrillic).
 */
export function refineTag(tag: string, text: string, profile?: ScriptProfile): string {
  if (tag === "zh") return chineseVariant(text);
  if (tag === "sr") return isMostlyLatin(profile ?? scriptProfile(text)) ? "sr-Latn" : "sr";
  return tag;
}

/** Sums duplicate languages and sorts by confidence, highest first (ties by tag, for stable output). */
export function mergeGuesses(guesses: LanguageGuess[]): LanguageGuess[] {
  const merged: LanguageGuess[] = [];
  for (const g of guesses) {
    const same = merged.find((m) => m.language === g.language);
    if (same) same.confidence += g.confidence;
    else merged.push({ language: g.language, confidence: g.confidence });
  }
  return merged.sort(byConfidence);
}

export const byConfidence = (a: LanguageGuess, b: LanguageGuess): number =>
  b.confidence - a.confidence || (a.language < b.language ? -1 : a.language > b.language ? 1 : 0);
