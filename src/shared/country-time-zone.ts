import ct from "countries-and-timezones";
import { isTimeZone } from "./validators.js";

// countries-and-timezones lists a country's zones alphabetically, with no notion of the main one
// (it would give America/Bahia_Banderas for Mexico). For countries with several zones we name
// the zone of the capital or largest population; single-zone countries use the library as is.
const PRIMARY_ZONE: Record<string, string> = {
  AR: "America/Argentina/Buenos_Aires", AU: "Australia/Sydney", BR: "America/Sao_Paulo", CA: "America/Toronto",
  CD: "Africa/Kinshasa", CL: "America/Santiago", CN: "Asia/Shanghai", CY: "Asia/Nicosia", DE: "Europe/Berlin",
  EC: "America/Guayaquil", ES: "Europe/Madrid", FM: "Pacific/Pohnpei", GL: "America/Nuuk", ID: "Asia/Jakarta",
  KI: "Pacific/Tarawa", KZ: "Asia/Almaty", MH: "Pacific/Majuro", MN: "Asia/Ulaanbaatar", MX: "America/Mexico_City",
  MY: "Asia/Kuala_Lumpur", NZ: "Pacific/Auckland", PF: "Pacific/Tahiti", PG: "Pacific/Port_Moresby",
  PS: "Asia/Hebron", PT: "Europe/Lisbon", RU: "Europe/Moscow", UA: "Europe/Kyiv", US: "America/New_York",
  UZ: "Asia/Tashkent", VN: "Asia/Ho_Chi_Minh",
};

/** The main IANA time zone of a country (ISO alpha-2), or null when unknown. */
export function primaryTimeZone(country: string): string | null {
  const code = country.toUpperCase();
  const candidates = [PRIMARY_ZONE[code], ...(ct.getCountry(code)?.timezones ?? [])];
  return candidates.find((tz): tz is string => Boolean(tz) && isTimeZone(tz!)) ?? null;
}
