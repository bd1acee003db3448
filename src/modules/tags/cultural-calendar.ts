import Holidays from "date-holidays";
import { localDate, wallTime } from "../../shared/wall-clock.js";

export { localDate };

// Calendar facts for cultural tags, pure (no database): dates are civil dates (YYYY-MM-DD) in the
// customer's time zone. Sources: ICU's islamic-umalqura calendar through Intl (Ramadan), CLDR week data
// through Intl.Locale (weekends) and date-holidays (public holidays, plus its own Ramadan/Eid dates,
// which are compared, never silently mixed).

export type IsoDate = string;
const DAY_MS = 86_400_000;

const toUtcMs = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`);
const fromUtcMs = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: IsoDate, days: number): IsoDate => fromUtcMs(toUtcMs(date) + days * DAY_MS);
export const daysBetween = (from: IsoDate, to: IsoDate): number => Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const weekdayOf = (date: IsoDate): number => ((new Date(toUtcMs(date)).getUTCDay() + 6) % 7) + 1;

/** The instant at which the wall clock in `timeZone` next shows `hour`:00 after `now` (DST-safe). */
export function nextLocalTime(now: Date, timeZone: string, hour: number): Date {
  const at = (date: IsoDate) => {
    const [y, m, d] = date.split("-").map(Number) as [number, number, number];
    const wanted = Date.UTC(y, m - 1, d, hour);
    let guess = wanted;
    // Two corrections cover an offset change between the guess and the answer.
    for (let i = 0; i < 2; i++) {
      const p = wallTime(new Date(guess), timeZone);
      guess += wanted - Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    }
    return new Date(guess);
  };
  const today = localDate(now, timeZone);
  const candidate = at(today);
  return candidate.getTime() > now.getTime() ? candidate : at(addDays(today, 1));
}

// ---- Islamic calendar (ICU islamic-umalqura through Intl) ----

const hijriFormat = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" });
export const UMALQURA_SOURCE = "islamic-umalqura calendar (ICU, via Intl.DateTimeFormat)";

export interface HijriDate {
  year: number;
  month: number;
  day: number;
}

export function hijriDate(date: IsoDate): HijriDate {
  const p = Object.fromEntries(hijriFormat.formatToParts(new Date(toUtcMs(date) + DAY_MS / 2)).map((x) => [x.type, x.value]));
  return { year: Number.parseInt(p.year ?? "", 10), month: Number(p.month), day: Number(p.day) };
}

const hijriOrdinal = (h: HijriDate) => h.year * 354.367 + (h.month - 1) * 29.53 + h.day;

/** The Gregorian date of a Hijri date, found by asking Intl (estimate, then step until it matches). */
export function gregorianOfHijri(year: number, month: number, day: number): IsoDate {
  const target = { year, month, day };
  // 16 July 622 (Julian) is 1 Muharram 1 AH; the estimate is then corrected against Intl.
  let ms = Date.UTC(622, 6, 19) + Math.round((hijriOrdinal(target) - hijriOrdinal({ year: 1, month: 1, day: 1 })) * DAY_MS);
  for (let i = 0; i < 40; i++) {
    const h = hijriDate(fromUtcMs(ms));
    if (h.year === year && h.month === month && h.day === day) return fromUtcMs(ms);
    const delta = Math.round(hijriOrdinal(target) - hijriOrdinal(h));
    ms += (delta === 0 ? 1 : delta) * DAY_MS;
  }
  throw new Error(`no Gregorian date found for ${day}/${month}/${year} AH`);
}

// Muslim-majority countries (OIC members where most people are Muslim); Ramadan shapes business hours,
// delivery and marketing there. Customers elsewhere may observe it too, but a country-level tag can't know.
export const RAMADAN_COUNTRIES: ReadonlySet<string> = new Set(
  "AE AF AL AZ BD BF BH BN DJ DZ EG GM GN ID IQ IR JO KG KM KW KZ LB LY MA ML MR MV MY NE NG OM PK PS QA SA SD SL SN SO SY TD TJ TM TN TR UZ XK YE".split(" "),
);

export interface RamadanStatus {
  active: boolean;
  hijriYear: number;
  /** first and last day of Ramadan (month 9) by umalqura */
  start: IsoDate;
  end: IsoDate;
  /** 1 Shawwal by umalqura */
  eidAlFitr: IsoDate;
  source: string;
  /** what date-holidays says for the country, when it has it */
  dateHolidays: { ramadanStart: IsoDate | null; eidAlFitr: IsoDate | null };
  /** where the two sources disagree, in words; [] when they agree or date-holidays has nothing */
  differences: string[];
}

/**
 * Ramadan as of `date` for a country observing it: the current one (active) or the next one; null for a
 * country not in RAMADAN_COUNTRIES. The tag follows umalqura; date-holidays is compared and reported.
 */
export function ramadanStatus(date: IsoDate, country: string | null): RamadanStatus | null {
  if (!country || !RAMADAN_COUNTRIES.has(country)) return null;
  const h = hijriDate(date);
  const hijriYear = h.month <= 9 ? h.year : h.year + 1;
  const start = gregorianOfHijri(hijriYear, 9, 1);
  const eidAlFitr = gregorianOfHijri(hijriYear, 10, 1);
  const end = addDays(eidAlFitr, -1);
  const around = (iso: IsoDate) => {
    const y = Number(iso.slice(0, 4));
    return [y - 1, y, y + 1].flatMap((yy) => holidayList(country, yy)).filter((x) => Math.abs(daysBetween(iso, x.date)) <= 15);
  };
  const first = (xs: PublicHoliday[]) => xs.map((x) => x.date).sort()[0] ?? null;
  // "End of Ramadan (Eid al-Fitr)" names Ramadan too: a Ramadan start is a holiday not named for its end.
  const dh = {
    ramadanStart: first(around(start).filter((x) => /ramadan/i.test(x.name) && !/end|fitr/i.test(x.name))),
    eidAlFitr: first(around(eidAlFitr).filter((x) => /fitr/i.test(x.name))),
  };
  const differences: string[] = [];
  const describe = (what: string, theirs: IsoDate, ours: IsoDate, ourName: string) => {
    const diff = daysBetween(ours, theirs);
    if (diff !== 0) differences.push(`date-holidays (${country}) dates ${what} ${theirs}, ${Math.abs(diff)} day${Math.abs(diff) === 1 ? "" : "s"} ${diff < 0 ? "before" : "after"} ${ourName} by umalqura (${ours})`);
  };
  if (dh.ramadanStart) describe("the first day of Ramadan", dh.ramadanStart, start, `1 Ramadan ${hijriYear}`);
  if (dh.eidAlFitr) describe("Eid al-Fitr", dh.eidAlFitr, eidAlFitr, `1 Shawwal ${hijriYear}`);
  return { active: date >= start && date <= end, hijriYear, start, end, eidAlFitr, source: UMALQURA_SOURCE, dateHolidays: dh, differences };
}

// ---- Weekends (CLDR week data through Intl.Locale) ----

const DAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export const WEEKEND_SOURCE = "CLDR week data (via Intl.Locale)";

interface WeekInfo {
  weekend?: number[];
}

export interface Weekend {
  /** ISO weekdays, 1 = Monday … 7 = Sunday */
  days: number[];
  /** tag value: "sat-sun", "fri-sat", "sun", "thu-fri", … */
  key: string;
  source: string;
}

/** The weekend days of a country; Saturday–Sunday when CLDR has nothing for it. */
export function weekendOf(country: string): Weekend {
  let days: number[] | undefined;
  try {
    const locale = new Intl.Locale(`und-${country}`) as Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };
    days = (locale.getWeekInfo?.() ?? locale.weekInfo)?.weekend;
  } catch {
    days = undefined;
  }
  const source = days?.length ? WEEKEND_SOURCE : "default (no week data for this country)";
  const list = days?.length ? [...days].sort((a, b) => a - b) : [6, 7];
  return { days: list, key: list.map((d) => DAY_KEYS[d - 1]).join("-"), source };
}

export const isWeekend = (date: IsoDate, country: string): boolean => weekendOf(country).days.includes(weekdayOf(date));

// ---- Public holidays (date-holidays) ----

export interface PublicHoliday {
  date: IsoDate;
  /** English name (the tag), and the name in the country's own language */
  name: string;
  localName: string;
}

const holidayInstances = new Map<string, Holidays>();
const holidayYears = new Map<string, PublicHoliday[]>();

function holidayList(country: string, year: number): PublicHoliday[] {
  const key = `${country}:${year}`;
  const cached = holidayYears.get(key);
  if (cached) return cached;
  let hd = holidayInstances.get(country);
  if (!hd) {
    // A country date-holidays does not know simply has no holidays.
    hd = new Holidays(country);
    holidayInstances.set(country, hd);
  }
  // The instance remembers the last language asked for: name the country's likely language explicitly.
  const local = hd.getHolidays(year, new Intl.Locale(`und-${country}`).maximize().language);
  const list: PublicHoliday[] = hd
    .getHolidays(year, "en")
    .filter((x) => x.type === "public" && !(x as { substitute?: boolean }).substitute)
    .map((x) => ({
      date: x.date.slice(0, 10),
      name: x.name,
      localName: local.find((l) => l.date === x.date && l.rule === x.rule)?.name ?? x.name,
    }));
  holidayYears.set(key, list);
  return list;
}

export const HOLIDAYS_SOURCE = "date-holidays";

/** Public holidays (substitute days left out, one per name) from `date` to `date + withinDays`, soonest first. */
export function upcomingHolidays(country: string, date: IsoDate, withinDays: number): Array<PublicHoliday & { daysAway: number }> {
  const last = addDays(date, withinDays);
  const years = new Set([Number(date.slice(0, 4)), Number(last.slice(0, 4))]);
  const seen = new Set<string>();
  return [...years]
    .flatMap((y) => holidayList(country, y))
    .filter((x) => x.date >= date && x.date <= last)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .filter((x) => {
      if (seen.has(x.name)) return false;
      seen.add(x.name);
      return true;
    })
    .map((x) => ({ ...x, daysAway: daysBetween(date, x.date) }));
}
