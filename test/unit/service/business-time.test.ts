import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { addBusinessMinutes, type BusinessCalendar, businessMinutesBetween, isOpenAt, nextChange } from "../../../src/modules/service/business-time.js";
import { countryHolidays, teamCalendar } from "../../../src/modules/service/team-calendar.js";

/** The instant the wall clock in `timeZone` reads `date` `time`, found by asking Intl (independent of the code under test). */
function wall(date: string, time: string, timeZone: string): Date {
  const f = new Intl.DateTimeFormat("en-CA", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
  const base = Date.parse(`${date}T${time}:00Z`);
  for (let minutes = -14 * 60; minutes <= 14 * 60; minutes += 15) {
    const at = new Date(base - minutes * 60_000);
    const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
    if (`${p.year}-${p.month}-${p.day}` === date && `${p.hour}:${p.minute}` === time) return at;
  }
  throw new Error(`${date} ${time} does not exist in ${timeZone}`);
}
const plusDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const dayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

const nineToFive = [{ start: "09:00", end: "17:00" }];
const week = (zone: string, extra: Partial<BusinessCalendar> = {}): BusinessCalendar => ({
  timeZone: zone,
  hours: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive, sat: [], sun: [] },
  ...extra,
});
const ALWAYS = Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [{ start: "00:00", end: "24:00" }]]));

// A Friday in 2027 followed by an ordinary Monday in France, per the library.
const fr = new Holidays("FR");
const frHoliday = (d: string) => (fr.isHoliday(wall(d, "12:00", "Europe/Paris")) || []).some((h) => h.type === "public");
let FRIDAY = "2027-01-01";
while (dayOf(FRIDAY) !== 5 || frHoliday(FRIDAY) || frHoliday(plusDays(FRIDAY, 3))) FRIDAY = plusDays(FRIDAY, 1);

describe("business minutes", () => {
  const paris = week("Europe/Paris");

  it("skips the weekend: Friday 16:00 + 4 business hours is Monday 12:00", () => {
    expect(addBusinessMinutes(wall(FRIDAY, "16:00", "Europe/Paris"), 240, paris)).toEqual(wall(plusDays(FRIDAY, 3), "12:00", "Europe/Paris"));
    expect(businessMinutesBetween(wall(FRIDAY, "16:00", "Europe/Paris"), wall(plusDays(FRIDAY, 3), "10:00", "Europe/Paris"), paris)).toBe(120);
    expect(businessMinutesBetween(wall(plusDays(FRIDAY, 3), "10:00", "Europe/Paris"), wall(FRIDAY, "16:00", "Europe/Paris"), paris)).toBe(-120);
  });

  it("starts counting at the next opening when created outside the hours", () => {
    const saturday = wall(plusDays(FRIDAY, 1), "11:00", "Europe/Paris");
    expect(addBusinessMinutes(saturday, 30, paris)).toEqual(wall(plusDays(FRIDAY, 3), "09:30", "Europe/Paris"));
    expect(addBusinessMinutes(saturday, 0, paris)).toEqual(wall(plusDays(FRIDAY, 3), "09:00", "Europe/Paris"));
  });

  it("skips a weekday public holiday taken from date-holidays", () => {
    // The first 2027 public holiday in France on a Tuesday–Thursday between two working days.
    const holiday = countryHolidays("FR", 2027).find((h) => [2, 3, 4].includes(dayOf(h.date)) && !frHoliday(plusDays(h.date, -1)) && !frHoliday(plusDays(h.date, 1)))!;
    expect(holiday).toBeDefined();
    const calendar = teamCalendar({ timeZone: "Europe/Paris", businessHours: paris.hours, holidayCountry: "FR", holidays: [] });
    const before = plusDays(holiday.date, -1);
    const start = wall(before, "16:00", "Europe/Paris");
    // One hour on the day before, none on the holiday, three the day after.
    expect(addBusinessMinutes(start, 240, calendar)).toEqual(wall(plusDays(holiday.date, 1), "12:00", "Europe/Paris"));
    expect(addBusinessMinutes(start, 240, paris)).toEqual(wall(holiday.date, "12:00", "Europe/Paris"));
    expect(businessMinutesBetween(start, wall(plusDays(holiday.date, 1), "09:00", "Europe/Paris"), calendar)).toBe(60);
    expect(calendar.holidayName(holiday.date)).toBe(holiday.name);
    expect(isOpenAt(wall(holiday.date, "10:00", "Europe/Paris"), calendar)).toBe(false);
  });

  it("honours custom closed dates and split days", () => {
    const lunch = week("Asia/Tokyo", { hours: { mon: [{ start: "09:00", end: "12:00" }, { start: "13:00", end: "18:00" }] } });
    const monday = plusDays(FRIDAY, 3);
    expect(addBusinessMinutes(wall(monday, "11:00", "Asia/Tokyo"), 120, lunch)).toEqual(wall(monday, "14:00", "Asia/Tokyo"));
    const closedMonday = teamCalendar({ timeZone: "Europe/Paris", businessHours: paris.hours, holidayCountry: null, holidays: [{ date: monday, name: "Inventory" }] });
    expect(addBusinessMinutes(wall(FRIDAY, "16:00", "Europe/Paris"), 240, closedMonday)).toEqual(wall(plusDays(monday, 1), "12:00", "Europe/Paris"));
    expect(closedMonday.holidayName(monday)).toBe("Inventory");
  });

  it("counts real hours on DST days (23 and 25 hours)", () => {
    const always: BusinessCalendar = { timeZone: "Europe/Paris", hours: ALWAYS };
    // The days clocks change in Paris, found with Intl: the UTC offset differs between midnight and noon... of the next day.
    const offsetHours = (d: string) => (wall(d, "12:00", "UTC").getTime() - wall(d, "12:00", "Europe/Paris").getTime()) / 3_600_000;
    const changes: string[] = [];
    for (let d = "2027-01-01"; d < "2028-01-01"; d = plusDays(d, 1)) if (offsetHours(d) !== offsetHours(plusDays(d, 1))) changes.push(plusDays(d, 1));
    expect(changes).toHaveLength(2);
    const [spring, autumn] = changes as [string, string];
    expect(businessMinutesBetween(wall(spring, "00:00", "Europe/Paris"), wall(plusDays(spring, 1), "00:00", "Europe/Paris"), always)).toBe(23 * 60);
    expect(businessMinutesBetween(wall(autumn, "00:00", "Europe/Paris"), wall(plusDays(autumn, 1), "00:00", "Europe/Paris"), always)).toBe(25 * 60);
    // 09:00–17:00 is 8 hours even on those days.
    expect(businessMinutesBetween(wall(plusDays(spring, 1), "00:00", "Europe/Paris"), wall(plusDays(spring, 2), "00:00", "Europe/Paris"), paris)).toBe(480);
  });

  it("says when a calendar opens and closes", () => {
    const saturday = wall(plusDays(FRIDAY, 1), "11:00", "Europe/Paris");
    expect(nextChange(saturday, paris)).toEqual({ open: false, at: wall(plusDays(FRIDAY, 3), "09:00", "Europe/Paris") });
    expect(nextChange(wall(FRIDAY, "10:00", "Europe/Paris"), paris)).toEqual({ open: true, at: wall(FRIDAY, "17:00", "Europe/Paris") });
    expect(nextChange(saturday, { timeZone: "UTC", hours: ALWAYS })).toEqual({ open: true, at: null });
    expect(nextChange(saturday, { timeZone: "UTC", hours: {} })).toEqual({ open: false, at: null });
    expect(addBusinessMinutes(saturday, 10, { timeZone: "UTC", hours: {} })).toBeNull();
  });
});

describe("holidays from date-holidays", () => {
  it("closes every day of a multi-day holiday, by local date", () => {
    const eg = countryHolidays("EG", 2027);
    const eid = new Holidays("EG", { languages: "en" }).getHolidays(2027).find((h) => h.end.getTime() - h.start.getTime() > 2 * 86_400_000)!;
    expect(eid).toBeDefined();
    const first = eid.date.slice(0, 10);
    const days = Math.round((eid.end.getTime() - eid.start.getTime()) / 86_400_000);
    for (let i = 0; i < days; i++) expect(eg.map((h) => h.date)).toContain(plusDays(first, i));
  });
});
