import { type BusinessHours, type Interval, WEEKDAYS, type Weekday } from "../../../api/types";

/** Weekday names from Intl: 2024-01-01 was a Monday. */
export function weekdayNames(locale: string, width: "short" | "long" = "short"): Record<Weekday, string> {
  const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: "UTC" });
  return Object.fromEntries(WEEKDAYS.map((d, i) => [d, format.format(new Date(Date.UTC(2024, 0, 1 + i)))])) as Record<Weekday, string>;
}

const same = (a: Interval[], b: Interval[]) => JSON.stringify(a) === JSON.stringify(b);

/** Runs of consecutive days with the same hours: [{from, to, intervals}], closed days left out. */
export function hourRuns(hours: BusinessHours): Array<{ from: Weekday; to: Weekday; intervals: Interval[] }> {
  const runs: Array<{ from: Weekday; to: Weekday; intervals: Interval[] }> = [];
  for (const day of WEEKDAYS) {
    const intervals = hours[day] ?? [];
    const last = runs.at(-1);
    if (intervals.length === 0) continue;
    if (last && same(last.intervals, intervals) && WEEKDAYS.indexOf(last.to) === WEEKDAYS.indexOf(day) - 1) last.to = day;
    else runs.push({ from: day, to: day, intervals });
  }
  // The week wraps: Sunday before Monday reads "Sun–Thu" for a Sunday-to-Thursday team.
  const first = runs[0];
  const last = runs.at(-1);
  if (runs.length > 1 && first!.from === "mon" && last!.to === "sun" && same(first!.intervals, last!.intervals)) {
    runs.pop();
    runs[0] = { from: last!.from, to: first!.to, intervals: first!.intervals };
  }
  return runs;
}
