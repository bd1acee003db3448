import { getLIDModel } from "fasttext.wasm.js";
import { unavailable } from "../language-error.js";
import type { Detection, LanguageDetector, LanguageGuess } from "./language-detector.js";
import { MAX_ALTERNATIVES, toDetection, undetermined } from "./detection-result.js";
import { type ScriptProfile, scriptProfile } from "./script-rules.js";
import { byConfidence, fastTextTag, refineTag } from "./tag-mapping.js";
import { cleanText } from "./text-cleaning.js";

// fasttext.wasm.js's declarations use extensionless imports that NodeNext cannot follow (they resolve
// to any), so the little of its API used here is typed by hand.
interface PredictionVector {
  size(): number;
  get(index: number): [probability: number, label: string];
  delete(): void;
}
interface LidModel {
  predict(text: string, k: number, threshold: number): PredictionVector;
}
const getLid = getLIDModel as () => Promise<{ load(): Promise<LidModel> }>;

const LABEL_PREFIX = "__label__".length;
const SERBO_CROATIAN = ["hr", "bs", "sr"];

/** fastText's lid.176 model (the compressed .ftz shipped with fasttext.wasm.js), with BCP 47 output. */
export class FastTextLid {
  constructor(private readonly model: LidModel) {}

  /**
   * The k most likely languages, best first. `text` must be one line (fastText stops at a newline).
   * The "sh" label (Serbo-Croatian) adds its probability to whichever of hr / bs / sr ranks higher, or
   * becomes sr-Latn (what CLDR canonicalises "sh" to) when none of them is in the top k.
   */
  predict(text: string, k = 5, profile?: ScriptProfile): LanguageGuess[] {
    const vector = this.model.predict(text, k, 0);
    const guesses: LanguageGuess[] = [];
    let serboCroatian = 0;
    try {
      for (let i = 0; i < vector.size(); i++) {
        const [p, label] = vector.get(i);
        const code = label.slice(LABEL_PREFIX);
        if (code === "sh") serboCroatian = p;
        else guesses.push({ language: fastTextTag(code), confidence: p });
      }
    } finally {
      vector.delete(); // embind vectors live on the wasm heap until deleted
    }
    if (serboCroatian > 0) {
      const kin = guesses.find((g) => SERBO_CROATIAN.includes(g.language));
      if (kin) kin.confidence += serboCroatian;
      else guesses.push({ language: "sr-Latn", confidence: serboCroatian });
    }
    for (const g of guesses) {
      if (g.language === "zh" || g.language === "sr") {
        profile ??= scriptProfile(text);
        g.language = refineTag(g.language, text, profile);
      }
    }
    return guesses.sort(byConfidence);
  }
}

let shared: Promise<FastTextLid> | undefined;

/** Loads lid.176 once per process (about 100 ms) and shares it; a failed load is retried on next call. */
export function loadFastText(): Promise<FastTextLid> {
  if (shared) return shared;
  const loading = getLid()
    .then((lid) => lid.load())
    .then((model) => new FastTextLid(model))
    .catch((err: unknown) => {
      shared = undefined;
      throw unavailable("fasttext", "lid.176 model failed to load", err);
    });
  shared = loading;
  return loading;
}

export class FastTextDetector implements LanguageDetector {
  readonly id = "fasttext";
  private lid: FastTextLid | undefined;

  async detect(text: string): Promise<Detection> {
    const paragraphs = cleanText(text);
    if (paragraphs.length === 0) return undetermined();
    this.lid ??= await loadFastText();
    // fastText reads one line: the paragraphs go in together
    return toDetection(this.lid.predict(paragraphs.join(" "), 1 + MAX_ALTERNATIVES));
  }
}
