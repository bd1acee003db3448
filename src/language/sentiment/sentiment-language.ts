/** The primary subtag of a BCP 47 tag, lower-cased: "pt-BR" → "pt", "zh-Hant-TW" → "zh". */
export const primarySubtag = (language: string): string => language.trim().split(/[-_]/)[0]?.toLowerCase() ?? "";
