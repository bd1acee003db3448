import type { MetricsResponse, MetricsValues } from "./service-metrics.schema.js";

// Spreadsheet apps run a cell that starts with one of these as a formula (team names are user input).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: quoted when it holds a comma, quote or line break; formula-looking text is defused. */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const HEADER = [
  "group_by", "key", "label", "tickets",
  "first_response_median_min", "first_response_avg_min", "first_responses",
  "resolution_median_min", "resolution_avg_min", "resolved",
  "sla_tickets", "sla_breached", "sla_breached_pct",
  "csat_avg", "csat_responses", "csat_satisfied_pct",
  "nps", "nps_responses", "nps_promoters", "nps_passives", "nps_detractors",
  "inbound_messages", "negative_messages", "negative_pct",
  "from", "to", "time_zone", "time_basis",
];

const pct = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

function row(m: MetricsResponse, key: string, label: string, v: MetricsValues): (string | number | null)[] {
  return [
    m.groupBy, key, label, v.tickets,
    v.firstResponse.medianMinutes, v.firstResponse.averageMinutes, v.firstResponse.count,
    v.resolution.medianMinutes, v.resolution.averageMinutes, v.resolution.count,
    v.sla.withSla, v.sla.breached, pct(v.sla.breachedShare),
    v.csat.average, v.csat.responses, pct(v.csat.satisfiedShare),
    v.nps.score, v.nps.responses, v.nps.promoters, v.nps.passives, v.nps.detractors,
    v.sentiment.messages, v.sentiment.negative, pct(v.sentiment.negativeShare),
    m.from, m.to, m.timeZone, m.timeBasis,
  ];
}

/** The metrics as CSV: UTF-8 with a byte-order mark (Excel reads the scripts right), CRLF lines, one row per group and a total. */
export function metricsCsv(m: MetricsResponse): string {
  const lines = [HEADER, ...m.groups.map((g) => row(m, g.key, g.label, g)), row(m, "total", "Total", m.totals)];
  return `\uFEFF${lines.map((l) => l.map(csvField).join(",")).join("\r\n")}\r\n`;
}
