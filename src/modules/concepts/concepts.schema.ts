import { z } from "zod";
import { languageTag, listQuery } from "../../shared/validators.js";

const origin = z.enum(["human", "machine"]);

export const conceptTermSchema = z.object({
  text: z.string(),
  origin,
  engine: z.string().optional(),
  pivot: z.string().optional(),
});

export const termListSchema = z.object({
  language: z.string(),
  origin,
  terms: z.array(conceptTermSchema),
  updatedAt: z.string(),
});
export type TermListDto = z.infer<typeof termListSchema>;

export const conceptSchema = z.object({
  id: z.uuid(),
  key: z.string().nullable().meta({ description: "Key of a built-in concept (wholesale, refund, cancel, invoice); null for added ones" }),
  name: z.string(),
  description: z.string().nullable(),
  tag: z.string().meta({ description: "Tag applied to a customer whose message matches" }),
  language: z.string().meta({ description: "Language the concept is defined in" }),
  enabled: z.boolean(),
  termLists: z.array(termListSchema),
  matchCount: z.number().int(),
  customerCount: z.number().int(),
  lastMatchAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ConceptDto = z.infer<typeof conceptSchema>;

// One term: a word or phrase, optionally ending in "*" (any ending).
const term = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .refine((t) => !t.slice(0, -1).includes("*"), "only a trailing * is allowed (it matches any ending)")
  .refine((t) => t.replace(/\*$/, "").trim().length > 0, "must have letters before the *");
const terms = z.array(term).max(200);

export const createConceptBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  description: z.string().trim().max(500).nullable().optional(),
  tag: z.string().trim().min(1).max(60),
  language: languageTag.optional().meta({ description: "Defaults to the working language" }),
  terms: terms.min(1).meta({ description: "Example terms in the concept's language" }),
  enabled: z.boolean().optional(),
});
export type CreateConceptInput = z.infer<typeof createConceptBody>;

export const updateConceptBody = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  description: z.string().trim().max(500).nullable().optional(),
  tag: z.string().trim().min(1).max(60).optional(),
  enabled: z.boolean().optional(),
  terms: terms.min(1).optional().meta({ description: "Replaces the terms in the concept's own language" }),
});
export type UpdateConceptInput = z.infer<typeof updateConceptBody>;

export const putTermsBody = z.strictObject({
  terms: terms.meta({ description: "The language's full list, as reviewed by a person (an empty list removes it)" }),
});

export const termsParams = z.object({ id: z.uuid({ error: "must be a UUID" }), language: languageTag });

export const translateConceptBody = z.strictObject({
  languages: z.array(languageTag).min(1).max(30),
  overwrite: z.boolean().optional().meta({ description: "Replace lists a person wrote (default: keep them)" }),
});

export const translateResultSchema = z.object({
  results: z.array(
    z.object({
      language: z.string(),
      status: z.enum(["drafted", "partial", "unavailable", "kept-human", "same-language"]),
      message: z.string().optional(),
      terms: z.array(conceptTermSchema).optional(),
      failed: z.array(z.object({ term: z.string(), error: z.string() })).optional(),
    }),
  ),
  concept: conceptSchema,
});

export const CONCEPT_SORTS = ["name", "createdAt", "matchCount"] as const;
export const conceptListQuery = listQuery(CONCEPT_SORTS).extend({
  enabled: z.enum(["true", "false"]).optional(),
});
export type ConceptListQuery = z.infer<typeof conceptListQuery>;

export const matchSchema = z.object({
  id: z.uuid(),
  conceptId: z.uuid(),
  messageId: z.uuid(),
  conversationId: z.uuid().nullable(),
  customer: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  language: z.string(),
  term: z.string(),
  where: z.enum(["original", "translation"]),
  excerpt: z.string(),
  messageSentAt: z.string(),
  createdAt: z.string(),
});
export type MatchDto = z.infer<typeof matchSchema>;

export const matchListQuery = z.object({
  language: z.string().trim().max(35).optional(),
  where: z.enum(["original", "translation"]).optional(),
  customerId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type MatchListQuery = z.infer<typeof matchListQuery>;

export const rescanBody = z.strictObject({
  conceptId: z.uuid().optional().meta({ description: "Only this concept (default: every enabled concept)" }),
});
