// Search keys are folded in JS, not SQL: PGlite's C collation lowercases ASCII only,
// so lower()/ILIKE would miss "иван" vs "Иван". Folding here behaves the same on both databases.
// Letters with a stroke have no decomposition, but are their base letter plus an accent for search ("dang" finds "Đặng").
const STROKE_LETTERS: Record<string, string> = { "đ": "d", "ł": "l", "ø": "o" };

export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    // Only the combining diacritics block: Devanagari/Thai vowel signs are marks too and must stay.
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .toLocaleLowerCase("und")
    .replace(/[đłø]/g, (c) => STROKE_LETTERS[c] ?? c)
    .replace(/\s+/g, " ")
    .trim();
}

export function buildSearchText(parts: ReadonlyArray<string | null | undefined>): string {
  return foldForSearch(parts.filter((p): p is string => Boolean(p)).join(" "));
}

/** Escapes LIKE wildcards so user input matches literally. */
export function likeContains(query: string): string {
  return `%${foldForSearch(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
