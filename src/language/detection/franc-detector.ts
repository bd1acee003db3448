import { francAll } from "franc-all";
import { data } from "franc-all/data.js";
import type { Detection, LanguageDetector, LanguageGuess } from "./language-detector.js";
import { toDetection, undetermined } from "./detection-result.js";
import { type ScriptProfile, scriptProfile } from "./script-rules.js";
import { francTag, refineTag } from "./tag-mapping.js";
import { cleanText } from "./text-cleaning.js";

/**
 * The languages franc may answer with on its own (ISO 639-3, franc's codes): the ~100 most used written
 * languages it has models for. Its full set (400+) includes many small languages whose trigram profiles
 * win on short text by accident.
 */
export const COMMON_LANGUAGES: readonly string[] = [
  // Latin script
  "eng", "spa", "por", "fra", "deu", "ita", "nld", "pol", "ron", "hun", "ces", "slk", "slv", "hrv", "bos",
  "srp", "swe", "dan", "nob", "nno", "fin", "ekk", "lvs", "lit", "isl", "tur", "azj", "uzn", "tuk", "ind",
  "zlm", "jav", "sun", "ceb", "tgl", "ilo", "vie", "swh", "hau", "yor", "ibo", "zul", "xho", "afr", "som",
  "kin", "run", "nya", "sna", "lin", "plt", "hat", "cat", "glg", "eus", "oci", "cym", "gle", "gla", "bre",
  "ltz", "mlt", "als", "fry", "epo", "lat", "wol", "tsn", "sot", "quz", "ayr", "gug", "mri", "smo",
  // Cyrillic
  "rus", "ukr", "bel", "bul", "mkd", "kaz", "kir", "tat", "tgk", "khk",
  // Arabic, Devanagari, Ethiopic, Hebrew scripts (not uig/ckb: franc files their profiles under Latin)
  "arb", "pes", "urd", "pbu", "hin", "mar", "npi", "amh", "tir", "heb", "ydd",
  // scripts with one language in franc
  "cmn", "jpn", "kor", "tha", "ell", "kat", "hye", "khm", "lao", "mya", "sin", "tam", "tel", "kan", "mal",
  "guj", "pan", "ben", "div",
];

// franc's normalised scores put the best at 1 and the rest a few hundredths lower on short text; this
// turns them into a distribution that is confident only when the runner-up is well behind.
const SHARPNESS = 30;
const TOP_K = 5;

// franc's ranking for `text` as a probability-like distribution over BCP 47 tags, best first.
function francGuesses(
  text: string,
  only: readonly string[] = COMMON_LANGUAGES,
  profile?: ScriptProfile,
): LanguageGuess[] {
  const ranked = francAll(text, { only: only as string[], minLength: 1 });
  const first = ranked[0];
  if (!first || first[0] === "und") return [];
  let total = 0;
  for (const [, score] of ranked) total += Math.exp(SHARPNESS * (score - 1));
  const guesses: LanguageGuess[] = [];
  for (const [code, score] of ranked.slice(0, TOP_K)) {
    let language = francTag(code);
    if (language === "zh" || language === "sr") {
      profile ??= scriptProfile(text);
      language = refineTag(language, text, profile);
    }
    guesses.push({ language, confidence: Math.exp(SHARPNESS * (score - 1)) / total });
  }
  return guesses;
}

let codesByTag: Map<string, string> | undefined;

/** franc's ISO 639-3 code for a BCP 47 tag (its primary subtag), if franc has a model for it. */
export function francCode(tag: string): string | undefined {
  if (!codesByTag) {
    codesByTag = new Map();
    // Common languages first, so e.g. "ms" means franc's zlm model and "fa" its pes one.
    const all = [...COMMON_LANGUAGES, ...Object.values(data).flatMap((byLanguage) => Object.keys(byLanguage))];
    for (const code of all) {
      const primary = francTag(code).split("-")[0]!;
      if (!codesByTag.has(primary)) codesByTag.set(primary, code);
    }
  }
  return codesByTag.get(tag.split("-")[0]!);
}

export interface FrancDetectorOptions {
  /** ISO 639-3 codes franc may answer with (default: COMMON_LANGUAGES). */
  only?: readonly string[];
  /**
   * Fewest letters franc needs to guess (default 8); below it, the answer is "und" with confidence 0
   * (cannot tell), unlike the confidence-1 "und" of text with no letters at all.
   */
  minLetters?: number;
}

/** franc-all (trigram profiles); far weaker than fastText, used by the composite only as a second opinion. */
export class FrancDetector implements LanguageDetector {
  readonly id = "franc";
  private readonly only: readonly string[];
  private readonly minLetters: number;

  constructor(options: FrancDetectorOptions = {}) {
    this.only = options.only ?? COMMON_LANGUAGES;
    this.minLetters = options.minLetters ?? 8;
  }

  async detect(text: string): Promise<Detection> {
    const paragraphs = cleanText(text);
    if (paragraphs.length === 0) return undetermined();
    const joined = paragraphs.join(" ");
    const profile = scriptProfile(joined);
    if (profile.letters < this.minLetters) return { language: "und", confidence: 0, alternatives: [] };
    const guesses = francGuesses(joined, this.only, profile);
    return guesses.length === 0 ? { language: "und", confidence: 0, alternatives: [] } : toDetection(guesses);
  }
}
