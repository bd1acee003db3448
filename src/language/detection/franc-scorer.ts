import { data } from "franc-all/data.js";
import type { LanguageGuess } from "./language-detector.js";
import { COMMON_LANGUAGES, francCode } from "./franc-detector.js";
import { allSiblings } from "./language-siblings.js";
import { Script, type ScriptProfile } from "./script-rules.js";
import { francTag } from "./tag-mapping.js";

// franc's own ranking (same trigram profiles, same distance, same normalisation as francAll) for text whose
// script is already known. francAll finds the script with ~40 regular expressions, filters 300+ profiles
// per call and scores each language separately: ~35 µs for 5 candidates, ~200 µs for the common list on a
// short text. The composite has the script already; this scores the same candidates in ~10–20 µs.

const MAX_DIFFERENCE = 300;
const MAX_LENGTH = 2048;
const SHARPNESS = 30; // as in FrancDetector: turns franc's near-1 scores into a distribution

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

// One inverted index per script over the languages the detector asks about most (franc's common ones and
// their relatives): trigram → postings (language position << 16 | rank) for the languages whose profile
// has it. A language's distance starts at the all-missing maximum and each posting takes off what the
// trigram saves, so scoring all of them costs one lookup per trigram plus its postings. Other languages
// fall back to their own profile.
// Trigrams are keyed by their three UTF-16 code units packed into one number, which hashes faster than
// freshly sliced strings.
interface ScriptIndex {
  codes: string[];
  position: Map<string, number>;
  /** Positions of franc's common languages. */
  common: number[];
  postings: Map<number, Int32Array>;
}
const indexes = new Map<string, ScriptIndex>();
let indexedCodes: ReadonlySet<string> | undefined;

const key = (s: string, i: number): number =>
  s.charCodeAt(i) * 4_294_967_296 + s.charCodeAt(i + 1) * 65_536 + s.charCodeAt(i + 2);

function scriptIndex(script: string): ScriptIndex {
  let index = indexes.get(script);
  if (!index) {
    indexedCodes ??= new Set([...COMMON_LANGUAGES, ...allSiblings().flatMap((tag) => francCode(tag) ?? [])]);
    const codes = Object.keys(data[script] ?? {}).filter((code) => indexedCodes?.has(code));
    const lists = new Map<number, number[]>();
    codes.forEach((code, i) => {
      data[script]![code]!.split("|").forEach((trigram, rank) => {
        const k = key(trigram, 0);
        const list = lists.get(k);
        if (list) list.push((i << 16) | rank);
        else lists.set(k, [(i << 16) | rank]);
      });
    });
    const postings = new Map<number, Int32Array>();
    for (const [k, list] of lists) postings.set(k, Int32Array.from(list));
    const common = codes.flatMap((code, i) => (COMMON_LANGUAGES.includes(code) ? [i] : []));
    index = { codes, position: new Map(codes.map((code, i) => [code, i])), common, postings };
    indexes.set(script, index);
  }
  return index;
}

const profiles = new Map<string, Map<number, number> | null>();

// Trigram → rank for a language outside the index, parsed on first use.
function profile(script: string, code: string): Map<number, number> | null {
  const id = `${script}:${code}`;
  let model = profiles.get(id);
  if (model === undefined) {
    const source = data[script]?.[code];
    model = source === undefined ? null : new Map(source.split("|").map((trigram, rank) => [key(trigram, 0), rank]));
    profiles.set(id, model);
  }
  return model;
}

const NON_LETTERS = /[\u0021-\u0040]+/g;
const SPACES = /\s+/g;

interface Trigrams {
  /** Distinct trigram keys and how often each occurs; the first `size` entries are used. */
  keys: Float64Array;
  counts: Int32Array;
  size: number;
}

// trigram-utils' asTuples: digits/ASCII punctuation to spaces, collapsed, lower-cased, padded; counted by
// sorting the keys (a Map keyed by numbers this large allocates on every insert).
function trigramCounts(text: string): Trigrams {
  const clean = ` ${text.slice(0, MAX_LENGTH).replace(NON_LETTERS, " ").replace(SPACES, " ").trim().toLowerCase()} `;
  const n = Math.max(0, clean.length - 2);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = key(clean, i);
  keys.sort();
  const counts = new Int32Array(n);
  let size = 0;
  for (let i = 0; i < n; i++) {
    if (size > 0 && keys[size - 1] === keys[i]) counts[size - 1]!++;
    else {
      keys[size] = keys[i]!;
      counts[size] = 1;
      size++;
    }
  }
  return { keys, counts, size };
}

// Distances for the languages at `positions` of the index, in that order.
function indexDistances(index: ScriptIndex, trigrams: Trigrams, positions: readonly number[]): number[] {
  const all = new Float64Array(index.codes.length).fill(trigrams.size * MAX_DIFFERENCE);
  for (let t = 0; t < trigrams.size; t++) {
    const list = index.postings.get(trigrams.keys[t]!);
    if (!list) continue;
    const count = trigrams.counts[t]!;
    for (let j = 0; j < list.length; j++) {
      const posting = list[j]!;
      all[posting >>> 16]! -= MAX_DIFFERENCE - Math.abs(count - (posting & 0xffff) - 1);
    }
  }
  return positions.map((p) => all[p]!);
}

/** The dominant script of a text as franc names it, if franc holds several languages in it. */
export function francScript(profile: ScriptProfile): string | undefined {
  let top = 0;
  for (let s = 1; s < profile.counts.length; s++) if (profile.counts[s]! > profile.counts[top]!) top = s;
  return profile.counts[top]! > 0 ? FRANC_SCRIPT[top] : undefined;
}

/**
 * franc's distribution over `codes` (ISO 639-3), plus all its common languages of the script when
 * `withCommon`, for text in `script`; best first, at most `limit` entries. Codes franc has no profile for
 * in that script are left out.
 */
export function francScores(
  text: string,
  script: string,
  codes: readonly string[],
  { withCommon = false, limit = 8 }: { withCommon?: boolean; limit?: number } = {},
): LanguageGuess[] {
  const trigrams = trigramCounts(text);
  const index = scriptIndex(script);
  const distances: Array<[string, number]> = [];
  const positions: number[] = withCommon ? [...index.common] : [];
  for (const code of codes) {
    const i = index.position.get(code);
    if (i !== undefined) {
      if (!positions.includes(i)) positions.push(i);
    } else {
      const model = profile(script, code);
      if (model) distances.push([code, profileDistance(model, trigrams)]);
    }
  }
  if (positions.length > 0) {
    const indexed = indexDistances(index, trigrams, positions);
    positions.forEach((p, j) => {
      distances.push([index.codes[p]!, indexed[j]!]);
    });
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
  return distances.slice(0, limit).map(([code], i) => {
    const tag = francTag(code);
    return { language: tag === "sr" && script === "Latin" ? "sr-Latn" : tag, confidence: weights[i]! / total };
  });
}

function profileDistance(model: Map<number, number>, trigrams: Trigrams): number {
  let distance = 0;
  for (let t = 0; t < trigrams.size; t++) {
    const rank = model.get(trigrams.keys[t]!);
    distance += rank === undefined ? MAX_DIFFERENCE : Math.abs(trigrams.counts[t]! - rank - 1);
  }
  return distance;
}
