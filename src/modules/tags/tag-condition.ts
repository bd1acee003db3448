import { invalid } from "../../shared/app-error.js";
import { type FieldName, fieldSpec, FIELD_NAMES, isFieldName, type Op, OPS_BY_TYPE } from "./tag-fields.js";

// The condition of a tag rule is a small JSON AST:
//   {all: [c, …]}  every one holds      {any: [c, …]}  at least one holds      {not: c}
//   leaf: {field, op, value?, days?}, e.g. {field: "language", op: "in", value: ["fr"]}
// See tag-fields.ts for fields and operators; README "Tag rules" for the reference.

export type Scalar = string | number | boolean;

export interface LeafCondition {
  field: FieldName;
  op: Op;
  value?: Scalar | Scalar[];
  /** look-back window in days for windowed fields (sentiment, messages, holidays ahead) */
  days?: number;
}

export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | LeafCondition;

const MAX_DEPTH = 6;
const MAX_NODES = 60;
const MAX_LIST = 200;
const MAX_TEXT = 100;

export const isLeaf = (c: Condition): c is LeafCondition => "field" in c;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Validates and normalises a condition; a problem throws VALIDATION_FAILED naming the path (condition.all.1.op). */
export function parseCondition(input: unknown, path = "condition"): Condition {
  let nodes = 0;
  const walk = (v: unknown, at: string, depth: number): Condition => {
    if (++nodes > MAX_NODES) throw invalid(at, `a condition has at most ${MAX_NODES} parts`);
    if (depth > MAX_DEPTH) throw invalid(at, `conditions nest at most ${MAX_DEPTH} levels deep`);
    if (!isPlainObject(v)) throw invalid(at, 'must be an object: {all:[…]}, {any:[…]}, {not:…} or {field, op, value}');
    const keys = Object.keys(v);
    for (const group of ["all", "any"] as const) {
      if (group in v) {
        if (keys.length !== 1) throw invalid(at, `{${group}: […]} takes no other keys (found ${keys.filter((k) => k !== group).join(", ")})`);
        const list = v[group];
        if (!Array.isArray(list) || list.length === 0) throw invalid(`${at}.${group}`, "must be a non-empty array of conditions");
        const children = list.map((c, i) => walk(c, `${at}.${group}.${i}`, depth + 1));
        return group === "all" ? { all: children } : { any: children };
      }
    }
    if ("not" in v) {
      if (keys.length !== 1) throw invalid(at, "{not: …} takes no other keys");
      return { not: walk(v.not, `${at}.not`, depth + 1) };
    }
    return parseLeaf(v, at);
  };
  return walk(input, path, 1);
}

function parseLeaf(v: Record<string, unknown>, at: string): LeafCondition {
  const unknownKey = Object.keys(v).find((k) => !["field", "op", "value", "days"].includes(k));
  if (unknownKey) throw invalid(`${at}.${unknownKey}`, "is not a key of a condition (field, op, value, days; or all, any, not)");
  if (!isFieldName(v.field)) throw invalid(`${at}.field`, `must be one of ${FIELD_NAMES.join(", ")}`);
  const field = v.field;
  const spec = fieldSpec(field);
  const ops = OPS_BY_TYPE[spec.type];
  if (typeof v.op !== "string" || !(ops as readonly string[]).includes(v.op)) {
    throw invalid(`${at}.op`, `${field} takes ${ops.join(", ")}`);
  }
  const op = v.op as Op;
  const leaf: LeafCondition = { field, op };
  if (v.days !== undefined) {
    if (!spec.windowDays) throw invalid(`${at}.days`, `${field} has no time window`);
    if (typeof v.days !== "number" || !Number.isInteger(v.days) || v.days < 1 || v.days > (spec.maxWindowDays ?? 3650)) {
      throw invalid(`${at}.days`, `must be a whole number of days from 1 to ${spec.maxWindowDays ?? 3650}`);
    }
    leaf.days = v.days;
  }
  const value = v.value;
  const where = `${at}.value`;
  const text = (s: unknown, w: string) => {
    if (typeof s !== "string" || !s.trim() || s.length > MAX_TEXT) throw invalid(w, `must be a non-empty text of at most ${MAX_TEXT} characters`);
    return spec.normalise ? spec.normalise(s) : s.trim();
  };
  const num = (n: unknown, w: string) => {
    if (typeof n !== "number" || !Number.isFinite(n)) throw invalid(w, "must be a number");
    return n;
  };
  switch (op) {
    case "exists":
    case "notExists":
      if (value !== undefined) throw invalid(where, `${op} takes no value`);
      break;
    case "in":
    case "notIn":
      if (!Array.isArray(value) || value.length === 0 || value.length > MAX_LIST) throw invalid(where, `${op} takes a list of 1 to ${MAX_LIST} values`);
      leaf.value = [...new Set(value.map((x, i) => text(x, `${where}.${i}`)))];
      break;
    case "contains":
      leaf.value = Array.isArray(value) ? value.map((x, i) => text(x, `${where}.${i}`)) : [text(value, where)];
      if (leaf.value.length === 0 || leaf.value.length > 50) throw invalid(where, "contains takes 1 to 50 keywords");
      break;
    case "between": {
      if (!Array.isArray(value) || value.length !== 2) throw invalid(where, "between takes [min, max]");
      const [lo, hi] = [num(value[0], `${where}.0`), num(value[1], `${where}.1`)];
      if (lo > hi) throw invalid(where, "min must not be greater than max");
      leaf.value = [lo, hi];
      break;
    }
    case "gt":
    case "gte":
    case "lt":
    case "lte":
      leaf.value = num(value, where);
      break;
    case "eq":
    case "neq":
      if (spec.type === "boolean") {
        if (typeof value !== "boolean") throw invalid(where, "must be true or false");
        leaf.value = value;
      } else if (spec.type === "number") leaf.value = num(value, where);
      else leaf.value = text(value, where);
      break;
  }
  return leaf;
}

const OP_WORDS: Record<Op, string> = {
  eq: "=", neq: "≠", in: "in", notIn: "not in", gt: ">", gte: "≥", lt: "<", lte: "≤", between: "between", exists: "is known", notExists: "is unknown", contains: "contains",
};

/** A short human reading of a condition, e.g. `language in fr and orders.count ≥ 3`. */
export function describeCondition(c: Condition): string {
  if ("all" in c) return c.all.map((x) => (isLeaf(x) || "not" in x ? describeCondition(x) : `(${describeCondition(x)})`)).join(" and ");
  if ("any" in c) return c.any.map((x) => (isLeaf(x) || "not" in x ? describeCondition(x) : `(${describeCondition(x)})`)).join(" or ");
  if ("not" in c) return `not (${describeCondition(c.not)})`;
  const value = c.value === undefined ? "" : ` ${Array.isArray(c.value) ? c.value.join(c.op === "between" ? "–" : ", ") : String(c.value)}`;
  return `${c.field}${c.days ? ` (${c.days} days)` : ""} ${OP_WORDS[c.op]}${value}`;
}

/** Every leaf of a condition. */
export function leavesOf(c: Condition): LeafCondition[] {
  if ("all" in c) return c.all.flatMap(leavesOf);
  if ("any" in c) return c.any.flatMap(leavesOf);
  if ("not" in c) return leavesOf(c.not);
  return [c];
}

/** Leaves that must hold for the whole condition to hold (reached through `all` only): they filter template values. */
export function requiredLeaves(c: Condition): LeafCondition[] {
  if ("all" in c) return c.all.flatMap(requiredLeaves);
  if (isLeaf(c)) return [c];
  return [];
}

// ---- Tag templates: "lang:{language}", "holiday soon: {calendar.holiday}", "VIP" ----

const PLACEHOLDER = /\{([a-zA-Z.]+)\}/g;

export interface TagTemplate {
  text: string;
  /** the one list field whose values each make a tag, if any */
  expand: FieldName | null;
  placeholders: FieldName[];
}

export function parseTemplate(input: string, path = "tag"): TagTemplate {
  const text = input.trim().replace(/\s+/g, " ");
  if (!text) throw invalid(path, "must not be empty");
  if (text.length > 100) throw invalid(path, "at most 100 characters");
  const placeholders: FieldName[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1]!;
    if (!isFieldName(name)) throw invalid(path, `{${name}} is not a field; use one of ${FIELD_NAMES.filter((f) => fieldSpec(f).type !== "text").join(", ")}`);
    if (fieldSpec(name).type === "text") throw invalid(path, `{${name}} cannot be shown in a tag`);
    placeholders.push(name);
  }
  if (/[{}]/.test(text.replace(PLACEHOLDER, ""))) throw invalid(path, "braces only around a field name, e.g. lang:{language}");
  const lists = [...new Set(placeholders.filter((p) => fieldSpec(p).type === "strings"))];
  if (lists.length > 1) throw invalid(path, `at most one list field per tag (found ${lists.join(", ")})`);
  return { text, expand: lists[0] ?? null, placeholders };
}
