import { data } from "franc-all/data.js";
import type { LanguageGuess } from "./language-detector.js";
import { Script, type ScriptProfile } from "./script-rules.js";
import { francTag } from "./tag-mapping.js";

// franc's own ranking (same trigram profiles, same distance, same normalisation as francAll) for a short
// list of candidates whose script is already known. francAll spends most of its time finding the script
// with ~40 regular expressions and filtering 300+ profiles; the composite detector has done the first and
// needs only a handful of the second, so this costs a few microseconds instead of ~35.

const MAX_DIFFERENCE = 300;
const MAX_LENGTH = 2048;
const SHARPNESS = 30; // same as francGuesses: turns franc's near-1 scores into a distribution

// franc's profile groups for the scripts it holds several languages in.
const FRANC_SCRIPT: Partial<Record<number, string>> = {
  [Script.Latin]: "Latin",
  [Script.Cyrillic]: "Cyrillic",
  [Script.Arabic]: "Arabic",
  [Script.Devanagari]: "Devanagari",
  [Script.Ethiopic]: "Ethiopic",
  [Script.Hebrew]: "Hebrew",
  [Script.Myanmar]: "Myanmar",
  [Script.Tibetan]: "Tibetan",
};

const profiles = new Map<string, Map<string, number> | null>();

// Trigram → rank, parsed on first use (a profile is a "|"-joined list, most frequent first).
function profile(script: string, code: string): Map<string, number> | null {
  const key = `${script}:${code}`;
  let model = profiles.get(key);
  if (model === undefined) {
    const source = data[script]?.[code];
    model = source === undefined ? null : new Map(source.split("|").map((trigram, rank) => [trigram, rank]));
    profiles.set(key, model);
  }
  return model;
}

const NON_LETTERS = /[\u0021-\u0040]+/g;
const SPACES = /\s+/g;

// trigram-utils' asTuples: digits/ASCII punctuation to spaces, collapsed, lower-cased, padded.
function trigramCounts(text: string): Map<string, number> {
  const clean = ` ${text.slice(0, MAX_LENGTH).replace(NON_LETTERS, " ").replace(SPACES, " ").trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= clean.length; i++) {
    const trigram = clean.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/** The dominant script of a text as franc names it, if franc holds several languages in it. */
export function francScript(profile: ScriptProfile): string | undefined {
  let top = 0;
  for (let s = 1; s < profile.counts.length; s++) if (profile.counts[s]! > profile.counts[top]!) top = s;
  return profile.counts[top]! > 0 ? FRANC_SCRIPT[top] : undefined;
}

/**
 * franc's distribution over `codes` (ISO 639-3) for text in `script`, best first; codes franc has no
 * profile for in that script are left out.
 */
export function francScores(text: string, script: string, codes: readonly string[]): LanguageGuess[] {
  const counts = trigramCounts(text);
  const distances: Array<[string, number]> = [];
  for (const code of codes) {
    const model = profile(script, code);
    if (!model) continue;
    let distance = 0;
    for (const [trigram, count] of counts) {
      const rank = model.get(trigram);
      distance += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
    distances.push([code, distance]);
  }
  if (distances.length === 0) return [];
  distances.sort((a, b) => a[1] - b[1]);
  const min = distances[0]![1];
  const max = Math.min(text.length, MAX_LENGTH) * MAX_DIFFERENCE - min;
  let total = 0;
  const weights = distances.map(([, d]) => {
    const score = max > 0 ? 1 - (d - min) / max : 1;
    const weight = Math.exp(SHARPNESS * (score - 1));
    total += weight;
    return weight;
  });
  return distances.map(([code], i) => {
    const tag = francTag(code);
    return { language: tag === "sr" && script === "Latin" ? "sr-Latn" : tag, confidence: weights[i]! / total };
  });
}
