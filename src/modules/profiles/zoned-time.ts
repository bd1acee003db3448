// "Now" as a wall-clock time in a customer's zone, ISO 8601 with that zone's offset at that instant
// (e.g. 2026-03-29T10:15:00+02:00 in Europe/Paris just after the switch to summer time).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
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
    formatters.set(timeZone, f);
  }
  return f;
}

/** The instant `at` as local time in `timeZone` with its UTC offset, or null for an unknown zone. */
export function zonedIsoTime(at: Date, timeZone: string): string | null {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = formatter(timeZone).formatToParts(at);
  } catch {
    return null;
  }
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  // longOffset is "GMT+05:30", or plain "GMT" at UTC+0.
  const offset = get("timeZoneName").replace(/^GMT/, "") || "+00:00";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}:${get("second")}${offset}`;
}
