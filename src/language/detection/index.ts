// The detection layer's public surface; other modules import from here only.
export type { Detection, LanguageDetector, LanguageGuess } from "./language-detector.js";
export { createLanguageDetection, detectMany, type LanguageDetectionOptions } from "./detection.service.js";
export { FastTextDetector, FastTextLid, loadFastText } from "./fasttext-detector.js";
export { COMMON_LANGUAGES, FrancDetector, type FrancDetectorOptions } from "./franc-detector.js";
export { cleanText } from "./text-cleaning.js";
