import { z } from "zod";
import { AppError } from "../../shared/app-error.js";
import { countryCode, languageTag } from "../../shared/validators.js";
import { REGION_IDS } from "./region-groups.data.js";

// The segment filter language: a JSON tree of groups ({all:[…]}, {any:[…]}, {not:{…}}) and conditions
// ({field, op, value}). Each field lists its operators and, per operator, the zod schema of its value, so an
// unknown field, operator or bad value is refused with the dotted path of the offending node.

export type FilterNode = { all: FilterNode[] } | { any: FilterNode[] } | { not: FilterNode } | Condition;

export interface Condition {
  field: FieldName;
  op: string;
  value?: unknown;
  /** order_count, total_spend: only orders of the last N days; sentiment: messages of the last N days. */
  days?: number;
  /** sentiment: at least this many matching messages. */
  min?: number;
}

const MAX_DEPTH = 8;
const MAX_NODES = 200;
const MAX_LIST = 500;

const isoDate = z.iso.date({ error: "must be a date YYYY-MM-DD" });
const dateRange = z
  .tuple([isoDate, isoDate])
  .refine(([from, to]) => from <= to, "the first date must not be after the second");
const dayCount = z.number({ error: "must be a number of days" }).int().min(1).max(36_500);
const count = z.number({ error: "must be a whole number" }).int().min(0).max(1_000_000_000);
const money = z.number({ error: "must be a number" }).min(0).max(1e12);
const list = <T extends z.ZodType>(item: T) => z.array(item).min(1, "must list at least one value").max(MAX_LIST);
const uuid = z.uuid({ error: "must be a UUID" });
const tagName = z.string().trim().min(1).max(100);
const channelName = z.string().trim().regex(/^[a-z0-9_-]{1,40}$/, "must be a channel name such as email or whatsapp");

const NONE = null; // the operator takes no value
const equality = <T extends z.ZodType>(item: T) => ({ eq: item, ne: item, in: list(item), "not-in": list(item) });
const nullable = { "is-set": NONE, "is-not-set": NONE };
const dates = { before: isoDate, after: isoDate, between: dateRange, "within-days": dayCount, "older-than-days": dayCount };
const numbers = <T extends z.ZodType>(n: T) => ({
  eq: n,
  ne: n,
  gt: n,
  gte: n,
  lt: n,
  lte: n,
  between: z.tuple([n, n]).refine(([a, b]) => (a as number) <= (b as number), "the first number must not exceed the second"),
});

interface FieldSpec {
  description: string;
  ops: Record<string, z.ZodType | null>;
  /** Extra keys this field accepts beside field/op/value. */
  extras?: Partial<Record<"days" | "min", z.ZodType>>;
}

export const FILTER_FIELDS = {
  country: { description: "ISO 3166-1 alpha-2 country", ops: { ...equality(countryCode), ...nullable } },
  region: { description: `region group of the country: ${REGION_IDS.join(", ")}`, ops: equality(z.enum(REGION_IDS)) },
  language: {
    description: "a preferred language (any position); `fr` also matches fr-CA",
    ops: { ...equality(languageTag), ...nullable },
  },
  tag: {
    description: "a tag from any source (rules, concepts, manual) or on the customer record",
    ops: { has: tagName, "not-has": tagName, "has-prefix": tagName },
  },
  company: { description: "company id", ops: { ...equality(uuid), ...nullable } },
  created_at: { description: "when the customer was created", ops: dates },
  order_count: { description: "number of orders", ops: numbers(count), extras: { days: dayCount } },
  total_spend: { description: "sum of orders in the base currency", ops: numbers(money), extras: { days: dayCount } },
  last_order_at: { description: "date of the latest order", ops: { ...dates, ...nullable } },
  last_message_at: { description: "date of the latest message from the customer", ops: { ...dates, ...nullable } },
  sentiment: {
    description: "at least `min` (default 1) inbound messages with this sentiment in the last `days` (default 30)",
    ops: { has: z.enum(["negative", "neutral", "positive"]) },
    extras: { days: dayCount, min: count.min(1) },
  },
  channel: { description: "has a conversation on this channel", ops: { has: channelName, in: list(channelName) } },
  consent: { description: "consented to be contacted by", ops: { has: z.enum(["email", "sms", "phone"]) } },
} satisfies Record<string, FieldSpec>;

export type FieldName = keyof typeof FILTER_FIELDS;
export const FIELD_NAMES = Object.keys(FILTER_FIELDS) as FieldName[];

function fail(path: string, message: string): never {
  throw new AppError("VALIDATION_FAILED", `${path}: ${message}`, path);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function zodMessage(error: z.ZodError): { path: string; message: string } {
  const issue = error.issues[0]!;
  return { path: issue.path.map(String).join("."), message: issue.message };
}

/** Validates a filter tree; throws VALIDATION_FAILED naming the offending node (e.g. `filter.all.2.op`). */
export function parseFilter(input: unknown, path = "filter"): FilterNode {
  let nodes = 0;
  const walk = (node: unknown, at: string, depth: number): FilterNode => {
    if (++nodes > MAX_NODES) fail(at, `a filter may have at most ${MAX_NODES} nodes`);
    if (depth > MAX_DEPTH) fail(at, `groups may be nested at most ${MAX_DEPTH} deep`);
    if (!isObject(node)) fail(at, "must be a condition {field, op, value} or a group {all:[…]}, {any:[…]} or {not:{…}}");
    const keys = Object.keys(node);
    for (const group of ["all", "any"] as const) {
      if (!(group in node)) continue;
      if (keys.length !== 1) fail(at, `a group has only its "${group}" key`);
      const children = node[group];
      if (!Array.isArray(children)) fail(`${at}.${group}`, "must be an array of conditions or groups");
      const parsed = children.map((child, i) => walk(child, `${at}.${group}.${i}`, depth + 1));
      return group === "all" ? { all: parsed } : { any: parsed };
    }
    if ("not" in node) {
      if (keys.length !== 1) fail(at, 'a group has only its "not" key');
      return { not: walk(node.not, `${at}.not`, depth + 1) };
    }
    return parseCondition(node, at);
  };
  return walk(input, path, 0);
}

function parseCondition(node: Record<string, unknown>, at: string): Condition {
  if (typeof node.field !== "string") fail(`${at}.field`, `is required: one of ${FIELD_NAMES.join(", ")}`);
  const field = node.field as FieldName;
  const spec: FieldSpec | undefined = Object.hasOwn(FILTER_FIELDS, field) ? FILTER_FIELDS[field] : undefined;
  if (!spec) fail(`${at}.field`, `unknown field "${node.field}"; known fields: ${FIELD_NAMES.join(", ")}`);
  const ops = Object.keys(spec.ops);
  if (typeof node.op !== "string" || !Object.hasOwn(spec.ops, node.op)) {
    const what = typeof node.op === "string" ? `unknown op "${node.op}"` : "op is required";
    fail(`${at}.op`, `${what} for field "${field}"; use one of ${ops.join(", ")}`);
  }
  const allowed = new Set(["field", "op", "value", ...Object.keys(spec.extras ?? {})]);
  const extra = Object.keys(node).find((k) => !allowed.has(k));
  if (extra) fail(`${at}.${extra}`, `unknown key "${extra}" for field "${field}"`);
  const condition: Condition = { field, op: node.op };
  const valueSchema = spec.ops[node.op];
  if (valueSchema === null || valueSchema === undefined) {
    if (node.value !== undefined) fail(`${at}.value`, `op "${node.op}" takes no value`);
  } else {
    if (node.value === undefined) fail(`${at}.value`, `is required for op "${node.op}"`);
    const result = valueSchema.safeParse(node.value);
    if (!result.success) {
      const { path, message } = zodMessage(result.error);
      fail([`${at}.value`, path].filter(Boolean).join("."), message);
    }
    condition.value = result.data;
  }
  for (const [key, schema] of Object.entries(spec.extras ?? {})) {
    if (node[key] === undefined) continue;
    const result = schema.safeParse(node[key]);
    if (!result.success) fail(`${at}.${key}`, zodMessage(result.error).message);
    condition[key as "days" | "min"] = result.data as number;
  }
  return condition;
}

const EXAMPLE = { all: [{ field: "tag", op: "has", value: "lang:fr" }, { field: "country", op: "in", value: ["FR", "SN"] }] };

/** The filter as a request field: any JSON, validated by parseFilter so errors name the exact node. */
export const filterInput = z
  .unknown()
  .transform((value, ctx) => {
    try {
      return parseFilter(value);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      // The router prefixes the issue path ("filter"), so report the path below it.
      const below = (err.field ?? "filter").split(".").slice(1);
      ctx.addIssue({ code: "custom", message: err.message.replace(/^[^:]*: /, ""), path: below });
      return z.NEVER;
    }
  })
  .meta({
    description:
      "Segment filter: a group {all:[…]}, {any:[…]} or {not:{…}} of conditions {field, op, value}. Fields and their ops: " +
      Object.entries(FILTER_FIELDS)
        .map(([name, spec]) => `${name} (${Object.keys(spec.ops).join("|")}${"extras" in spec ? `; ${Object.keys(spec.extras).join(", ")}` : ""}): ${spec.description}`)
        .join("; "),
    examples: [EXAMPLE],
  });
