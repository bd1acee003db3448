// Language-code helpers shared by the engines, the gateway and the memory.

export function canonicalTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, "-"))[0] ?? tag;
  } catch {
    return tag;
  }
}

export const primaryTag = (tag: string): string => canonicalTag(tag).split("-")[0]!.toLowerCase();

// Region or script changes the written language only for a few (pt-BR/pt-PT spelling, zh Hans/Hant);
// elsewhere "es-MX" and "es" share one memory.
const KEEP_VARIANT = new Set(["pt", "zh"]);

export function memoryTag(tag: string): string {
  const canonical = canonicalTag(tag);
  return KEEP_VARIANT.has(primaryTag(canonical)) ? canonical : primaryTag(canonical);
}

/** Does an engine's language code (or "*") serve the wanted language? */
export function serves(engineLang: string, wanted: string): boolean {
  return engineLang === "*" || primaryTag(engineLang) === primaryTag(wanted);
}

export function languageName(tag: string, inLocale = "en"): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const RTL = new Set(["ar", "he", "fa", "ur", "ps", "yi", "ug", "dv", "ckb", "sd"]);
/** Writing direction of a language, for the dir attribute of pages rendered on the server. */
export const textDirection = (language: string): "rtl" | "ltr" => (RTL.has(primaryTag(language)) ? "rtl" : "ltr");
