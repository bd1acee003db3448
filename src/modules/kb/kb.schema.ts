import { z } from "zod";
import { languageTag, listQuery } from "../../shared/validators.js";

export const versionKind = z.enum(["text", "pdf"]);
export const versionOrigin = z.enum(["human", "machine"]);
export const versionStatus = z.enum(["draft", "published"]);

export const versionSummarySchema = z.object({
  id: z.uuid(),
  familyId: z.uuid(),
  language: z.string(),
  title: z.string(),
  kind: versionKind,
  origin: versionOrigin,
  status: versionStatus,
  /** The PDF for pdf versions; the public help-centre page for published text versions; else null. */
  url: z.string().nullable(),
  fileId: z.uuid().nullable(),
  /** Characters of indexed text (for a PDF: what pdf.js extracted; 0 for a scan without text). */
  chars: z.number().int(),
  provenance: z
    .object({ engine: z.string(), pivot: z.string().optional(), sourceVersionId: z.string(), sourceLanguage: z.string() })
    .nullable(),
  updatedAt: z.string(),
});
export type VersionSummaryDto = z.infer<typeof versionSummarySchema>;

export const versionSchema = versionSummarySchema.extend({
  body: z.string(),
  file: z.object({ filename: z.string(), size: z.number().int(), pages: z.number().int() }).nullable(),
  createdAt: z.string(),
});
export type VersionDto = z.infer<typeof versionSchema>;

export const familySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  slug: z.string(),
  tags: z.array(z.string()),
  /** True when at least one version is published (the help centre shows it). */
  published: z.boolean(),
  versions: z.array(versionSummarySchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type FamilyDto = z.infer<typeof familySchema>;

export const familyDetailSchema = familySchema.extend({ versions: z.array(versionSchema) });
export type FamilyDetailDto = z.infer<typeof familyDetailSchema>;

const slug = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[\p{Ll}\p{Lo}\p{N}]+(-[\p{Ll}\p{Lo}\p{N}]+)*$/u, "must be lower-case words joined by hyphens, e.g. refund-policy");
const tags = z.array(z.string().trim().min(1).max(50)).max(20);

export const createFamilyBody = z.strictObject({
  title: z.string().trim().min(1).max(200),
  slug: slug.optional(),
  tags: tags.optional(),
});
export const updateFamilyBody = z.strictObject({
  title: z.string().trim().min(1).max(200).optional(),
  slug: slug.optional(),
  tags: tags.optional(),
});
export type CreateFamilyInput = z.infer<typeof createFamilyBody>;
export type UpdateFamilyInput = z.infer<typeof updateFamilyBody>;

export const FAMILY_SORTS = ["title", "createdAt", "updatedAt"] as const;
export const familyListQuery = listQuery(FAMILY_SORTS).extend({
  language: languageTag.optional().meta({ description: "Only families with a version in this language" }),
  status: versionStatus.optional().meta({ description: "published: families with a published version; draft: families with none" }),
});
export type FamilyListQuery = z.infer<typeof familyListQuery>;

export const MAX_BODY_CHARS = 200_000;
export const createTextVersionBody = z.strictObject({
  language: languageTag,
  title: z.string().trim().min(1).max(300),
  body: z.string().trim().min(1).max(MAX_BODY_CHARS),
  status: versionStatus.optional(),
});
export type CreateTextVersionInput = z.infer<typeof createTextVersionBody>;

export const updateVersionBody = z.strictObject({
  title: z.string().trim().min(1).max(300).optional(),
  body: z.string().trim().min(1).max(MAX_BODY_CHARS).optional().meta({ description: "Text versions only" }),
  status: versionStatus.optional(),
  origin: z.literal("human").optional().meta({ description: "Mark a machine draft as reviewed by a person" }),
});
export type UpdateVersionInput = z.infer<typeof updateVersionBody>;

export const draftTranslationBody = z.strictObject({ language: languageTag });

export const familyIdParam = z.object({ id: z.uuid({ error: "must be a UUID" }) });

export const searchQuery = z.object({
  q: z.string().trim().min(1).max(200).meta({ description: "Search text in any language" }),
  language: languageTag.optional().meta({ description: "Language of the query (skips detection)" }),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const routeKind = z.enum(["direct", "literal", "engine", "tm", "dictionary", "glossary", "compound"]);
const explainTerm = z.object({
  concept: z.string().meta({ description: "Query word (in the query's language)" }),
  matched: z.string().meta({ description: "The form that matched in the version's language" }),
  how: z.enum(["full-text", "compound-part"]),
  routes: z.array(z.string()).meta({ description: "How the form was reached, e.g. 'dictionary cc-cedict zh→en, freedict-eng-deu en→de'" }),
});
export const searchItemSchema = z.object({
  familyId: z.uuid(),
  slug: z.string(),
  title: z.string(),
  tags: z.array(z.string()),
  score: z.number(),
  confidence: z.number().min(0).max(1),
  versions: z.array(versionSummarySchema.pick({ id: true, language: true, title: true, kind: true, origin: true, status: true, url: true })),
  matched: z.object({ versionId: z.uuid(), language: z.string(), kind: versionKind, title: z.string(), snippet: z.string(), highlight: z.string().nullable() }),
  explain: z.object({
    language: z.string().meta({ description: "Language of the version that matched best" }),
    route: routeKind.meta({ description: "Main route of the best match" }),
    via: z.string().meta({ description: "Readable summary, e.g. 'direct full-text in de' or 'query translated by apertium'" }),
    coverage: z.number().meta({ description: "Share of the query's words found (compound parts count 0.8)" }),
    titleMatch: z.boolean(),
    ownLanguage: z.boolean().meta({ description: "The best version is in the query's own language" }),
    routesAgreeing: z.array(z.string()).meta({ description: "Distinct expansion routes that found this family" }),
    terms: z.array(explainTerm),
  }),
});
export type SearchItemDto = z.infer<typeof searchItemSchema>;

export const searchResponse = z.object({
  query: z.object({
    text: z.string(),
    language: z.string(),
    detectedBy: z.enum(["given", "detector", "script"]),
    candidates: z.array(z.object({ language: z.string(), confidence: z.number() })),
    concepts: z.array(z.string()),
    expansions: z.array(z.object({ language: z.string(), route: z.string(), terms: z.array(z.array(z.string())) })),
  }),
  items: z.array(searchItemSchema),
});
export type SearchResponseDto = z.infer<typeof searchResponse>;
