import { z } from "zod";
import { languageTag } from "../../shared/validators.js";

export const faqBotSettingsSchema = z.object({
  enabled: z.object({ chat: z.boolean(), email: z.boolean() }).meta({ description: "Channels the bot answers on" }),
  minConfidence: z.number().meta({ description: "Knowledge-base confidence (0..1) an answer needs; below it the bot stays quiet" }),
  updatedAt: z.string(),
});
export type FaqBotSettings = z.infer<typeof faqBotSettingsSchema>;

export const updateFaqBotSettingsBody = z.strictObject({
  enabled: z.strictObject({ chat: z.boolean().optional(), email: z.boolean().optional() }).optional(),
  minConfidence: z.number().min(0).max(1).optional(),
});

export const DECISIONS = ["answered", "handoff", "no_answer", "skipped"] as const;

export const faqBotDecisionSchema = z.object({
  id: z.uuid(),
  messageId: z.uuid(),
  conversationId: z.uuid(),
  customer: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  channel: z.string(),
  language: z.string(),
  query: z.string().meta({ description: "The customer's message as analysed (quotes and signatures stripped)" }),
  translation: z.object({ text: z.string(), to: z.string() }).nullable(),
  state: z.enum(["pending", "done", "failed"]),
  decision: z.enum(DECISIONS).nullable().meta({
    description: "answered: replied from the knowledge base; handoff: the customer asked for a person (reply + ticket); no_answer: no confident answer, left for an agent; skipped: the bot stayed quiet (see reason)",
  }),
  reason: z.string().nullable(),
  confidence: z.number().nullable(),
  kbFamilyId: z.string().nullable(),
  kbVersionId: z.string().nullable(),
  machineTranslated: z.boolean(),
  replyLanguage: z.string().nullable(),
  replyMessageId: z.uuid().nullable(),
  ticketId: z.uuid().nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type FaqBotDecisionDto = z.infer<typeof faqBotDecisionSchema>;

export const decisionListQuery = z.object({
  decision: z.enum([...DECISIONS, "pending"]).optional(),
  channel: z.string().trim().max(40).optional(),
  language: languageTag.optional(),
  conversationId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
