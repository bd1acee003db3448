import type { IntlShape } from "react-intl";
import type { MetricsGroupBy } from "../../api/service-metrics.api";
import { languageLabel } from "../languages/language-labels";

/** A duration in the largest unit that reads well: minutes, then hours, then days. */
export function formatMinutes(intl: IntlShape, minutes: number | null): string {
  if (minutes === null) return intl.formatMessage({ id: "serviceDashboard.noData" });
  if (minutes < 60) return intl.formatNumber(minutes, { style: "unit", unit: "minute", unitDisplay: "short", maximumFractionDigits: 0 });
  if (minutes < 48 * 60) return intl.formatNumber(minutes / 60, { style: "unit", unit: "hour", unitDisplay: "short", maximumFractionDigits: 1 });
  return intl.formatNumber(minutes / 1440, { style: "unit", unit: "day", unitDisplay: "short", maximumFractionDigits: 1 });
}

export function formatShare(intl: IntlShape, share: number | null): string {
  if (share === null) return intl.formatMessage({ id: "serviceDashboard.noData" });
  return intl.formatNumber(share, { style: "percent", maximumFractionDigits: 1 });
}

export function formatScore(intl: IntlShape, value: number | null, digits = 2): string {
  if (value === null) return intl.formatMessage({ id: "serviceDashboard.noData" });
  return intl.formatNumber(value, { maximumFractionDigits: digits });
}

/** A group's name for the reader: the language in their UI language, or the team's name. */
export function groupLabel(intl: IntlShape, groupBy: MetricsGroupBy, group: { key: string; label: string }): string {
  if (groupBy === "language") return languageLabel(intl, group.key);
  return group.key === "none" ? intl.formatMessage({ id: "serviceDashboard.noTeam" }) : group.label;
}

/** A week's Monday (YYYY-MM-DD) as a short date in the reader's locale. */
export function formatWeek(intl: IntlShape, week: string): string {
  return intl.formatDate(new Date(`${week}T12:00:00Z`), { day: "numeric", month: "short", timeZone: "UTC" });
}

/** YYYY-MM-DD of a local date. */
export function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
