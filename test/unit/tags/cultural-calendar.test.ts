import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import {
  addDays,
  gregorianOfHijri,
  hijriDate,
  localDate,
  nextLocalTime,
  ramadanStatus,
  upcomingHolidays,
  weekdayOf,
  weekendOf,
} from "../../../src/modules/tags/cultural-calendar.js";

const DAY = 86_400_000;
const umalquraMonth = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", { timeZone: "UTC", month: "numeric" });
const isRamadanByIntl = (date: string) => umalquraMonth.formatToParts(new Date(`${date}T12:00:00Z`)).find((p) => p.type === "month")?.value === "9";
const daysOf = (year: number) => {
  const out: string[] = [];
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) out.push(d);
  return out;
};

describe("cultural calendar", () => {
  it("marks Ramadan active in Saudi Arabia on exactly the days Intl's islamic-umalqura calendar puts in month 9", () => {
    for (const year of [2026, 2027]) {
      const active = daysOf(year).filter((d) => ramadanStatus(d, "SA")!.active);
      const expected = daysOf(year).filter(isRamadanByIntl);
      expect(active).toEqual(expected);
      expect(active.length).toBeGreaterThanOrEqual(29);
    }
  });

  it("reports the Ramadan period, and nothing for a country that does not observe it", () => {
    const inside = daysOf(2027).filter(isRamadanByIntl);
    const s = ramadanStatus(inside[5]!, "AE")!;
    expect(s).toMatchObject({ active: true, start: inside[0], end: inside[inside.length - 1], eidAlFitr: addDays(inside[inside.length - 1]!, 1) });
    expect(ramadanStatus(inside[5]!, "FR")).toBeNull();
    expect(ramadanStatus(inside[5]!, null)).toBeNull();
    // After Eid, the status points at the next Ramadan.
    const later = ramadanStatus(addDays(s.end, 40), "AE")!;
    expect(later.active).toBe(false);
    expect(later.hijriYear).toBe(s.hijriYear + 1);
  });

  it("compares date-holidays' Eid al-Fitr with umalqura's 1 Shawwal and says where they differ", () => {
    let checked = 0;
    for (const year of [2024, 2025, 2026, 2027, 2028]) {
      for (const country of ["SA", "AE", "MY", "EG"]) {
        const eid = new Holidays(country).getHolidays(year, "en").find((h) => /fitr/i.test(h.name))?.date.slice(0, 10);
        if (!eid) continue;
        const s = ramadanStatus(addDays(eid, -10), country)!;
        expect(s.dateHolidays.eidAlFitr).toBe(eid);
        const differs = eid !== s.eidAlFitr;
        expect(s.differences.some((d) => d.includes(`Eid al-Fitr ${eid}`) && d.includes(`(${s.eidAlFitr})`))).toBe(differs);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("converts Hijri dates to Gregorian and back through Intl", () => {
    for (const date of daysOf(2027).filter((_, i) => i % 17 === 0)) {
      const h = hijriDate(date);
      expect(gregorianOfHijri(h.year, h.month, h.day)).toBe(date);
    }
  });

  it("knows weekends from CLDR week data", () => {
    expect(weekendOf("SA").key).toBe("fri-sat");
    expect(weekendOf("DE").key).toBe("sat-sun");
    expect(weekendOf("AE").key).toBe("sat-sun");
    expect(weekendOf("IR").key).toBe("fri");
    expect(weekendOf("SA").source).toMatch(/CLDR/);
  });

  it("lists public holidays ahead from date-holidays, without substitute days, one per name", () => {
    const christmas = new Holidays("FR").getHolidays(2027, "en").find((h) => h.date.startsWith("2027-12-25"))!;
    const ahead = upcomingHolidays("FR", addDays("2027-12-25", -3), 14);
    expect(ahead[0]).toMatchObject({ name: christmas.name, date: "2027-12-25", daysAway: 3, localName: new Holidays("FR").getHolidays(2027, "fr").find((h) => h.date.startsWith("2027-12-25"))!.name });
    // The window crosses into the next year.
    expect(ahead.some((h) => h.date.startsWith("2028-01-01"))).toBe(true);
    const gb = new Holidays("GB").getHolidays(2027, "en").filter((h) => h.date.startsWith("2027-12"));
    expect(gb.some((h) => /substitute/i.test(h.name))).toBe(true);
    expect(upcomingHolidays("GB", "2027-12-20", 14).some((h) => /substitute/i.test(h.name))).toBe(false);
    expect(upcomingHolidays("ZZ", "2027-12-20", 14)).toEqual([]);
  });

  it("finds the next 02:00 local time on every day of a year, across DST changes", () => {
    const hour = new Intl.DateTimeFormat("en", { timeZone: "Europe/Paris", hour: "numeric", hourCycle: "h23" });
    for (let ms = Date.UTC(2027, 0, 1, 12); ms < Date.UTC(2028, 0, 1); ms += DAY) {
      const now = new Date(ms);
      const next = nextLocalTime(now, "Europe/Paris", 2);
      expect(next.getTime()).toBeGreaterThan(now.getTime());
      expect(next.getTime() - now.getTime()).toBeLessThanOrEqual(25 * 3_600_000);
      // 02:00 does not exist on the spring-forward night: the clock shows 03:00 then.
      expect([2, 3]).toContain(Number(hour.format(next)));
    }
  });

  it("takes the civil date in the customer's time zone", () => {
    expect(localDate(new Date("2027-02-20T23:30:00Z"), "Asia/Riyadh")).toBe("2027-02-21");
    expect(localDate(new Date("2027-02-20T23:30:00Z"), "America/Mexico_City")).toBe("2027-02-20");
    expect(weekdayOf("2027-02-20")).toBe(6);
  });
});
