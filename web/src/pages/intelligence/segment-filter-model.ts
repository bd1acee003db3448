import type { FilterNode } from "../../api/segments.api";

// The builder's editable model of a segment filter: nested groups of rows, each optionally negated, and the
// conversions to and from the server's JSON tree ({all|any:[…]}, {not:…}, {field, op, value}).

export type ValueKind =
  | "none"
  | "country"
  | "countries"
  | "region"
  | "regions"
  | "language"
  | "languages"
  | "company"
  | "companies"
  | "text"
  | "date"
  | "dateRange"
  | "days"
  | "integer"
  | "integerRange"
  | "money"
  | "moneyRange"
  | "sentiment"
  | "channel"
  | "channels"
  | "consent";

export type Extra = "days" | "min";

interface FieldDef {
  ops: Record<string, ValueKind>;
  extras?: Extra[];
}

const equality = (one: ValueKind, many: ValueKind) => ({ eq: one, ne: one, in: many, "not-in": many });
const nullable = { "is-set": "none", "is-not-set": "none" } as const;
const dates = { before: "date", after: "date", between: "dateRange", "within-days": "days", "older-than-days": "days" } as const;
const numbers = (one: ValueKind, range: ValueKind) => ({ eq: one, ne: one, gt: one, gte: one, lt: one, lte: one, between: range });

export const FIELDS: Record<string, FieldDef> = {
  country: { ops: { ...equality("country", "countries"), ...nullable } },
  region: { ops: equality("region", "regions") },
  language: { ops: { ...equality("language", "languages"), ...nullable } },
  tag: { ops: { has: "text", "not-has": "text", "has-prefix": "text" } },
  company: { ops: { ...equality("company", "companies"), ...nullable } },
  created_at: { ops: dates },
  order_count: { ops: numbers("integer", "integerRange"), extras: ["days"] },
  total_spend: { ops: numbers("money", "moneyRange"), extras: ["days"] },
  last_order_at: { ops: { ...dates, ...nullable } },
  last_message_at: { ops: { ...dates, ...nullable } },
  sentiment: { ops: { has: "sentiment" }, extras: ["days", "min"] },
  channel: { ops: { has: "channel", in: "channels" } },
  consent: { ops: { has: "consent" } },
};
export const FIELD_NAMES = Object.keys(FIELDS);

export const REGION_IDS = [
  "mena",
  "europe",
  "central-asia",
  "north-america",
  "latin-america",
  "sub-saharan-africa",
  "south-asia",
  "east-asia",
  "southeast-asia",
  "oceania",
  "antarctica",
] as const;
export const CHANNEL_OPTIONS = ["email", "chat", "whatsapp", "facebook", "instagram", "sms", "call", "api", "social", "import"] as const;

export interface RuleRow {
  kind: "rule";
  key: number;
  negate: boolean;
  field: string;
  op: string;
  value: unknown;
  days?: number;
  min?: number;
}

export interface RuleGroup {
  kind: "group";
  key: number;
  negate: boolean;
  match: "all" | "any";
  children: Array<RuleRow | RuleGroup>;
}

let nextKey = 1;
const key = () => nextKey++;

const isoDay = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

export function defaultValue(kind: ValueKind): unknown {
  switch (kind) {
    case "none":
      return undefined;
    case "countries":
    case "regions":
    case "languages":
    case "companies":
      return [];
    case "region":
      return "mena";
    case "date":
      return isoDay();
    case "dateRange":
      return [isoDay(-30), isoDay()];
    case "days":
      return 30;
    case "integer":
      return 1;
    case "integerRange":
      return [1, 5];
    case "money":
      return 100;
    case "moneyRange":
      return [100, 1000];
    case "sentiment":
      return "negative";
    case "channel":
      return "email";
    case "channels":
      return ["email"];
    case "consent":
      return "email";
    default:
      return "";
  }
}

export const valueKind = (field: string, op: string): ValueKind => FIELDS[field]?.ops[op] ?? "text";

export function newRow(field = "country"): RuleRow {
  const op = Object.keys(FIELDS[field]?.ops ?? { eq: "text" })[0]!;
  return { kind: "rule", key: key(), negate: false, field, op, value: defaultValue(valueKind(field, op)) };
}

export const newGroup = (match: "all" | "any" = "all", children: Array<RuleRow | RuleGroup> = []): RuleGroup => ({
  kind: "group",
  key: key(),
  negate: false,
  match,
  children,
});

/** The builder model as the server's filter tree. */
export function toFilter(node: RuleRow | RuleGroup): FilterNode {
  let out: FilterNode;
  if (node.kind === "group") {
    const children = node.children.map(toFilter);
    out = node.match === "all" ? { all: children } : { any: children };
  } else {
    out = { field: node.field, op: node.op };
    if (node.value !== undefined) out.value = node.value;
    if (node.days !== undefined) out.days = node.days;
    if (node.min !== undefined) out.min = node.min;
  }
  return node.negate ? { not: out } : out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A filter tree as builder rows; null when it holds something the builder cannot show (edit it as JSON). */
export function fromFilter(node: unknown): RuleRow | RuleGroup | null {
  if (!isObject(node)) return null;
  if ("not" in node) {
    const inner = fromFilter(node.not);
    return inner ? { ...inner, negate: !inner.negate } : null;
  }
  for (const match of ["all", "any"] as const) {
    if (match in node) {
      const list = node[match];
      if (!Array.isArray(list)) return null;
      const children = list.map(fromFilter);
      return children.every((c) => c !== null) ? newGroup(match, children as Array<RuleRow | RuleGroup>) : null;
    }
  }
  if (typeof node.field !== "string" || typeof node.op !== "string" || !FIELDS[node.field]?.ops[node.op]) return null;
  const row: RuleRow = { kind: "rule", key: key(), negate: false, field: node.field, op: node.op, value: node.value };
  if (typeof node.days === "number") row.days = node.days;
  if (typeof node.min === "number") row.min = node.min;
  return row;
}

/** The root is always a plain group, so the builder can offer "match all / any" at the top. */
export function rootFromFilter(filter: unknown): RuleGroup | null {
  const model = fromFilter(filter);
  if (!model) return null;
  return model.kind === "group" && !model.negate ? model : newGroup("all", [model]);
}
