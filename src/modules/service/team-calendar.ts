import Holidays from "date-holidays";
import { addDays, type BusinessCalendar, type Interval, type Weekday } from "./business-time.js";

// Public holidays come from date-holidays (types "public" and "bank": days offices close), read as whole
// local dates in the team's time zone. Islamic holidays the library starts at the previous sunset count
// from their calendar date; a multi-day holiday (Eid in Egypt) closes every day it spans.

const DAY = 86_400_000;
const CLOSING_TYPES = new Set(["public", "bank"]);
const cache = new Map<string, Array<{ date: string; name: string }>>();
let countries: Set<string> | null = null;

/** Whether date-holidays knows the country's public holidays. */
export function isHolidayCountry(code: string): boolean {
  countries ??= new Set(Object.keys(new Holidays().getCountries("en")));
  return countries.has(code.toUpperCase());
}

/** The country's closing holidays of one year, by local date (several names on one date are joined). */
export function countryHolidays(country: string, year: number, language = "en"): Array<{ date: string; name: string }> {
  const key = `${country}:${year}:${language}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const byDate = new Map<string, string[]>();
  const hd = new Holidays(country, { languages: [language, "en"], types: ["public", "bank"] });
  for (const h of hd.getHolidays(year, language) || []) {
    if (!CLOSING_TYPES.has(h.type)) continue;
    const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY));
    for (let i = 0; i < days; i++) {
      const date = addDays(h.date.slice(0, 10), i);
      const names = byDate.get(date) ?? [];
      if (!names.includes(h.name)) names.push(h.name);
      byDate.set(date, names);
    }
  }
  const list = [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, names]) => ({ date, name: names.join(" / ") }));
  cache.set(key, list);
  return list;
}

export interface TeamCalendarInput {
  timeZone: string;
  businessHours: Partial<Record<Weekday, readonly Interval[]>>;
  holidayCountry: string | null;
  holidays: ReadonlyArray<{ date: string; name: string | null }>;
}

export interface TeamCalendar extends BusinessCalendar {
  /** The holiday's name on a local date, or null. */
  holidayName(date: string): string | null;
}

export function teamCalendar(team: TeamCalendarInput): TeamCalendar {
  const custom = new Map(team.holidays.map((h) => [h.date, h.name ?? "Holiday"]));
  const byYear = new Map<number, Map<string, string>>();
  const holidayName = (date: string): string | null => {
    const own = custom.get(date);
    if (own) return own;
    if (!team.holidayCountry) return null;
    const year = Number(date.slice(0, 4));
    let days = byYear.get(year);
    if (!days) {
      days = new Map(countryHolidays(team.holidayCountry, year).map((h) => [h.date, h.name]));
      byYear.set(year, days);
    }
    return days.get(date) ?? null;
  };
  return { timeZone: team.timeZone, hours: team.businessHours, isHoliday: (d) => holidayName(d) !== null, holidayName };
}
