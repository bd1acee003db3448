import { z } from "zod";
import { languageTag } from "../../shared/validators.js";

const text = z.string().max(20_000, "must be at most 20,000 characters");
const batch = z.array(text).min(1).max(100);

export const detectBody = z
  .strictObject({ text: text.optional(), texts: batch.optional() })
  .refine((b) => (b.text === undefined) !== (b.texts === undefined), { message: "send either text or texts", path: ["text"] });

const guess = z.object({ language: z.string(), confidence: z.number() });
export const detectionSchema = guess.extend({
  alternatives: z.array(guess),
  mixed: z.array(z.object({ language: z.string(), share: z.number() })).optional(),
});

export const translateBody = z
  .strictObject({
    text: text.optional(),
    texts: batch.optional(),
    to: languageTag,
    from: languageTag.optional().meta({ description: "Detected per text when absent" }),
    format: z.enum(["text", "html"]).default("text"),
  })
  .refine((b) => (b.text === undefined) !== (b.texts === undefined), { message: "send either text or texts", path: ["text"] });

export const provenanceSchema = z.object({
  engine: z.string(),
  pivot: z.string().optional(),
  tmMatch: z.enum(["exact", "fuzzy"]).optional(),
  score: z.number().nullable(),
  approved: z.boolean().optional(),
});
export const translationSchema = z.object({
  text: z.string().optional(),
  from: z.string(),
  to: z.string(),
  provenance: provenanceSchema.optional(),
  error: z.object({ code: z.literal("TRANSLATION_UNAVAILABLE"), message: z.string() }).optional(),
});

export const sentimentBody = z.strictObject({ text, language: languageTag.optional() });
export const sentimentSchema = z.object({
  label: z.enum(["negative", "neutral", "positive", "unknown"]),
  score: z.number(),
  language: z.string(),
  method: z.enum(["lexicon", "pivot", "none"]),
  reason: z.string().optional(),
});

const pair = z.object({ from: z.string(), to: z.string() });
export const enginesSchema = z.object({
  engines: z.array(
    z.object({
      id: z.string(),
      status: z.enum(["up", "down"]),
      offline: z.boolean().meta({ description: "Runs on this machine (no customer text leaves it)" }),
      error: z.string().optional(),
      pairs: z.array(pair),
    }),
  ),
  pivots: z.array(pair.extend({ via: z.string(), engines: z.array(z.string()) })),
});

export const memoryEntrySchema = z.object({
  id: z.uuid(),
  sourceLanguage: z.string(),
  targetLanguage: z.string(),
  format: z.enum(["text", "html"]),
  source: z.string(),
  target: z.string(),
  origin: z.enum(["human", "machine", "import"]),
  approved: z.boolean(),
  engine: z.string().nullable(),
  pivot: z.string().nullable(),
  hits: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const memoryListQuery = z.object({
  from: languageTag.optional(),
  to: languageTag.optional(),
  q: z.string().trim().max(200).optional(),
  origin: z.enum(["human", "machine", "import"]).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).default(0),
});
export const createMemoryBody = z.strictObject({
  sourceLanguage: languageTag,
  targetLanguage: languageTag,
  source: z.string().trim().min(1).max(20_000),
  target: z.string().trim().min(1).max(20_000),
  format: z.enum(["text", "html"]).default("text"),
});
export const updateMemoryBody = z.strictObject({ target: z.string().trim().min(1).max(20_000).optional(), approved: z.boolean().optional() });

export const glossarySchema = z.object({
  id: z.uuid(),
  term: z.string(),
  sourceLanguage: z.string().nullable(),
  kind: z.enum(["keep", "translate"]),
  translations: z.record(z.string(), z.string()),
  caseSensitive: z.boolean(),
  note: z.string().nullable(),
  updatedAt: z.string(),
});
const glossaryFields = {
  term: z.string().trim().min(1).max(200),
  sourceLanguage: languageTag.nullable().meta({ description: "null: match in every source language" }),
  kind: z.enum(["keep", "translate"]).meta({ description: "keep: never translate; translate: use the forced translations" }),
  translations: z
    .record(z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "keys must be BCP 47 language tags"), z.string().trim().min(1).max(200))
    .meta({ description: "target language → forced translation" }),
  caseSensitive: z.boolean(),
  note: z.string().max(2000).nullable(),
};
export const createGlossaryBody = z
  .strictObject({
    ...glossaryFields,
    sourceLanguage: glossaryFields.sourceLanguage.default(null),
    kind: glossaryFields.kind.default("keep"),
    translations: glossaryFields.translations.default({}),
    caseSensitive: glossaryFields.caseSensitive.default(false),
    note: glossaryFields.note.default(null),
  })
  .refine((g) => g.kind === "keep" || Object.keys(g.translations).length > 0, {
    message: "a 'translate' term needs at least one forced translation",
    path: ["translations"],
  });
export const updateGlossaryBody = z.strictObject(glossaryFields).partial();
export const tmxImportBody = z.strictObject({ tmx: z.string().min(1).max(20_000_000) });
