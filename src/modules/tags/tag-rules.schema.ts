import { z } from "zod";
import { type FieldType, OPS } from "./tag-fields.js";

const conditionDoc = z.unknown().meta({
  description:
    "JSON AST: {all:[…]}, {any:[…]}, {not:…} or a leaf {field, op, value?, days?}; fields and operators: GET /api/v1/tag-rules/fields",
  examples: [{ all: [{ field: "language", op: "in", value: ["fr"] }, { field: "orders.count", op: "gte", value: 3 }] }],
});

const tagTemplate = z
  .string()
  .max(200)
  .meta({ description: "Tag name; {field} inserts a value, and one list field ({language}, {region}, {calendar.holiday}, …) makes one tag per value", examples: ["lang:{language}", "VIP"] });

export const tagRuleSchema = z.object({
  id: z.uuid(),
  key: z.string().nullable().meta({ description: "Stable key of a built-in rule" }),
  name: z.string(),
  description: z.string().nullable(),
  kind: z.enum(["builtin", "custom"]),
  enabled: z.boolean(),
  condition: conditionDoc,
  tag: z.string(),
  matchCount: z.number().int().meta({ description: "Customers carrying a tag of this rule (as last evaluated)" }),
  textIsDefault: z.boolean().meta({ description: "A built-in rule whose name and description are as shipped (the UI may show them translated)" }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TagRuleDto = z.infer<typeof tagRuleSchema>;

const name = z.string().trim().min(1, "must not be empty").max(100);
const description = z.string().trim().max(1000).nullable();

export const createTagRuleBody = z.strictObject({
  name,
  description: description.optional(),
  enabled: z.boolean().optional(),
  condition: conditionDoc,
  tag: tagTemplate,
});
export type CreateTagRuleInput = z.infer<typeof createTagRuleBody>;

export const updateTagRuleBody = z.strictObject({
  name: name.optional(),
  description: description.optional(),
  enabled: z.boolean().optional(),
  condition: conditionDoc.optional(),
  tag: tagTemplate.optional(),
});
export type UpdateTagRuleInput = z.infer<typeof updateTagRuleBody>;

export const previewBody = z.strictObject({
  condition: conditionDoc.optional(),
  tag: tagTemplate.optional().meta({ description: "Template to preview with the condition (default: the condition's description)" }),
  ruleId: z.uuid().optional().meta({ description: "Preview a stored rule instead of a condition" }),
});
export type PreviewInput = z.infer<typeof previewBody>;

export const previewSchema = z.object({
  matches: z.number().int().meta({ description: "Customers the rule tags now" }),
  total: z.number().int().meta({ description: "Customers evaluated (all of them)" }),
  sample: z.array(z.object({ customerId: z.uuid(), name: z.string(), tags: z.array(z.object({ name: z.string(), reason: z.string() })) })),
});

export const evaluationRunSchema = z.object({
  id: z.uuid(),
  trigger: z.enum(["manual", "rule-change", "nightly", "demo"]),
  status: z.enum(["queued", "running", "completed", "failed"]),
  total: z.number().int(),
  processed: z.number().int(),
  changed: z.number().int().meta({ description: "Customers whose tags changed" }),
  error: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type EvaluationRunDto = z.infer<typeof evaluationRunSchema>;

const fieldTypes = ["string", "strings", "number", "boolean", "text"] as const satisfies readonly FieldType[];
export const fieldsSchema = z.object({
  fields: z.array(
    z.object({
      name: z.string(),
      type: z.enum(fieldTypes),
      description: z.string(),
      ops: z.array(z.enum(OPS)),
      windowDays: z.number().int().nullable().meta({ description: "Default look-back (or look-ahead for holidays) in days; null: no window" }),
      maxWindowDays: z.number().int().nullable(),
      values: z.array(z.string()).nullable().meta({ description: "Known values, when the set is closed" }),
    }),
  ),
  regionGroups: z.array(z.object({ key: z.string(), name: z.string(), countries: z.array(z.string()) })),
});
