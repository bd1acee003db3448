import countries from "i18n-iso-countries";
import { z } from "zod";

// Reusable zod fields for the locale-aware data every module stores.

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function canonicalLanguage(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical ?? null;
  } catch {
    return null;
  }
}

export const languageTag = z
  .string()
  .trim()
  .min(2)
  .max(35)
  .refine((t) => canonicalLanguage(t) !== null, "must be a BCP 47 language tag such as en, fr or zh-CN")
  .transform((t) => canonicalLanguage(t)!)
  .meta({ description: "BCP 47 language tag", examples: ["en", "zh-CN"] });

export const currencyCode = z
  .string()
  .trim()
  .transform((c) => c.toUpperCase())
  .refine((c) => CURRENCIES.has(c), "must be an ISO 4217 currency code such as EUR or JPY")
  .meta({ description: "ISO 4217 currency code" });

export const timeZone = z
  .string()
  .trim()
  .refine(isTimeZone, "must be an IANA time zone such as Europe/Paris")
  .meta({ description: "IANA time zone" });

export const countryCode = z
  .string()
  .trim()
  .transform((c) => c.toUpperCase())
  .refine((c) => c.length === 2 && countries.isValid(c), "must be an ISO 3166-1 alpha-2 country code such as MX")
  .meta({ description: "ISO 3166-1 alpha-2 country code" });

export const uuidParam = z.object({ id: z.uuid({ error: "must be a UUID" }) });

export function listQuery<S extends readonly [string, ...string[]]>(sortFields: S) {
  const sortValues = sortFields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];
  return z.object({
    q: z.string().trim().max(200).optional().meta({ description: "Search text (any script)" }),
    sort: z.enum(sortValues).optional().meta({ description: "Field to sort by; prefix with - for descending" }),
    limit: z.coerce.number().int().min(1).max(100).default(25),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  });
}

export function listResponse<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

export function parseSort(sort: string | undefined, fallback: string): { field: string; desc: boolean } {
  const s = sort ?? fallback;
  return s.startsWith("-") ? { field: s.slice(1), desc: true } : { field: s, desc: false };
}
