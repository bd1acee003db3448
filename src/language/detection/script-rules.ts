import { chineseVariant } from "./chinese-variant.js";

// Scripts counted in one pass over the text; the numbers index ScriptProfile.counts.
export const Script = {
  Latin: 0,
  Cyrillic: 1,
  Arabic: 2,
  Devanagari: 3,
  Han: 4,
  Kana: 5,
  Hangul: 6,
  Greek: 7,
  Hebrew: 8,
  Armenian: 9,
  Georgian: 10,
  Thai: 11,
  Lao: 12,
  Khmer: 13,
  Myanmar: 14,
  Sinhala: 15,
  Tamil: 16,
  Telugu: 17,
  Kannada: 18,
  Malayalam: 19,
  Gujarati: 20,
  Gurmukhi: 21,
  Oriya: 22,
  Bengali: 23,
  Ethiopic: 24,
  Tibetan: 25,
  Thaana: 26,
  Mongolian: 27,
  Cherokee: 28,
  Other: 29,
} as const;
const SCRIPT_COUNT = 30;

export interface ScriptProfile {
  /** Letters per Script index. */
  counts: Int32Array;
  letters: number;
  /** Letters outside ASCII. */
  nonAscii: number;
  /** Yiddish digraphs (װ ױ ײ) and the Assamese letters ৰ ৱ, which tell these apart from he / bn. */
  yiddishMarks: number;
  assameseMarks: number;
}

// One language for each of these scripts (as written by customers); Latin, Cyrillic, Arabic and Devanagari
// are shared by many languages and left to the models.
const DECISIVE: ReadonlyArray<string | undefined> = (() => {
  const table: Array<string | undefined> = new Array(SCRIPT_COUNT).fill(undefined);
  const set = (s: number, lang: string) => {
    table[s] = lang;
  };
  set(Script.Hangul, "ko");
  set(Script.Greek, "el");
  set(Script.Hebrew, "he");
  set(Script.Armenian, "hy");
  set(Script.Georgian, "ka");
  set(Script.Thai, "th");
  set(Script.Lao, "lo");
  set(Script.Khmer, "km");
  set(Script.Myanmar, "my");
  set(Script.Sinhala, "si");
  set(Script.Tamil, "ta");
  set(Script.Telugu, "te");
  set(Script.Kannada, "kn");
  set(Script.Malayalam, "ml");
  set(Script.Gujarati, "gu");
  set(Script.Gurmukhi, "pa");
  set(Script.Oriya, "or");
  set(Script.Bengali, "bn");
  set(Script.Ethiopic, "am");
  set(Script.Tibetan, "bo");
  set(Script.Thaana, "dv");
  set(Script.Mongolian, "mn");
  set(Script.Cherokee, "chr");
  return table;
})();

function scriptOf(c: number): number {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? Script.Latin : -1;
  if (c < 0x250) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 ? Script.Latin : -1;
  if (c < 0x2b0) return Script.Latin;
  if (c < 0x370) return -1; // spacing modifiers, combining marks
  if (c < 0x400) return Script.Greek;
  if (c < 0x530) return Script.Cyrillic;
  if (c < 0x590) return Script.Armenian;
  if (c < 0x600) return c >= 0x5d0 || (c >= 0x591 && c <= 0x5c7) ? Script.Hebrew : -1;
  if (c < 0x700) return (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9) || c < 0x610 ? -1 : Script.Arabic;
  if (c < 0x780) return c >= 0x750 ? Script.Arabic : Script.Other; // Syriac
  if (c < 0x7c0) return Script.Thaana;
  if (c < 0x8a0) return Script.Other;
  if (c < 0x900) return Script.Arabic;
  if (c < 0xe00) {
    if (c < 0x980) return c === 0x964 || c === 0x965 || (c >= 0x966 && c <= 0x96f) ? -1 : Script.Devanagari;
    if (c < 0xa00) return Script.Bengali;
    if (c < 0xa80) return Script.Gurmukhi;
    if (c < 0xb00) return Script.Gujarati;
    if (c < 0xb80) return Script.Oriya;
    if (c < 0xc00) return Script.Tamil;
    if (c < 0xc80) return Script.Telugu;
    if (c < 0xd00) return Script.Kannada;
    if (c < 0xd80) return Script.Malayalam;
    return Script.Sinhala;
  }
  if (c < 0xe80) return Script.Thai;
  if (c < 0xf00) return Script.Lao;
  if (c < 0x1000) return Script.Tibetan;
  if (c < 0x10a0) return Script.Myanmar;
  if (c < 0x1100) return Script.Georgian;
  if (c < 0x1200) return Script.Hangul;
  if (c < 0x13a0) return Script.Ethiopic;
  if (c < 0x1400) return Script.Cherokee;
  if (c < 0x1780) return Script.Other;
  if (c < 0x1800) return Script.Khmer;
  if (c < 0x18b0) return Script.Mongolian;
  if (c < 0x1c90) return c >= 0x19e0 && c < 0x1a00 ? Script.Khmer : Script.Other;
  if (c < 0x1cc0) return Script.Georgian;
  if (c < 0x1e00) return -1;
  if (c < 0x1f00) return Script.Latin;
  if (c < 0x2000) return Script.Greek;
  if (c < 0x2d80) return -1; // punctuation, symbols
  if (c < 0x2de0) return Script.Ethiopic;
  if (c < 0x3040) return c === 0x3005 || c === 0x3007 ? Script.Han : -1;
  if (c < 0x3100) return c === 0x30fb ? -1 : Script.Kana;
  if (c < 0x3130) return Script.Other; // Bopomofo
  if (c < 0x3190) return Script.Hangul;
  if (c < 0x31f0) return -1;
  if (c < 0x3200) return Script.Kana;
  if (c < 0x3400) return -1;
  if (c < 0xa000) return c < 0x4dc0 || c >= 0x4e00 ? Script.Han : -1;
  if (c < 0xac00) return c >= 0xa960 && c < 0xa980 ? Script.Hangul : c >= 0xa640 ? Script.Other : -1;
  if (c < 0xd800) return Script.Hangul;
  if (c < 0xf900) return -1;
  if (c < 0xfb00) return Script.Han;
  if (c < 0xfb50) return c >= 0xfb1d ? Script.Hebrew : Script.Latin;
  if (c < 0xfe00) return Script.Arabic;
  if (c < 0xfe70) return -1;
  if (c < 0xff00) return Script.Arabic;
  if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return Script.Latin;
  if (c >= 0xff66 && c <= 0xff9f) return Script.Kana;
  return -1;
}

/** Counts letters per script; supplementary-plane CJK ideographs count as Han. */
export function scriptProfile(text: string): ScriptProfile {
  const counts = new Int32Array(SCRIPT_COUNT);
  let letters = 0;
  let nonAscii = 0;
  let yiddishMarks = 0;
  let assameseMarks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let s: number;
    if (c >= 0xd800 && c < 0xdc00) {
      // Planes 2–3 (high surrogates D840–D8BF) hold CJK extensions; the rest (emoji, historic) is ignored.
      s = c >= 0xd840 && c < 0xd8c0 ? Script.Han : -1;
      i++;
    } else {
      s = scriptOf(c);
    }
    if (s < 0) continue;
    counts[s]!++;
    letters++;
    if (c >= 0x80) nonAscii++;
    if (c >= 0x5f0 && c <= 0x5f2) yiddishMarks++;
    else if (c === 0x9f0 || c === 0x9f1) assameseMarks++;
  }
  return { counts, letters, nonAscii, yiddishMarks, assameseMarks };
}

export interface ScriptDecision {
  language: string;
  confidence: number;
}

// A Hangul syllable or a Han/kana character carries about as much as two alphabetic letters, so a Korean
// or Japanese message with an English product name in it is still decided by its own script.
const SYLLABIC_WEIGHT = 2;
// Japanese prose is rarely under a fifth kana; Chinese text has none, or a stray の in a brand name.
const MIN_KANA_SHARE = 0.1;
const MIN_SCRIPT_SHARE = 0.5;

/**
 * The language a text's script decides on its own, or undefined when the script is shared (Latin,
 * Cyrillic, Arabic, Devanagari) or the text mixes scripts without a clear majority.
 */
export function decideByScript(text: string, profile: ScriptProfile = scriptProfile(text)): ScriptDecision | undefined {
  const { counts } = profile;
  if (profile.letters === 0) return undefined;
  const han = counts[Script.Han]!;
  const kana = counts[Script.Kana]!;
  const hangul = counts[Script.Hangul]!;
  const weighted = profile.letters + (SYLLABIC_WEIGHT - 1) * (han + kana + hangul);
  const share = (n: number) => n / weighted;

  if (share(SYLLABIC_WEIGHT * hangul) >= MIN_SCRIPT_SHARE) return decided("ko", share(SYLLABIC_WEIGHT * (hangul + han)));
  const cjk = han + kana;
  if (share(SYLLABIC_WEIGHT * cjk) >= MIN_SCRIPT_SHARE) {
    if (kana > 0 && kana >= MIN_KANA_SHARE * cjk) return decided("ja", share(SYLLABIC_WEIGHT * cjk));
    return decided(chineseVariant(text), share(SYLLABIC_WEIGHT * cjk));
  }

  let top = 0;
  for (let s = 1; s < counts.length; s++) if (counts[s]! > counts[top]!) top = s;
  const language = DECISIVE[top];
  if (language === undefined || share(counts[top]!) < MIN_SCRIPT_SHARE) return undefined;
  if (top === Script.Hebrew && profile.yiddishMarks > 0) return decided("yi", share(counts[top]!));
  if (top === Script.Bengali && profile.assameseMarks > 0) return decided("as", share(counts[top]!));
  return decided(language, share(counts[top]!));
}

const decided = (language: string, share: number): ScriptDecision => ({
  language,
  confidence: Math.min(0.99, Math.round(share * 100) / 100),
});

/** True when Latin letters outnumber Cyrillic ones (used to tell sr-Latn from sr). */
export const isMostlyLatin = (profile: ScriptProfile): boolean =>
  profile.counts[Script.Latin]! > profile.counts[Script.Cyrillic]!;
