import { z } from "zod";
import { languageTag } from "../../shared/validators.js";

export const ALERT_KINDS = ["negative-message", "negative-streak"] as const;

const page = {
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

export const alertSchema = z.object({
  id: z.uuid(),
  kind: z.string().meta({ description: "negative-message | negative-streak" }),
  ruleId: z.uuid().nullable(),
  ruleName: z.string().nullable(),
  customerId: z.uuid().nullable(),
  customer: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  messageId: z.uuid().nullable(),
  conversationId: z.uuid().nullable(),
  language: z.string().nullable(),
  reason: z.string(),
  message: z
    .object({
      original: z.string(),
      translation: z.object({ text: z.string(), to: z.string() }).nullable(),
      sentiment: z.object({ label: z.string(), score: z.number() }),
    })
    .nullable(),
  createdAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type AlertDto = z.infer<typeof alertSchema>;

export const alertListQuery = z.object({
  acknowledged: z.enum(["true", "false"]).optional(),
  kind: z.enum(ALERT_KINDS).optional(),
  language: z.string().trim().min(2).max(35).optional().meta({ description: "Language (primary subtag matches its regional variants)" }),
  customerId: z.uuid().optional(),
  ...page,
});
export type AlertListQuery = z.infer<typeof alertListQuery>;

export const threshold = z
  .number()
  .min(-1)
  .max(-0.05)
  .meta({ description: "A message counts when labelled negative with a sentiment score at or below this (−1…−0.05; default −0.5)" });

export const alertRuleSchema = z.object({
  id: z.uuid(),
  key: z.string().nullable(),
  kind: z.enum(ALERT_KINDS),
  name: z.string(),
  enabled: z.boolean(),
  threshold: z.number(),
  language: z.string().nullable(),
  tag: z.string().nullable(),
  minCount: z.number().int().nullable(),
  windowDays: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AlertRuleDto = z.infer<typeof alertRuleSchema>;

const ruleName = z.string().trim().min(1).max(120);
export const createAlertRuleBody = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("negative-message"),
    name: ruleName.optional(),
    language: languageTag.nullable().optional().meta({ description: "Only messages in this language (omit for any language)" }),
    threshold: threshold.optional(),
    enabled: z.boolean().optional(),
  }),
  z.strictObject({
    kind: z.literal("negative-streak"),
    name: ruleName.optional(),
    tag: z.string().trim().min(1).max(60).meta({ description: "Only customers with this tag, e.g. high value" }),
    minCount: z.number().int().min(1).max(100),
    windowDays: z.number().int().min(1).max(365),
    threshold: threshold.optional(),
    enabled: z.boolean().optional(),
  }),
]);
export type CreateAlertRuleInput = z.infer<typeof createAlertRuleBody>;

export const updateAlertRuleBody = z.strictObject({
  name: ruleName.optional(),
  enabled: z.boolean().optional(),
  threshold: threshold.optional(),
  language: languageTag.nullable().optional(),
  tag: z.string().trim().min(1).max(60).optional(),
  minCount: z.number().int().min(1).max(100).optional(),
  windowDays: z.number().int().min(1).max(365).optional(),
});
export type UpdateAlertRuleInput = z.infer<typeof updateAlertRuleBody>;

export const alertSettingsSchema = z.object({
  emailRecipients: z.array(z.string()),
  publicUrl: z.string().nullable().meta({ description: "The workspace's public address (set with PATCH /api/v1/settings), used in links" }),
  mailerConfigured: z.boolean().meta({ description: "false: no SMTP relay, alert emails are recorded as skipped" }),
  updatedAt: z.string(),
});

const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((u) => {
    try {
      const url = new URL(u);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "must be an http:// or https:// URL");

export const updateAlertSettingsBody = z.strictObject({
  emailRecipients: z.array(z.email({ error: "must be an email address" }).trim().max(254)).max(50).optional(),
});
export type UpdateAlertSettingsInput = z.infer<typeof updateAlertSettingsBody>;

export const webhookSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  description: z.string().nullable(),
  enabled: z.boolean(),
  secretHint: z.string().meta({ description: "The secret's last 4 characters" }),
  createdAt: z.string(),
  lastDelivery: z.object({ status: z.string(), at: z.string(), responseCode: z.number().nullable() }).nullable(),
});
export type WebhookDto = z.infer<typeof webhookSchema>;

export const createWebhookBody = z.strictObject({
  url: httpUrl,
  secret: z.string().min(16).max(200).optional().meta({ description: "Signing secret (≥ 16 characters); generated when omitted" }),
  description: z.string().trim().max(200).nullable().optional(),
});
export const updateWebhookBody = z.strictObject({
  enabled: z.boolean().optional(),
  description: z.string().trim().max(200).nullable().optional(),
});

export const createdWebhookSchema = webhookSchema.extend({
  secret: z.string().meta({ description: "Shown once: store it to verify X-Mundo-Signature" }),
});

export const deliverySchema = z.object({
  id: z.uuid(),
  alertId: z.uuid(),
  channel: z.enum(["webhook", "email"]),
  webhookId: z.uuid().nullable(),
  target: z.string(),
  status: z.enum(["pending", "retrying", "delivered", "failed", "skipped"]),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  responseCode: z.number().int().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DeliveryDto = z.infer<typeof deliverySchema>;

export const deliveryListQuery = z.object({
  webhookId: z.uuid().optional(),
  alertId: z.uuid().optional(),
  channel: z.enum(["webhook", "email"]).optional(),
  status: z.enum(["pending", "retrying", "delivered", "failed", "skipped"]).optional(),
  ...page,
});
export type DeliveryListQuery = z.infer<typeof deliveryListQuery>;

export const webhookTestResult = z.object({
  ok: z.boolean(),
  responseCode: z.number().int().nullable(),
  error: z.string().nullable(),
});
