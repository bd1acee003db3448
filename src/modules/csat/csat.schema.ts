import { z } from "zod";
import { languageTag } from "../../shared/validators.js";

export const surveySettingsSchema = z.object({
  enabled: z.boolean().meta({ description: "Send a survey when a ticket is resolved" }),
  expiresDays: z.number().int().meta({ description: "Days a survey link can be answered" }),
  updatedAt: z.string(),
});
export type SurveySettings = z.infer<typeof surveySettingsSchema>;

export const updateSurveySettingsBody = z.strictObject({
  enabled: z.boolean().optional(),
  expiresDays: z.number().int().min(1).max(365).optional(),
});

const delivery = z.enum(["pending", "sent", "skipped", "failed"]);

export const surveyResponseSchema = z.object({
  id: z.uuid(),
  surveyId: z.uuid(),
  ticketId: z.uuid(),
  customerId: z.uuid().nullable(),
  teamId: z.uuid().nullable(),
  language: z.string(),
  csat: z.number().int().meta({ description: "1 (very dissatisfied) … 5 (very satisfied)" }),
  nps: z.number().int().nullable().meta({ description: "0 … 10, when given" }),
  comment: z.string().nullable(),
  via: z.enum(["page", "api"]),
  createdAt: z.string(),
});
export type SurveyResponseDto = z.infer<typeof surveyResponseSchema>;

export const surveySchema = z.object({
  id: z.uuid(),
  ticketId: z.uuid(),
  customer: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  conversationId: z.uuid().nullable(),
  teamId: z.uuid().nullable(),
  language: z.string().meta({ description: "The customer's language" }),
  textSource: z.enum(["written", "machine", "english"]).meta({ description: "How the survey text reached that language" }),
  textNote: z.string().nullable(),
  email: z.object({ status: delivery, note: z.string().nullable(), to: z.string().nullable() }),
  chat: z.object({ status: delivery, note: z.string().nullable(), messageId: z.uuid().nullable() }),
  url: z.string().meta({ description: "The public survey page" }),
  expiresAt: z.string(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
  response: surveyResponseSchema.nullable(),
});
export type SurveyDto = z.infer<typeof surveySchema>;

export const surveyListQuery = z.object({
  ticketId: z.uuid().optional(),
  status: z.enum(["answered", "unanswered", "expired"]).optional(),
  language: languageTag.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type SurveyListQuery = z.infer<typeof surveyListQuery>;

export const surveyTokenParam = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "is not a survey token") });

export const surveyAnswerBody = z.strictObject({
  csat: z.number().int().min(1).max(5).meta({ description: "1 (very dissatisfied) … 5 (very satisfied)" }),
  nps: z.number().int().min(0).max(10).nullable().optional().meta({ description: "How likely to recommend us, 0 … 10" }),
  comment: z.string().trim().max(2000).nullable().optional(),
});
export type SurveyAnswer = z.infer<typeof surveyAnswerBody>;
