import { z } from "zod";
import { listQuery } from "../../shared/validators.js";

export const MAX_IMPORT_REVIEWS = 5000;

const writtenAt = z
  .string()
  .trim()
  .refine((s) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s)), "must be an ISO 8601 date or date-time, e.g. 2026-03-01 or 2026-03-01T10:00:00Z")
  .meta({ description: "When the customer wrote it (ISO 8601); defaults to now" });

/** One review as imported (JSON) or read from a CSV row / webhook. */
export const reviewInput = z.strictObject({
  externalId: z.string().trim().min(1).max(200).optional().meta({ description: "The source's id; (source, externalId) makes imports idempotent" }),
  source: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9._-]{0,39}$/, "must be 1–40 letters, digits, dots, dashes or underscores, e.g. google, amazon, app-store")
    .meta({ examples: ["google", "amazon", "app-store", "website"] }),
  rating: z.number().int().min(1).max(5).nullable().optional(),
  text: z.string().trim().min(1).max(20_000),
  author: z.string().trim().max(200).nullable().optional(),
  customerEmail: z.email().max(320).nullable().optional(),
  createdAt: writtenAt.nullable().optional(),
  productId: z.string().trim().max(200).nullable().optional(),
});
export type ReviewInput = z.infer<typeof reviewInput>;

export const importBody = z
  .strictObject({
    reviews: z.array(z.unknown()).max(MAX_IMPORT_REVIEWS).optional().meta({ description: "Review objects; each is validated on its own" }),
    csv: z
      .string()
      .max(1_000_000)
      .optional()
      .meta({ description: "CSV with a header row: source, text and optionally external_id, rating, author, customer_email, created_at, product_id" }),
  })
  .refine((b) => (b.reviews === undefined) !== (b.csv === undefined), { message: "send either reviews or csv", path: ["reviews"] });

export const importResult = z.object({
  received: z.number().int(),
  imported: z.number().int().meta({ description: "New reviews, queued for analysis" }),
  duplicates: z.number().int().meta({ description: "Already stored (same source and externalId, or same author, date and text)" }),
  failed: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), field: z.string().optional(), message: z.string() })),
});
export type ImportResult = z.infer<typeof importResult>;

export const reviewSchema = z.object({
  id: z.uuid(),
  source: z.string(),
  externalId: z.string().nullable(),
  rating: z.number().int().nullable(),
  text: z.string().meta({ description: "The original, as written" }),
  author: z.string().nullable(),
  customerEmail: z.string().nullable(),
  customerId: z.uuid().nullable(),
  productId: z.string().nullable(),
  writtenAt: z.string(),
  state: z.enum(["queued", "processed", "failed"]),
  stateError: z.string().nullable(),
  language: z.string().nullable(),
  translation: z.object({ text: z.string(), to: z.string(), provenance: z.record(z.string(), z.unknown()) }).nullable(),
  translationStatus: z.enum(["translated", "not-needed", "untranslated"]).nullable(),
  translationNote: z.string().nullable().meta({ description: "Why there is no translation, e.g. no engine for the pair" }),
  sentiment: z.object({ label: z.string(), score: z.number() }).nullable(),
  theme: z.object({ id: z.uuid(), label: z.string() }).nullable(),
  themeTerms: z.array(z.string()),
  clusterNote: z.string().nullable().meta({ description: "Why the review is in no theme, e.g. not clustered: no translation engine for de" }),
  createdAt: z.string(),
});
export type ReviewDto = z.infer<typeof reviewSchema>;

export const REVIEW_SORTS = ["writtenAt", "rating", "createdAt"] as const;
export const reviewListQuery = listQuery(REVIEW_SORTS).extend({
  theme: z.union([z.uuid(), z.literal("none")]).optional().meta({ description: "Theme id, or none for reviews in no theme" }),
  language: z.string().trim().min(2).max(35).optional(),
  rating: z.coerce.number().int().min(1).max(5).optional(),
  source: z.string().trim().max(40).optional(),
  sentiment: z.enum(["positive", "neutral", "negative", "unknown"]).optional(),
});
export type ReviewListQuery = z.infer<typeof reviewListQuery>;

const example = z.object({
  id: z.uuid(),
  language: z.string().nullable(),
  text: z.string(),
  translation: z.object({ text: z.string(), to: z.string() }).nullable(),
  rating: z.number().int().nullable(),
  sentiment: z.string().nullable(),
  source: z.string(),
  writtenAt: z.string(),
  terms: z.array(z.string()),
});

export const themeSchema = z.object({
  id: z.uuid(),
  key: z.string(),
  label: z.string(),
  kind: z.enum(["taxonomy", "emergent"]),
  taxonomyId: z.string().nullable(),
  keywords: z.array(z.object({ term: z.string(), weight: z.number() })),
  count: z.number().int(),
  languages: z.array(z.object({ language: z.string(), count: z.number().int() })),
  averageRating: z.number().nullable(),
  averageSentiment: z.number().nullable(),
  sentiment: z.object({ positive: z.number().int(), neutral: z.number().int(), negative: z.number().int(), unknown: z.number().int() }),
  trend: z.array(z.object({ week: z.string().meta({ description: "Monday of the week, in the workspace time zone" }), count: z.number().int() })),
  examples: z.array(example),
  updatedAt: z.string(),
});
export type ThemeDto = z.infer<typeof themeSchema>;

export const clusteringStatus = z.object({
  workingLanguage: z.string(),
  reviews: z.number().int(),
  pending: z.number().int().meta({ description: "Waiting for analysis" }),
  failed: z.number().int(),
  themed: z.number().int(),
  unthemed: z.number().int().meta({ description: "Analysed and clusterable, but similar to no theme" }),
  notClustered: z.array(z.object({ reason: z.string(), count: z.number().int() })),
  languages: z.array(z.object({ language: z.string(), count: z.number().int() })).meta({ description: "Analysed reviews per detected language" }),
  clusteredAt: z.string().nullable(),
  upToDate: z.boolean().meta({ description: "Nothing waits for analysis and themes include every analysed review" }),
});
export type ClusteringStatus = z.infer<typeof clusteringStatus>;

export const themeListResponse = z.object({ items: z.array(themeSchema), total: z.number().int(), status: clusteringStatus });

export const taxonomyEntry = z.strictObject({
  id: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "must be 1–40 lowercase letters, digits or dashes"),
  name: z.string().trim().min(1).max(80),
  keywords: z.array(z.string().trim().min(1).max(60)).min(1).max(60),
});
export const taxonomyBody = z.strictObject({
  entries: z
    .array(taxonomyEntry)
    .max(40)
    .refine((es) => new Set(es.map((e) => e.id)).size === es.length, "entry ids must be unique"),
});
export const taxonomySchema = z.object({
  language: z.string().meta({ description: "The working language the keywords are in" }),
  isDefault: z.boolean().meta({ description: "True while the built-in taxonomy is in use (never edited)" }),
  entries: z.array(taxonomyEntry),
});
export type TaxonomyDto = z.infer<typeof taxonomySchema>;

export const reclusterResult = z.object({
  themes: z.number().int(),
  themed: z.number().int(),
  unthemed: z.number().int(),
  notClustered: z.number().int(),
  requeued: z.number().int().meta({ description: "Reviews sent back for analysis (pending, failed, untranslated or analysed for another working language)" }),
});
export type ReclusterResult = z.infer<typeof reclusterResult>;
