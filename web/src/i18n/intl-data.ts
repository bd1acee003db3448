// Locale-aware names for ISO codes, built on Intl so no data tables need translating.
// XK (Kosovo) is user-assigned but in common use, and the server accepts it.
const COUNTRY_CODES =
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
  "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
  "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO " +
  "JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR " +
  "MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO " +
  "RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV " +
  "TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW";
export const COUNTRIES: readonly string[] = COUNTRY_CODES.split(" ");

export const COMMON_LANGUAGES: readonly string[] = (
  "en zh es fr de ar ru ja pt it nl pl tr ko hi bn id vi th uk sv he fa el cs ro hu da fi nb ms sw ur ta"
).split(" ");

export const COMMON_CURRENCIES: readonly string[] = (
  "EUR USD GBP JPY CNY CHF CAD AUD NZD INR BRL MXN RUB SAR AED TRY KRW SEK NOK DKK PLN CZK HUF ZAR SGD HKD " +
  "ILS EGP MAD NGN THB IDR VND PHP MYR ARS CLP COP UAH KZT"
).split(" ");

type NameKind = "region" | "language" | "currency";
const namers = new Map<string, Intl.DisplayNames>();

function displayName(locale: string, type: NameKind, code: string): string {
  const key = `${locale}|${type}`;
  let namer = namers.get(key);
  if (!namer) {
    namer = new Intl.DisplayNames(locale, { type, fallback: "code" });
    namers.set(key, namer);
  }
  try {
    return namer.of(code) ?? code;
  } catch {
    return code; // malformed code: show it as typed rather than crash the row
  }
}

export const regionName = (locale: string, code: string): string => displayName(locale, "region", code.toUpperCase());
export const languageName = (locale: string, code: string): string => displayName(locale, "language", code);
export const currencyName = (locale: string, code: string): string => displayName(locale, "currency", code);

export interface Option {
  value: string;
  label: string;
}

// Options sorted by their localized label, as a speaker of `locale` would expect.
export function localizedOptions(locale: string, codes: readonly string[], name: (l: string, c: string) => string): Option[] {
  const collator = new Intl.Collator(locale);
  return codes.map((value) => ({ value, label: name(locale, value) })).sort((a, b) => collator.compare(a.label, b.label));
}

// Canonical BCP 47 tag, or null when the text is not a valid language tag.
export function canonicalLanguageTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

let timeZones: string[] | null = null;
export function allTimeZones(): string[] {
  timeZones ??= typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return timeZones;
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
