// The SLA clock: business minutes in a team's time zone, weekly hours and holidays. Pure functions;
// wall times become instants through Intl (never fixed offsets), so DST days are as long as they really are.
import { localDate, offsetMs, wallTime } from "../../shared/wall-clock.js";

export { localDate };

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface Interval {
  /** "HH:MM" local wall time; end may be "24:00". */
  start: string;
  end: string;
}

/** When a team works and when it does not. */
export interface BusinessCalendar {
  timeZone: string;
  hours: Partial<Record<Weekday, readonly Interval[]>>;
  /** Local dates (YYYY-MM-DD) on which the team is closed all day. */
  isHoliday?: (localDate: string) => boolean;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
// Ten years of days: beyond that a calendar with no open hour is treated as never open.
const MAX_DAYS = 3660;

const offsetAt = (ms: number, timeZone: string): number => offsetMs(new Date(ms), timeZone);

const pad = (n: number) => String(n).padStart(2, "0");

/** The local wall-clock time of an instant, HH:MM. */
export function localTime(at: Date, timeZone: string): string {
  const w = wallTime(at, timeZone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** The weekday of a local date. */
export function weekdayOf(date: string): Weekday {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  // getUTCDay: 0 = Sunday
  return WEEKDAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7]!;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY).toISOString().slice(0, 10);
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` `time`. A time skipped by a DST jump
 * resolves to the instant just after the jump, as clocks do.
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  const first = guess - offsetAt(guess, timeZone);
  const offset = offsetAt(first, timeZone);
  if (guess - offset === first) return new Date(first);
  const second = guess - offset;
  if (offsetAt(second, timeZone) === offset) return new Date(second);
  // In a spring-forward gap neither reading exists: take the later one (02:30 → 03:30), as clocks do.
  const ms = Math.max(first, second);
  return new Date(ms);
}

/** The open intervals of one local date, as instants in order; none on a holiday. */
export function openIntervals(date: string, calendar: BusinessCalendar): Array<[number, number]> {
  if (calendar.isHoliday?.(date)) return [];
  const out: Array<[number, number]> = [];
  for (const i of calendar.hours[weekdayOf(date)] ?? []) {
    const start = zonedInstant(date, i.start, calendar.timeZone).getTime();
    const end = i.end === "24:00" ? zonedInstant(addDays(date, 1), "00:00", calendar.timeZone).getTime() : zonedInstant(date, i.end, calendar.timeZone).getTime();
    if (end > start) out.push([start, end]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

const hasHours = (calendar: BusinessCalendar) => WEEKDAYS.some((d) => (calendar.hours[d]?.length ?? 0) > 0);

/**
 * The instant `minutes` business minutes after `start`. Time outside the hours and on holidays does not
 * count. Null when the calendar never opens (no hours at all, or none within ten years).
 */
export function addBusinessMinutes(start: Date, minutes: number, calendar: BusinessCalendar): Date | null {
  if (!hasHours(calendar)) return null;
  let left = Math.max(0, minutes) * MINUTE;
  const from = start.getTime();
  // The day before too: an interval ending after midnight local time may still cover `start`.
  let date = addDays(localDate(start, calendar.timeZone), -1);
  for (let n = 0; n < MAX_DAYS; n++, date = addDays(date, 1)) {
    for (const [a, b] of openIntervals(date, calendar)) {
      const s = Math.max(a, from);
      if (s >= b) continue;
      if (left === 0) return new Date(s);
      if (b - s >= left) return new Date(s + left);
      left -= b - s;
    }
  }
  return null;
}

/** Business minutes from `a` to `b` (negative when `b` is before `a`). */
export function businessMinutesBetween(a: Date, b: Date, calendar: BusinessCalendar): number {
  if (b.getTime() < a.getTime()) return -businessMinutesBetween(b, a, calendar);
  const from = a.getTime();
  const to = b.getTime();
  let total = 0;
  let date = addDays(localDate(a, calendar.timeZone), -1);
  const last = localDate(b, calendar.timeZone);
  for (let n = 0; n < MAX_DAYS && date <= last; n++, date = addDays(date, 1)) {
    for (const [s, e] of openIntervals(date, calendar)) total += Math.max(0, Math.min(e, to) - Math.max(s, from));
  }
  return total / MINUTE;
}

/** Whether the calendar is open at an instant. */
export function isOpenAt(at: Date, calendar: BusinessCalendar): boolean {
  const t = at.getTime();
  const today = localDate(at, calendar.timeZone);
  return [addDays(today, -1), today].some((d) => openIntervals(d, calendar).some(([s, e]) => s <= t && t < e));
}

// A team still open a week from now is open around the clock: no closing time to show.
const OPEN_HORIZON_DAYS = 8;

/**
 * Open now and until when (null: around the clock), or closed and when it opens next (null: never).
 */
export function nextChange(at: Date, calendar: BusinessCalendar): { open: boolean; at: Date | null } {
  const t = at.getTime();
  let date = addDays(localDate(at, calendar.timeZone), -1);
  let openUntil: number | null = null;
  for (let n = 0; n < MAX_DAYS && hasHours(calendar); n++, date = addDays(date, 1)) {
    if (openUntil !== null && n > OPEN_HORIZON_DAYS) return { open: true, at: null };
    for (const [s, e] of openIntervals(date, calendar)) {
      if (openUntil !== null) {
        // Back-to-back intervals (a 24-hour team across midnight) are one opening.
        if (s <= openUntil) openUntil = Math.max(openUntil, e);
        else return { open: true, at: new Date(openUntil) };
      } else if (s <= t && t < e) openUntil = e;
      else if (s > t) return { open: false, at: new Date(s) };
    }
  }
  return openUntil !== null ? { open: true, at: new Date(openUntil) } : { open: false, at: null };
}
