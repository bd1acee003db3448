import { request } from "./http";
import type { Page } from "./types";

export type FieldType = "string" | "strings" | "number" | "boolean" | "text";
export type Op = "eq" | "neq" | "in" | "notIn" | "gt" | "gte" | "lt" | "lte" | "between" | "exists" | "notExists" | "contains";
export type Scalar = string | number | boolean;

export interface LeafCondition {
  field: string;
  op: Op;
  value?: Scalar | Scalar[];
  days?: number;
}
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | LeafCondition;

export interface TagRule {
  id: string;
  key: string | null;
  name: string;
  description: string | null;
  kind: "builtin" | "custom";
  enabled: boolean;
  condition: Condition;
  tag: string;
  matchCount: number;
  /** a built-in rule still named and described as shipped: the UI shows its translated text */
  textIsDefault: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface TagRuleInput {
  name: string;
  description: string | null;
  enabled: boolean;
  condition: Condition;
  tag: string;
}

export interface FieldInfo {
  name: string;
  type: FieldType;
  description: string;
  ops: Op[];
  windowDays: number | null;
  maxWindowDays: number | null;
  values: string[] | null;
}

export interface FieldCatalogue {
  fields: FieldInfo[];
  regionGroups: Array<{ key: string; name: string; countries: string[] }>;
}

export interface Preview {
  matches: number;
  total: number;
  sample: Array<{ customerId: string; name: string; tags: Array<{ name: string; reason: string }> }>;
}

export interface EvaluationRun {
  id: string;
  trigger: "manual" | "rule-change" | "nightly" | "demo";
  status: "queued" | "running" | "completed" | "failed";
  total: number;
  processed: number;
  changed: number;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

const path = (id: string) => `/tag-rules/${encodeURIComponent(id)}`;

export const listTagRules = (signal?: AbortSignal) => request<Page<TagRule>>("GET", "/tag-rules", { signal });
export const getFieldCatalogue = (signal?: AbortSignal) => request<FieldCatalogue>("GET", "/tag-rules/fields", { signal });
export const createTagRule = (input: TagRuleInput) => request<TagRule>("POST", "/tag-rules", { body: input });
export const updateTagRule = (id: string, patch: Partial<TagRuleInput>) => request<TagRule>("PATCH", path(id), { body: patch });
export const deleteTagRule = (id: string) => request<void>("DELETE", path(id));
export const previewTagRule = (body: { condition: Condition; tag?: string }, signal?: AbortSignal) =>
  request<Preview>("POST", "/tag-rules/preview", { body, signal });
export const startEvaluation = () => request<EvaluationRun>("POST", "/tag-rules/evaluate");
export const getEvaluation = (id: string, signal?: AbortSignal) => request<EvaluationRun>("GET", `/tag-rules/evaluations/${encodeURIComponent(id)}`, { signal });
export const latestEvaluations = (signal?: AbortSignal) => request<Page<EvaluationRun>>("GET", "/tag-rules/evaluations", { query: { limit: 1 }, signal });
export const isRunActive = (r: EvaluationRun) => r.status === "queued" || r.status === "running";
