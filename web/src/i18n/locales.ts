// The UI languages Mundo ships catalogues for, and how the document follows the chosen one.
export const UI_LOCALES = ["en", "zh-CN", "es", "fr", "de", "ar", "ru", "ja"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export const DEFAULT_LOCALE: UiLocale = "en";

// Each language is listed by its own name so people can find theirs whatever the current UI language.
export const LOCALE_ENDONYMS: Record<UiLocale, string> = {
  en: "English",
  "zh-CN": "简体中文",
  es: "Español",
  fr: "Français",
  de: "Deutsch",
  ar: "العربية",
  ru: "Русский",
  ja: "日本語",
};

const STORAGE_KEY = "mundo.uiLanguage";
const RTL_LANGUAGES = new Set(["ar", "he", "fa", "ur"]);

export function textDirection(locale: string): "rtl" | "ltr" {
  return RTL_LANGUAGES.has(locale.split("-")[0]?.toLowerCase() ?? "") ? "rtl" : "ltr";
}

// Best match of any BCP 47 tag to a shipped locale: exact tag first, then the base language.
export function matchUiLocale(tag: string | null | undefined): UiLocale | null {
  if (!tag) return null;
  const lower = tag.toLowerCase();
  const exact = UI_LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split(/[-_]/)[0];
  return UI_LOCALES.find((l) => l.split("-")[0] === base) ?? null;
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage may be disabled (privacy mode)
  }
}

export function initialLocale(): UiLocale {
  const stored = matchUiLocale(readStored());
  if (stored) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const match = matchUiLocale(tag);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}

export function applyDocumentLocale(locale: UiLocale): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = textDirection(locale);
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not fatal: the choice just won't survive a reload before login.
  }
}
