import { useMemo } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { type BusinessHours, type Interval, WEEKDAYS, type Weekday } from "../../api/types";

interface BusinessHoursEditorProps {
  value: BusinessHours;
  onChange: (value: BusinessHours) => void;
  disabled: boolean;
}

const DEFAULT_INTERVAL: Interval = { start: "09:00", end: "17:00" };
const MAX_INTERVALS = 4;

// Weekday names from Intl: 2024-01-01 was a Monday, so day i of WEEKDAYS is Jan (1 + i).
function useWeekdayNames(): Record<Weekday, string> {
  const { locale } = useIntl();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
    const names = {} as Record<Weekday, string>;
    WEEKDAYS.forEach((day, i) => {
      names[day] = format.format(new Date(Date.UTC(2024, 0, 1 + i)));
    });
    return names;
  }, [locale]);
}

export function BusinessHoursEditor({ value, onChange, disabled }: BusinessHoursEditorProps) {
  const intl = useIntl();
  const names = useWeekdayNames();
  const setDay = (day: Weekday, intervals: Interval[]) => onChange({ ...value, [day]: intervals });

  return (
    <div className="hours">
      {WEEKDAYS.map((day) => {
        const intervals = value[day];
        const open = intervals.length > 0;
        return (
          <div key={day} className="hours__day">
            <label className="checkbox hours__name">
              <input
                type="checkbox"
                name={`businessHours.${day}.open`}
                checked={open}
                disabled={disabled}
                onChange={(e) => setDay(day, e.target.checked ? [DEFAULT_INTERVAL] : [])}
              />
              {names[day]}
            </label>
            <div className="hours__intervals">
              {!open && (
                <span className="muted">
                  <FormattedMessage id="settings.hours.closed" />
                </span>
              )}
              {intervals.map((interval, i) => {
                const update = (patch: Partial<Interval>) =>
                  setDay(day, intervals.map((it, j) => (j === i ? { ...it, ...patch } : it)));
                const label = (id: "settings.hours.opens" | "settings.hours.closes") =>
                  intl.formatMessage({ id }, { day: names[day] });
                return (
                  // Intervals have no identity of their own; position is what the user edits.
                  // the index is the stable key here (see above)
                  <div key={i} className="hours__interval">
                    <input type="time" aria-label={label("settings.hours.opens")} value={interval.start} disabled={disabled} required onChange={(e) => update({ start: e.target.value })} />
                    <span aria-hidden="true">–</span>
                    <input type="time" aria-label={label("settings.hours.closes")} value={interval.end} disabled={disabled} required onChange={(e) => update({ end: e.target.value })} />
                    {!disabled && (
                      <button type="button" className="button button--small" onClick={() => setDay(day, intervals.filter((_, j) => j !== i))}>
                        <FormattedMessage id="settings.hours.remove" />
                      </button>
                    )}
                  </div>
                );
              })}
              {open && !disabled && intervals.length < MAX_INTERVALS && (
                <button
                  type="button"
                  className="button button--small button--ghost"
                  onClick={() => setDay(day, [...intervals, { start: intervals.at(-1)?.end ?? "13:00", end: "18:00" }])}
                >
                  <FormattedMessage id="settings.hours.add" />
                </button>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
