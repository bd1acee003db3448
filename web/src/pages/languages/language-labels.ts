import type { IntlShape } from "react-intl";
import type { EnginesReport, Role } from "../../api/types";
import { COMMON_LANGUAGES, languageName } from "../../i18n/intl-data";

// "*" in an engine's pairs means any language (LLM endpoints).
export const ANY_LANGUAGE = "*";

// Product names stay as their makers write them; only Mundo's own sources are translated.
const ENGINE_BRANDS: Record<string, string> = {
  apertium: "Apertium",
  libretranslate: "LibreTranslate",
  deepl: "DeepL",
  google: "Google Translate",
  openai: "OpenAI-compatible LLM",
};

export function engineLabel(intl: IntlShape, id: string): string {
  if (id === "memory") return intl.formatMessage({ id: "languages.engine.memory" });
  if (id === "identity") return intl.formatMessage({ id: "languages.engine.identity" });
  if (id === "none") return intl.formatMessage({ id: "languages.engine.none" });
  return ENGINE_BRANDS[id] ?? id;
}

export function languageLabel(intl: IntlShape, code: string): string {
  if (code === ANY_LANGUAGE) return intl.formatMessage({ id: "languages.anyLanguage" });
  if (code === "und") return intl.formatMessage({ id: "languages.undetermined" });
  return languageName(intl.locale, code);
}

// Languages worth offering in pickers: the common ones plus every concrete language an engine serves.
export function pickerLanguages(report: EnginesReport | null, extra: readonly string[] = []): string[] {
  const codes = new Set<string>(COMMON_LANGUAGES);
  for (const engine of report?.engines ?? []) {
    for (const pair of engine.pairs) {
      codes.add(pair.from);
      codes.add(pair.to);
    }
  }
  for (const code of extra) codes.add(code);
  codes.delete(ANY_LANGUAGE);
  codes.delete("");
  return [...codes];
}

export const canManageLanguage = (role: Role): boolean => role === "admin" || role === "manager";

// Whole percents, except that small non-zero shares keep one significant digit rather than read "0%".
export function percent(intl: IntlShape, share: number): string {
  const value = Math.max(0, Math.min(1, share));
  const small = value > 0 && value < 0.01;
  return intl.formatNumber(value, { style: "percent", ...(small ? { maximumSignificantDigits: 1 } : { maximumFractionDigits: 0 }) });
}
