import type { Condition, FieldInfo, LeafCondition, Op } from "../../../api/tag-rules.api";

// The structured editor edits a flat list of rows joined by "all" or "any"; deeper conditions are edited as JSON.

export interface ConditionRow {
  key: number;
  field: string;
  op: Op;
  value: string;
  /** upper bound of "between" */
  value2: string;
  days: string;
}

export interface RowsModel {
  mode: "all" | "any";
  rows: ConditionRow[];
}

let nextKey = 1;
export const newKey = () => nextKey++;

const LIST_OPS = new Set<Op>(["in", "notIn", "contains"]);
const NO_VALUE = new Set<Op>(["exists", "notExists"]);
export const needsValue = (op: Op) => !NO_VALUE.has(op);
export const isListOp = (op: Op) => LIST_OPS.has(op);

const isLeaf = (c: Condition): c is LeafCondition => "field" in c;

function rowOf(leaf: LeafCondition): ConditionRow {
  const v = leaf.value;
  return {
    key: newKey(),
    field: leaf.field,
    op: leaf.op,
    value: Array.isArray(v) ? (leaf.op === "between" ? String(v[0] ?? "") : v.join(", ")) : v === undefined ? "" : String(v),
    value2: leaf.op === "between" && Array.isArray(v) ? String(v[1] ?? "") : "",
    days: leaf.days === undefined ? "" : String(leaf.days),
  };
}

/** The rows of a flat condition, or null when it nests groups or uses `not` (JSON only). */
export function toRows(c: Condition): RowsModel | null {
  if (isLeaf(c)) return { mode: "all", rows: [rowOf(c)] };
  if ("not" in c) return null;
  const list = "all" in c ? c.all : c.any;
  if (!list.every(isLeaf)) return null;
  return { mode: "all" in c ? "all" : "any", rows: (list as LeafCondition[]).map(rowOf) };
}

// Numbers the user typed stay text when they don't parse, so the server names the problem.
const num = (s: string): number | string => (s.trim() !== "" && Number.isFinite(Number(s)) ? Number(s) : s);

export function leafOf(row: ConditionRow, field: FieldInfo | undefined): LeafCondition {
  const leaf: LeafCondition = { field: row.field, op: row.op };
  if (row.days.trim() !== "" && field?.windowDays) leaf.days = num(row.days) as number;
  if (!needsValue(row.op)) return leaf;
  if (isListOp(row.op)) leaf.value = row.value.split(",").map((s) => s.trim()).filter(Boolean);
  else if (row.op === "between") leaf.value = [num(row.value) as number, num(row.value2) as number];
  else if (field?.type === "boolean") leaf.value = row.value === "true";
  else if (field?.type === "number") leaf.value = num(row.value);
  else leaf.value = row.value.trim();
  return leaf;
}

export function fromRows(model: RowsModel, fields: ReadonlyMap<string, FieldInfo>): Condition {
  const leaves = model.rows.map((r) => leafOf(r, fields.get(r.field)));
  if (leaves.length === 1) return leaves[0]!;
  return model.mode === "all" ? { all: leaves } : { any: leaves };
}

/** A fresh row for a field: its first operator, an empty value, its default window. */
export function rowFor(field: FieldInfo, key = newKey()): ConditionRow {
  const op: Op = field.type === "number" ? "gte" : field.type === "boolean" ? "eq" : field.ops[0]!;
  return { key, field: field.name, op, value: field.type === "boolean" ? "true" : "", value2: "", days: field.windowDays ? String(field.windowDays) : "" };
}
