import type { LanguageGuess } from "./language-detector.js";

// Letters a language's spelling uses beyond ASCII a–z (Latin) or in full (Cyrillic, Arabic script). A
// guess whose alphabet lacks letters the text has is unlikely: "ě" rules out Slovak, "і" Russian, "ы"
// Ukrainian, "ے" Persian. Loanwords and names do carry foreign letters, so each missing letter only
// scales the guess down (PENALTY) rather than ruling it out. Languages not listed are never penalised.
const PENALTY = 0.2;
const FLOOR = 0.001;

const RU = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
const ARABIC = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيٱ";
const HBS = "čćđšž";
const ALPHABETS: Record<string, string> = {
  en: "àâäçéèêëïîôöûüñáóíú",
  es: "áéíóúüñ",
  fr: "àâæçéèêëîïôœùûüÿ",
  de: "äöüßéè",
  it: "àèéìíîòóùú",
  pt: "áâãàçéêíóôõú",
  nl: "éèëïöüáóúêç",
  af: "êëéèîïôûáóúŉ",
  pl: "ąćęłńóśźż",
  cs: "áčďéěíňóřšťúůýž",
  sk: "áäčďéíĺľňóôŕšťúýž",
  sl: "čšžćđ",
  hr: HBS,
  bs: HBS,
  "sr-Latn": HBS,
  ro: "ăâîșțşţ",
  hu: "áéíóöőúüű",
  tr: "çğıöşüâîû",
  az: "çəğıöşü",
  sv: "åäöéü",
  da: "æøåéóü",
  nb: "æøåéóòôü",
  nn: "æøåéóòôü",
  fi: "äöåšž",
  et: "äöõüšž",
  lv: "āčēģīķļņšūž",
  lt: "ąčęėįšųūž",
  is: "áðéíóúýþæö",
  ca: "àçéèíïòóúü",
  gl: "áéíóúñü",
  eu: "ñçü",
  ga: "áéíóú",
  cy: "âêîôûŵŷáéíóúàèìòùäëïöüẅÿ",
  sq: "çë",
  eo: "ĉĝĥĵŝŭ",
  mt: "ċġħżàèìòùé",
  lb: "äëéèêâ",
  fy: "âêéôûúäëïöü",
  tk: "äçňöşüýž",
  id: "é",
  ms: "é",
  sw: "",
  ru: RU,
  uk: "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
  be: "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
  bg: "абвгдежзийклмнопрстуфхцчшщъьюяѝ",
  sr: "абвгдђежзијклљмнњопрстћуфхцчџш",
  mk: "абвгдѓежзѕијклљмнњопрстќуфхцчџшѐѝ",
  kk: `${RU}әғқңөұүһі`,
  ky: `${RU}ңөү`,
  tt: `${RU}әөүҗңһ`,
  mn: `${RU}өү`,
  tg: "абвгғдеёжзиӣйкқлмнопрстуӯфхҳчҷшъэюя",
  ar: ARABIC,
  fa: `${ARABIC}پچژگکی`,
  ur: `${ARABIC}پچژگکیٹڈڑںےۓھہۃ`,
  ps: `${ARABIC}پچژگکیټډړږښګڼېۍځڅ`,
};

const ALPHABET_SETS = new Map<string, Set<number>>();
for (const [tag, letters] of Object.entries(ALPHABETS)) {
  ALPHABET_SETS.set(tag, new Set([...letters].map((c) => c.codePointAt(0)!)));
}

const LETTER = /\p{L}/u;
const letterCache = new Map<number, boolean>();
const isLetter = (code: number): boolean => {
  let known = letterCache.get(code);
  if (known === undefined) {
    known = LETTER.test(String.fromCharCode(code));
    letterCache.set(code, known);
  }
  return known;
};

/** The distinct non-ASCII letters of a (BMP) text, lower-cased. */
export function foreignLetters(text: string): number[] {
  const found: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || c >= 0xd800 || !isLetter(c)) continue;
    if (found.includes(c)) continue;
    const lower = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    if (!found.includes(lower)) found.push(lower);
  }
  return found;
}

/**
 * Scales down guesses whose alphabet lacks letters present in the text, keeping the list's total mass;
 * best first. Returns the same array when nothing changes.
 */
export function applyAlphabets(guesses: LanguageGuess[], letters: readonly number[]): LanguageGuess[] {
  if (letters.length === 0) return guesses;
  let before = 0;
  let after = 0;
  let changed = false;
  const scaled = guesses.map((g) => {
    before += g.confidence;
    const alphabet = ALPHABET_SETS.get(g.language);
    let factor = 1;
    if (alphabet) for (const c of letters) if (!alphabet.has(c)) factor *= PENALTY;
    factor = Math.max(factor, FLOOR);
    if (factor < 1) changed = true;
    after += g.confidence * factor;
    return { language: g.language, confidence: g.confidence * factor };
  });
  if (!changed || after === 0) return guesses;
  for (const g of scaled) g.confidence *= before / after;
  return scaled.sort((a, b) => b.confidence - a.confidence);
}
