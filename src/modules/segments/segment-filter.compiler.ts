import { type RawBuilder, sql } from "kysely";
import { type RegionId, regionCountries } from "./region-groups.data.js";
import type { Condition, FilterNode } from "./segment-filter.schema.js";

// Compiles a validated filter tree into one boolean SQL expression over `customers AS cu`. Every value is a
// bound parameter; only operators from the fixed table below are spliced in. Each condition is made
// two-valued (NULL → false) so `not` means what users expect: "not in France" includes customers without a
// country.

type Bool = RawBuilder<boolean>;

export interface CompileOptions {
  /** Workspace time zone: a date such as 2026-01-31 means that day in this zone. */
  timeZone: string;
  /** The current base currency and its reference rate (orders.stats.base()). */
  base: { currency: string; perEur: number | null };
}

/**
 * An order's amount in the current base currency, over `orders o LEFT JOIN fx_rates f ON f.currency = o.currency`.
 * The same rule as the orders module's aggregates: an order stored under another base currency is converted
 * again from its original amount with the reference table.
 */
export function amountInBase(base: CompileOptions["base"]): RawBuilder<string> {
  return sql<string>`CASE WHEN o.base_currency = ${base.currency}::text OR f.per_eur IS NULL OR ${base.perEur}::numeric IS NULL
    THEN o.amount_base ELSE round(o.amount * ${base.perEur}::numeric / f.per_eur, 2) END`;
}

const COMPARE = { eq: "=", ne: "<>", gt: ">", gte: ">=", lt: "<", lte: "<=" } as const;
const TRUE = sql<boolean>`TRUE`;
const FALSE = sql<boolean>`FALSE`;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const daysAgo = (days: number) => sql`(now() - ${days}::int * interval '1 day')`;

export function compileFilter(node: FilterNode, options: CompileOptions): Bool {
  if ("all" in node) return node.all.length === 0 ? TRUE : sql<boolean>`(${sql.join(node.all.map((n) => compileFilter(n, options)), sql` AND `)})`;
  if ("any" in node) return node.any.length === 0 ? FALSE : sql<boolean>`(${sql.join(node.any.map((n) => compileFilter(n, options)), sql` OR `)})`;
  if ("not" in node) return sql<boolean>`(NOT ${compileFilter(node.not, options)})`;
  return sql<boolean>`(COALESCE(${compileCondition(node, options)}, FALSE))`;
}

/** eq/ne/in/not-in over one matcher: ne and not-in are the negation of eq and in (so they include NULLs). */
function equality(c: Condition, match: (values: unknown[]) => RawBuilder<unknown>): RawBuilder<unknown> {
  const values = Array.isArray(c.value) ? c.value : [c.value];
  const positive = sql`COALESCE(${match(values)}, FALSE)`;
  return c.op === "ne" || c.op === "not-in" ? sql`NOT ${positive}` : positive;
}

function dateCondition(column: RawBuilder<unknown>, c: Condition, { timeZone }: CompileOptions): RawBuilder<unknown> {
  // Midnight at the start of a calendar day in the workspace's zone.
  const dayStart = (day: string, plusDays = 0) => sql`((${day}::date + ${plusDays}::int)::timestamp AT TIME ZONE ${timeZone}::text)`;
  switch (c.op) {
    case "before":
      return sql`${column} < ${dayStart(c.value as string)}`;
    case "after":
      return sql`${column} >= ${dayStart(c.value as string, 1)}`;
    case "between": {
      const [from, to] = c.value as [string, string];
      return sql`(${column} >= ${dayStart(from)} AND ${column} < ${dayStart(to, 1)})`;
    }
    case "within-days":
      return sql`${column} >= ${daysAgo(c.value as number)}`;
    case "older-than-days":
      return sql`${column} < ${daysAgo(c.value as number)}`;
    case "is-set":
      return sql`${column} IS NOT NULL`;
    case "is-not-set":
      return sql`${column} IS NULL`;
    default:
      throw new Error(`date op ${c.op} not compiled`);
  }
}

function numberCondition(expr: RawBuilder<unknown>, c: Condition, cast: "int" | "numeric"): RawBuilder<unknown> {
  const param = (v: unknown) => sql`${v}::${sql.raw(cast)}`;
  if (c.op === "between") {
    const [a, b] = c.value as [number, number];
    return sql`${expr} BETWEEN ${param(a)} AND ${param(b)}`;
  }
  const op = COMPARE[c.op as keyof typeof COMPARE];
  return sql`${expr} ${sql.raw(op)} ${param(c.value)}`;
}

function ordersWhere(c: Condition) {
  return c.days ? sql`o.customer_id = cu.id AND o.ordered_at >= ${daysAgo(c.days)}` : sql`o.customer_id = cu.id`;
}

function languageMatch(values: unknown[]) {
  // `fr` also matches regional variants such as fr-CA; tags are validated BCP 47 (no LIKE wildcards).
  const each = values.map((v) => sql`pl.tag = ${v}::text OR pl.tag LIKE ${`${escapeLike(String(v))}-%`}::text`);
  return sql`EXISTS (SELECT 1 FROM jsonb_array_elements_text(cu.preferred_languages) AS pl(tag) WHERE ${sql.join(each, sql` OR `)})`;
}

function tagMatch(name: string, prefix: boolean) {
  if (prefix) {
    const pattern = `${escapeLike(name)}%`;
    return sql`(EXISTS (SELECT 1 FROM customer_tags ct WHERE ct.customer_id = cu.id AND ct.name LIKE ${pattern}::text)
      OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(cu.tags) AS rt(name) WHERE rt.name LIKE ${pattern}::text))`;
  }
  return sql`(EXISTS (SELECT 1 FROM customer_tags ct WHERE ct.customer_id = cu.id AND ct.name = ${name}::text)
    OR cu.tags @> ${JSON.stringify([name])}::jsonb)`;
}

const inList = (column: RawBuilder<unknown>, values: unknown[], cast: string) =>
  sql`${column} IN (${sql.join(values.map((v) => sql`${v}::${sql.raw(cast)}`))})`;

function compileCondition(c: Condition, options: CompileOptions): RawBuilder<unknown> {
  switch (c.field) {
    case "country":
      if (c.op === "is-set") return sql`cu.country IS NOT NULL`;
      if (c.op === "is-not-set") return sql`cu.country IS NULL`;
      return equality(c, (values) => inList(sql`cu.country`, values, "text"));
    case "region":
      return equality(c, (values) => inList(sql`cu.country`, values.flatMap((id) => regionCountries(id as RegionId)), "text"));
    case "language":
      if (c.op === "is-set") return sql`jsonb_array_length(cu.preferred_languages) > 0`;
      if (c.op === "is-not-set") return sql`jsonb_array_length(cu.preferred_languages) = 0`;
      return equality(c, languageMatch);
    case "tag": {
      const match = tagMatch(c.value as string, c.op === "has-prefix");
      return c.op === "not-has" ? sql`NOT ${match}` : match;
    }
    case "company":
      if (c.op === "is-set") return sql`cu.company_id IS NOT NULL`;
      if (c.op === "is-not-set") return sql`cu.company_id IS NULL`;
      return equality(c, (values) => inList(sql`cu.company_id`, values, "uuid"));
    case "created_at":
      return dateCondition(sql`cu.created_at`, c, options);
    case "last_order_at":
      return dateCondition(sql`(SELECT max(o.ordered_at) FROM orders o WHERE o.customer_id = cu.id)`, c, options);
    case "last_message_at":
      return dateCondition(sql`(SELECT max(m.sent_at) FROM messages m WHERE m.customer_id = cu.id AND m.direction = 'in')`, c, options);
    case "order_count":
      return numberCondition(sql`(SELECT count(*) FROM orders o WHERE ${ordersWhere(c)})`, c, "int");
    case "total_spend":
      return numberCondition(
        sql`(SELECT COALESCE(sum(${amountInBase(options.base)}), 0) FROM orders o LEFT JOIN fx_rates f ON f.currency = o.currency WHERE ${ordersWhere(c)})`,
        c,
        "numeric",
      );
    case "sentiment":
      return sql`(SELECT count(*) FROM messages m WHERE m.customer_id = cu.id AND m.direction = 'in'
        AND m.sentiment_label = ${c.value}::text AND m.sent_at >= ${daysAgo(c.days ?? 30)}) >= ${c.min ?? 1}::int`;
    case "channel": {
      const values = Array.isArray(c.value) ? c.value : [c.value];
      return sql`EXISTS (SELECT 1 FROM conversations cv WHERE cv.customer_id = cu.id AND ${inList(sql`cv.channel`, values, "text")})`;
    }
    case "consent":
      return sql`(cu.consent ->> ${c.value}::text) = 'true'`;
    default:
      throw new Error(`field ${String(c.field)} not compiled`);
  }
}
