import { foldForSearch } from "../../shared/search-text.js";
import { isWeekend, type IsoDate, localDate, ramadanStatus, upcomingHolidays, weekdayOf, weekendOf } from "./cultural-calendar.js";
import type { CustomerFacts } from "./customer-facts.js";
import { regionGroupsOf } from "./region-groups.js";
import { daysAgo, MIN_RFM_POPULATION, rfmSummary } from "./rfm.js";
import type { LeafCondition } from "./tag-condition.js";
import { type FieldName, fieldSpec } from "./tag-fields.js";

export interface ListItem {
  value: string;
  /** shown in a tag name, e.g. "Christmas Day 2027-12-25" for the holiday "Christmas Day" */
  label: string;
  reason: string;
}

/** What a field reads for one customer: a list, one value, or searchable text. Reasons are plain English. */
export type FieldValue =
  | { kind: "list"; items: ListItem[]; evidence?: unknown }
  | { kind: "scalar"; value: string | number | boolean | null; reason: string; evidence?: unknown }
  | { kind: "text"; days: number; match(keywords: readonly string[]): { count: number; keywords: string[] } };

export type FieldReader = (leaf: Pick<LeafCondition, "field" | "days">) => FieldValue;

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const DAY_MS = 86_400_000;
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
const money = (n: number, currency: string) => `${new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(n)} ${currency}`;
const weekendLabel = (key: string) => key.split("-").map((d) => d[0]!.toUpperCase() + d.slice(1)).join("–");

/**
 * Reads condition fields from a customer's facts as of `at` (calendar fields on the customer's local date).
 * `currentTags` supplies the tags computed so far in this evaluation (for the `tag` field).
 */
export function createFieldReader(f: CustomerFacts, ctx: { at: Date; baseCurrency: string }, currentTags: () => Iterable<string>): FieldReader {
  const date: IsoDate = localDate(ctx.at, f.timeZone);
  const cache = new Map<string, FieldValue>();
  const noOrders = "no orders";

  const compute = (field: FieldName, days: number): FieldValue => {
    const p = f.purchases;
    switch (field) {
      case "language":
      case "language.preferred":
      case "language.detected": {
        const langs = new Set<string>([...(field !== "language.detected" ? f.preferred : []), ...(field !== "language.preferred" ? f.detected.keys() : [])]);
        return {
          kind: "list",
          items: [...langs].map((l) => {
            const why = [f.preferred.includes(l) && field !== "language.detected" ? `preferred language ${l}` : null, f.detected.has(l) && field !== "language.preferred" ? `detected in ${plural(f.detected.get(l)!, "message")}` : null];
            return { value: l, label: l, reason: why.filter(Boolean).join("; ") };
          }),
          evidence: { preferred: f.preferred, detected: Object.fromEntries(f.detected) },
        };
      }
      case "country":
        return { kind: "scalar", value: f.country, reason: f.country ? `country ${f.country}` : "no country" };
      case "region":
        return { kind: "list", items: regionGroupsOf(f.country).map((g) => ({ value: g, label: g, reason: `${f.country} is in ${g}` })), evidence: { country: f.country } };
      case "calendar.ramadan": {
        const s = ramadanStatus(date, f.country);
        if (!s) return { kind: "scalar", value: false, reason: `${f.country ?? "no country"}: not a Muslim-majority country` };
        const dh = s.dateHolidays.eidAlFitr ? `; date-holidays (${f.country}): Eid al-Fitr ${s.dateHolidays.eidAlFitr}${s.differences.length ? "" : ", agrees"}` : `; date-holidays has no Eid al-Fitr for ${f.country}`;
        const reason = s.active
          ? `Ramadan ${s.hijriYear} runs ${s.start} – ${s.end} (${s.source})${dh}${s.differences.length ? `; ${s.differences.join("; ")}` : ""}`
          : `Ramadan ${s.hijriYear} starts ${s.start} (${s.source})`;
        return { kind: "scalar", value: s.active, reason, evidence: { date, country: f.country, ...s } };
      }
      case "calendar.weekend": {
        if (!f.country) return { kind: "scalar", value: null, reason: "no country" };
        const w = weekendOf(f.country);
        return { kind: "scalar", value: w.key, reason: `weekend in ${f.country} is ${weekendLabel(w.key)} (${w.source})`, evidence: { country: f.country, days: w.days, source: w.source } };
      }
      case "calendar.isWeekend": {
        if (!f.country) return { kind: "scalar", value: false, reason: "no country" };
        const yes = isWeekend(date, f.country);
        return { kind: "scalar", value: yes, reason: `${date} is a ${WEEKDAYS[weekdayOf(date) - 1]}, ${yes ? "a weekend day" : "a working day"} in ${f.country}` };
      }
      case "calendar.holiday": {
        if (!f.country) return { kind: "list", items: [] };
        const list = upcomingHolidays(f.country, date, days);
        return {
          kind: "list",
          items: list.map((h) => ({
            value: h.name,
            label: `${h.name} ${h.date}`,
            reason: `${h.name}${h.localName !== h.name ? ` (${h.localName})` : ""} on ${h.date} in ${f.country}, ${h.daysAway === 0 ? "today" : `in ${plural(h.daysAway, "day")}`} (date-holidays)`,
          })),
          evidence: { date, country: f.country, holidays: list },
        };
      }
      case "orders.count":
        return { kind: "scalar", value: p?.count ?? 0, reason: p ? plural(p.count, "order") : noOrders };
      case "orders.total":
        return { kind: "scalar", value: p?.total ?? 0, reason: p ? `${money(p.total, ctx.baseCurrency)} in total` : noOrders };
      case "orders.lastAgeDays":
        return { kind: "scalar", value: p?.ageDays ?? null, reason: p ? `last order ${daysAgo(p.ageDays)}` : noOrders };
      case "orders.firstAgeDays":
        return { kind: "scalar", value: p?.firstAgeDays ?? null, reason: p ? `first order ${daysAgo(p.firstAgeDays)}` : noOrders };
      case "rfm.r":
      case "rfm.f":
      case "rfm.m": {
        const key = field.slice(4) as "r" | "f" | "m";
        const reason = !p ? noOrders : f.rfm ? rfmSummary(f.rfm, p, ctx.baseCurrency) : `${rfmSummary(null, p, ctx.baseCurrency)} (RFM scores need at least ${MIN_RFM_POPULATION} customers with orders)`;
        return { kind: "scalar", value: f.rfm?.[key] ?? null, reason, evidence: { rfm: f.rfm, purchases: p, currency: ctx.baseCurrency } };
      }
      case "sentiment.negative":
      case "sentiment.positive":
      case "messages.count": {
        const w = f.windows.get(days) ?? { total: 0, negative: 0, positive: 0 };
        const n = field === "messages.count" ? w.total : field === "sentiment.negative" ? w.negative : w.positive;
        const what = field === "messages.count" ? "message" : `${field.slice(10)} message`;
        return { kind: "scalar", value: n, reason: `${plural(n, what)} in the last ${plural(days, "day")}` };
      }
      case "messages.text": {
        const since = ctx.at.getTime() - days * DAY_MS;
        const texts = f.texts.filter((t) => t.sentAt > since);
        return {
          kind: "text",
          days,
          match(keywords) {
            const folded = keywords.map((k) => ({ k, fk: foldForSearch(k) }));
            const hit = new Set<string>();
            let count = 0;
            for (const t of texts) {
              const found = folded.filter(({ fk }) => fk && t.text.includes(fk));
              if (found.length) count++;
              for (const x of found) hit.add(x.k);
            }
            return { count, keywords: [...hit] };
          },
        };
      }
      case "channel":
        return { kind: "list", items: [...f.channels].map(([c, v]) => ({ value: c, label: c, reason: `wrote via ${c} (${plural(v.count, "message")})` })) };
      case "channel.preferred": {
        const all = [...f.channels].sort((a, b) => b[1].count - a[1].count || b[1].last - a[1].last);
        const total = all.reduce((s, [, v]) => s + v.count, 0);
        const top = all[0];
        return top ? { kind: "scalar", value: top[0], reason: `most messages via ${top[0]} (${top[1].count} of ${total})` } : { kind: "scalar", value: null, reason: "no messages" };
      }
      case "tag": {
        const names = new Map(f.otherTags);
        for (const t of currentTags()) names.set(t.toLowerCase(), t);
        return { kind: "list", items: [...names].map(([value, label]) => ({ value, label, reason: `tagged ${label}` })) };
      }
    }
  };

  return (leaf) => {
    const spec = fieldSpec(leaf.field);
    const days = leaf.days ?? spec.windowDays ?? 0;
    // Tags grow during an evaluation: never cached.
    if (leaf.field === "tag") return compute("tag", 0);
    const key = `${leaf.field}:${days}`;
    let v = cache.get(key);
    if (!v) {
      v = compute(leaf.field, days);
      cache.set(key, v);
    }
    return v;
  };
}

