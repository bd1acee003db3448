// Apertium names languages with ISO 639-3 codes plus an optional "_variant" (eng_US, por_BR,
// cat_valencia); Mundo speaks BCP 47, which prefers the two-letter ISO 639-1 code where one exists.

// ISO 639-3 → 639-1 for every language that has a 639-1 code (APy's own table, plus macrolanguage
// members Apertium uses: nob/nno, pes, arb, zsm, cmn …). Codes without a 639-1 form stay three-letter,
// which is valid BCP 47 (ast, oci_aran → oc-aranes, crh, sme → se …).
const ISO639_3_TO_1: Record<string, string> = {
  aar: "aa", abk: "ab", afr: "af", aka: "ak", amh: "am", ara: "ar", arb: "ar", arg: "an", asm: "as",
  ava: "av", ave: "ae", aym: "ay", aze: "az", azj: "az", bak: "ba", bam: "bm", bel: "be", ben: "bn",
  bis: "bi", bod: "bo", bos: "bs", bre: "br", bul: "bg", cat: "ca", ces: "cs", cha: "ch", che: "ce",
  chu: "cu", chv: "cv", cmn: "zh", cor: "kw", cos: "co", cre: "cr", cym: "cy", dan: "da", deu: "de",
  div: "dv", dzo: "dz", ell: "el", eng: "en", epo: "eo", est: "et", eus: "eu", ewe: "ee", fao: "fo",
  fas: "fa", fij: "fj", fin: "fi", fra: "fr", fry: "fy", ful: "ff", gla: "gd", gle: "ga", glg: "gl",
  glv: "gv", grn: "gn", guj: "gu", hat: "ht", hau: "ha", hbs: "sh", heb: "he", her: "hz", hin: "hi",
  hmo: "ho", hrv: "hr", hun: "hu", hye: "hy", ibo: "ig", ido: "io", iii: "ii", iku: "iu", ile: "ie",
  ina: "ia", ind: "id", ipk: "ik", isl: "is", ita: "it", jav: "jv", jpn: "ja", kal: "kl", kan: "kn",
  kas: "ks", kat: "ka", kau: "kr", kaz: "kk", khm: "km", kik: "ki", kin: "rw", kir: "ky", kom: "kv",
  kon: "kg", kor: "ko", kua: "kj", kur: "ku", lao: "lo", lat: "la", lav: "lv", lim: "li", lin: "ln",
  lit: "lt", ltz: "lb", lub: "lu", lug: "lg", mah: "mh", mal: "ml", mar: "mr", mkd: "mk", mlg: "mg",
  mlt: "mt", mon: "mn", mri: "mi", msa: "ms", mya: "my", nau: "na", nav: "nv", nbl: "nr", nde: "nd",
  ndo: "ng", nep: "ne", nld: "nl", nno: "nn", nob: "nb", nor: "no", nya: "ny", oci: "oc", oji: "oj",
  ori: "or", orm: "om", oss: "os", pan: "pa", pes: "fa", pli: "pi", pol: "pl", por: "pt", pus: "ps",
  que: "qu", roh: "rm", ron: "ro", run: "rn", rus: "ru", sag: "sg", san: "sa", sin: "si", slk: "sk",
  slv: "sl", sme: "se", smo: "sm", sna: "sn", snd: "sd", som: "so", sot: "st", spa: "es", sqi: "sq",
  srd: "sc", srp: "sr", ssw: "ss", sun: "su", swa: "sw", swe: "sv", tah: "ty", tam: "ta", tat: "tt",
  tel: "te", tgk: "tg", tgl: "tl", tha: "th", tir: "ti", ton: "to", tsn: "tn", tso: "ts", tuk: "tk",
  tur: "tr", twi: "tw", uig: "ug", ukr: "uk", urd: "ur", uzb: "uz", ven: "ve", vie: "vi", vol: "vo",
  wln: "wa", wol: "wo", xho: "xh", yid: "yi", yor: "yo", zha: "za", zho: "zh", zsm: "ms", zul: "zu",
};

// Apertium variant names that are registered BCP 47 variant subtags (under another spelling or as is).
// Unknown variants (e.g. cat_iec2017, an orthography option) have no faithful tag and are left out.
const VARIANTS: Record<string, string> = { valencia: "valencia", aran: "aranes", aranes: "aranes" };

/** BCP 47 tag for an Apertium code, or null when its variant has no BCP 47 equivalent. */
export function apertiumToBcp47(code: string): string | null {
  const [lang = "", ...rest] = code.split("_");
  const base = ISO639_3_TO_1[lang.toLowerCase()] ?? lang.toLowerCase();
  if (!/^[a-z]{2,3}$/.test(base)) return null;
  if (rest.length === 0) return base;
  if (rest.length > 1) return null;
  const variant = rest[0] ?? "";
  if (/^[A-Za-z]{2}$|^\d{3}$/.test(variant)) return `${base}-${variant.toUpperCase()}`; // a region: eng_US
  const known = VARIANTS[variant.toLowerCase()];
  return known ? `${base}-${known}` : null;
}

/** The primary language subtag of a BCP 47 tag, lower-cased ("pt-BR" → "pt"). */
export const primaryLanguage = (tag: string): string => (tag.split("-")[0] ?? "").toLowerCase();

// How well a listed tag serves a requested one: the same tag, then the plain language (en-GB asks,
// "en" serves), then a sibling variant (en asks, only "en-US" is there). 0 = not at all.
function sideScore(requested: string, listed: string): number {
  const req = requested.toLowerCase();
  const have = listed.toLowerCase();
  if (req === have) return 3;
  if (have === primaryLanguage(req)) return 2;
  return primaryLanguage(have) === primaryLanguage(req) ? 1 : 0;
}

export interface ApertiumPair {
  /** Codes exactly as APy listed them (sent back in langpair). */
  source: string;
  target: string;
  /** Their BCP 47 tags. */
  from: string;
  to: string;
}

/** The listed pair that best serves from→to, or undefined. */
export function resolvePair(pairs: ApertiumPair[], from: string, to: string): ApertiumPair | undefined {
  let best: ApertiumPair | undefined;
  let bestScore = 0;
  for (const pair of pairs) {
    const a = sideScore(from, pair.from);
    const b = sideScore(to, pair.to);
    const score = a && b ? a * 4 + b : 0;
    if (score > bestScore) {
      best = pair;
      bestScore = score;
    }
  }
  return best;
}
