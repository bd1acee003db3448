// Civil (wall-clock) time in an IANA time zone, read through Intl: no fixed offsets, so DST and
// historical offset changes are right. Gregorian calendar and Latin digits whatever the locale default.

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** UTC offset as ±HH:MM (e.g. "+02:00"). */
  offset: string;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-u-ca-gregory-nu-latn", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
      timeZoneName: "longOffset",
    });
    formats.set(timeZone, f);
  }
  return f;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The wall-clock time of an instant in a zone. Throws RangeError for an unknown zone. */
export function wallTime(at: Date, timeZone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const p of format(timeZone).formatToParts(at)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    // longOffset is "GMT+05:30", or plain "GMT" at UTC+0.
    offset: (parts.timeZoneName ?? "").replace(/^GMT/, "") || "+00:00",
  };
}

/** The civil date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(at: Date, timeZone: string): string {
  const w = wallTime(at, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** The instant as local time with its offset, e.g. 2026-03-29T10:15:00+02:00; null for an unknown zone. */
export function zonedIsoTime(at: Date, timeZone: string): string | null {
  let w: WallTime;
  try {
    w = wallTime(at, timeZone);
  } catch {
    return null;
  }
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${w.offset}`;
}

/** The zone's offset from UTC at an instant, in ms (Cairo in summer: +3 h). */
export function offsetMs(at: Date, timeZone: string): number {
  const w = wallTime(at, timeZone);
  const whole = at.getTime() - (((at.getTime() % 1000) + 1000) % 1000);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - whole;
}

/** The instant a local date starts in a zone (two passes: the offset can change across a DST switch). */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const guess = new Date(`${date}T00:00:00Z`);
  let at = guess;
  for (let i = 0; i < 2; i++) at = new Date(guess.getTime() - offsetMs(at, timeZone));
  return at;
}
