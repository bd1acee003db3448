// Finds a concept's terms in a text. Pure functions (no database), so they are unit-tested directly.
//
// Rules:
// - Text and terms are compared in Unicode NFC, lower-cased; ё = е (Russian writes both); Arabic
//   harakat and tatweel are ignored and alef forms (أ إ آ ٱ) read as ا, ى as ي.
// - Diacritics count: "bán buôn" never matches "bạn buồn". Only when a message has no diacritics at
//   all (Vietnamese typed without its marks, "ban buon") are the terms compared without theirs.
// - Terms written in spaced scripts match whole words; a trailing "*" matches any ending ("refund*"
//   matches "refunded"), for inflected languages. Arabic terms may carry the clitics و ف ب ل ك and ال.
// - Terms in scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) match as
//   substrings: words are short there and a segmenter's split rarely lines up with a term's.

export interface TermMatch {
  /** The term as written in the list. */
  term: string;
  /** A few words around the match in the original text. */
  excerpt: string;
  /** True when the match ignored diacritics because the text had none. */
  unaccented: boolean;
}

const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const ARABIC = /\p{sc=Arabic}/u;
// Letters of spaced scripts: a term's neighbour from an unspaced script (e.g. "VAT发票") is a boundary.
const WORD_CHAR = "[[\\p{L}\\p{M}\\p{N}]--[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}]]";
const HARAKAT = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/u;
const EXCERPT_CHARS = 48;

function normalizeChar(ch: string): string {
  if (HARAKAT.test(ch)) return "";
  const lower = ch.toLowerCase();
  switch (lower) {
    case "ё":
      return "е";
    case "أ":
    case "إ":
    case "آ":
    case "ٱ":
      return "ا";
    case "ى":
      return "ي";
    case "’":
    case "ʼ":
      return "'";
    default:
      return /\s/u.test(lower) ? " " : lower;
  }
}

/** Normalises for matching and keeps, for every output index, the index of the input character it came from. */
export function normalizeForMatch(input: string): { text: string; origin: number[] } {
  const nfc = input.normalize("NFC");
  let text = "";
  const origin: number[] = [];
  let index = 0;
  for (const ch of nfc) {
    const out = normalizeChar(ch);
    for (let i = 0; i < out.length; i++) origin.push(index);
    text += out;
    index += ch.length;
  }
  return { text, origin };
}

/** Drops combining marks after NFD, and đ → d: "giá sỉ" → "gia si". Same length in, same length out per character. */
export function stripDiacritics(text: string): string {
  let out = "";
  for (const ch of text) {
    const base = ch === "đ" ? "d" : ch === "Đ" ? "D" : ch.normalize("NFD").replace(/\p{M}/gu, "");
    // Keep one output character per input character so excerpt positions stay valid.
    out += base.length === ch.length ? base : ch;
  }
  return out;
}

/** Does the text carry any diacritic (a combining mark after NFD, or đ)? Letters without one are ASCII-like. */
export function hasDiacritics(text: string): boolean {
  return /\p{M}/u.test(text.normalize("NFD")) || /[đĐ]/u.test(text);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export interface CompiledTerm {
  term: string;
  test: (normalized: string) => { index: number; length: number } | null;
}

/** Builds the matcher of one term (as written in a list, e.g. "giá sỉ", "refund*", "批发"). */
export function compileTerm(term: string, options: { unaccented?: boolean } = {}): CompiledTerm | null {
  let raw = term.trim();
  const prefix = raw.endsWith("*");
  if (prefix) raw = raw.slice(0, -1).trimEnd();
  let body = normalizeForMatch(raw).text.replace(/ +/g, " ").trim();
  if (options.unaccented) body = stripDiacritics(body);
  if (!body) return null;
  if (UNSPACED.test(body) && !/\s/u.test(body)) {
    return {
      term,
      test: (text) => {
        const index = text.indexOf(body);
        return index < 0 ? null : { index, length: body.length };
      },
    };
  }
  const words = body.split(" ").map(escapeRegExp).join("\\s+");
  const clitics = ARABIC.test(body) ? "(?:[وفبلك]{0,2}(?:ال)?)" : "";
  const tail = prefix ? `${WORD_CHAR}*` : "";
  const re = new RegExp(`(?<!${WORD_CHAR})${clitics}(${words}${tail})(?!${WORD_CHAR})`, "v");
  return {
    term,
    test: (text) => {
      const m = re.exec(text);
      if (!m) return null;
      // Report the term itself, not the clitics before it.
      const offset = m[0].length - m[1]!.length;
      return { index: m.index + offset, length: m[1]!.length };
    },
  };
}

function excerptAround(original: string, start: number, end: number): string {
  const from = Math.max(0, start - EXCERPT_CHARS);
  const to = Math.min(original.length, end + EXCERPT_CHARS);
  // Cut at spaces so the excerpt starts and ends on whole words where the script has them.
  let a = from;
  if (a > 0) {
    const space = original.indexOf(" ", a);
    if (space >= 0 && space < start) a = space + 1;
  }
  let b = to;
  if (b < original.length) {
    const space = original.lastIndexOf(" ", b);
    if (space > end) b = space;
  }
  return `${a > 0 ? "…" : ""}${original.slice(a, b).replace(/\s+/g, " ").trim()}${b < original.length ? "…" : ""}`;
}

/**
 * Every term of `terms` found in `text`, in list order, each once. Diacritics are compared unless the text
 * has none at all (then the terms are compared without theirs and the match says `unaccented`).
 */
export function findTerms(text: string, terms: readonly string[]): TermMatch[] {
  const nfc = text.normalize("NFC");
  const { text: normalized, origin } = normalizeForMatch(nfc);
  const unaccented = !hasDiacritics(nfc);
  const out: TermMatch[] = [];
  const seen = new Set<string>();
  for (const term of terms) {
    if (seen.has(term)) continue;
    const exact = compileTerm(term);
    let hit = exact?.test(normalized) ?? null;
    let loose = false;
    if (!hit && unaccented && hasDiacritics(term)) {
      hit = compileTerm(term, { unaccented: true })?.test(normalized) ?? null;
      loose = hit !== null;
    }
    if (!hit) continue;
    seen.add(term);
    const start = origin[hit.index] ?? 0;
    const end = origin[hit.index + hit.length] ?? nfc.length;
    out.push({ term, excerpt: excerptAround(nfc, start, end), unaccented: loose });
  }
  return out;
}
