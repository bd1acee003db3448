import { parsePhoneNumberWithError, type CountryCode } from "libphonenumber-js/max";
import { invalid } from "../../shared/app-error.js";
import { primaryTimeZone } from "../../shared/country-time-zone.js";

/** Parses phones to E.164; national notation is read in the customer's country. Duplicates collapse. */
export function normalisePhones(phones: readonly string[], country: string | null): string[] {
  const out: string[] = [];
  phones.forEach((raw, i) => {
    let parsed: ReturnType<typeof parsePhoneNumberWithError> | undefined;
    try {
      parsed = parsePhoneNumberWithError(raw, (country ?? undefined) as CountryCode | undefined);
    } catch {
      parsed = undefined;
    }
    if (!parsed?.isValid()) {
      const hint = raw.trim().startsWith("+") || country ? "" : " (start with + and the country code, or set the country)";
      throw invalid(`phones.${i}`, `"${raw}" is not a valid phone number${hint}`);
    }
    if (!out.includes(parsed.number)) out.push(parsed.number);
  });
  return out;
}

/** Digit strings a person might type to find this number: international and national notation. */
export function phoneSearchKeys(e164: string): string[] {
  try {
    const p = parsePhoneNumberWithError(e164);
    return [e164.slice(1), p.formatNational().replace(/\D/g, "")];
  } catch {
    return [e164.replace(/\D/g, "")];
  }
}

/** E.164 for a phone in international notation, or null when it doesn't parse as valid. */
export function safePhone(raw: string): string | null {
  try {
    const p = parsePhoneNumberWithError(raw.startsWith("+") ? raw : `+${raw.replace(/^00/, "")}`);
    return p.isValid() ? p.number : null;
  } catch {
    return null;
  }
}

export function phoneCountry(e164: string): string | null {
  try {
    return parsePhoneNumberWithError(e164).country ?? null;
  } catch {
    return null;
  }
}

export type TimeZoneSource = "explicit" | "country" | "phone";

/** Explicit zone wins; else the country's main zone; else the first phone's country's. */
export function resolveTimeZone(
  explicit: string | null | undefined,
  country: string | null,
  phones: readonly string[],
): { timeZone: string | null; source: TimeZoneSource | null } {
  if (explicit) return { timeZone: explicit, source: "explicit" };
  const fromCountry = country ? primaryTimeZone(country) : null;
  if (fromCountry) return { timeZone: fromCountry, source: "country" };
  for (const phone of phones) {
    const pc = phoneCountry(phone);
    const tz = pc ? primaryTimeZone(pc) : null;
    if (tz) return { timeZone: tz, source: "phone" };
  }
  return { timeZone: null, source: null };
}

export const normaliseEmails = (emails: readonly string[]) => [...new Set(emails.map((e) => e.trim()))];
export const identityEmail = (email: string) => email.trim().toLowerCase();
