import { z } from "zod";
import { languageTag, listQuery } from "../../shared/validators.js";

export const macroVariantSchema = z.object({
  language: z.string(),
  body: z.string(),
  origin: z.enum(["machine", "human"]),
  provenance: z.record(z.string(), z.unknown()).nullable(),
  stale: z.boolean().meta({ description: "The source text changed after this variant was written" }),
  updatedAt: z.string(),
});

export const macroSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  language: z.string().meta({ description: "The language the macro was written in" }),
  body: z.string(),
  variants: z.array(macroVariantSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MacroDto = z.infer<typeof macroSchema>;

const name = z.string().trim().min(1).max(120);
const body = z
  .string()
  .trim()
  .min(1)
  .max(10_000)
  .meta({ description: "Text; {customerName}, {agentName} and {ticketNumber} are filled in when inserted, and kept intact by translation" });
const languages = z.array(languageTag).min(1).max(30);

export const createMacroBody = z.strictObject({
  name,
  body,
  language: languageTag.optional().meta({ description: "Default: the workspace working language" }),
  translateTo: languages.optional().meta({ description: "Draft variants in these languages right away" }),
});
export const updateMacroBody = z.strictObject({ name: name.optional(), body: body.optional() });
export const variantBody = z.strictObject({ body });
export const translateMacroBody = z.strictObject({
  languages,
  overwrite: z.boolean().optional().meta({ description: "Replace variants people wrote or edited too (default: keep them)" }),
});
export const variantParams = z.object({ id: z.uuid({ error: "must be a UUID" }), language: languageTag });

export const translateResultSchema = z.object({
  macro: macroSchema,
  results: z.array(
    z.object({
      language: z.string(),
      status: z.enum(["translated", "unavailable", "kept", "source"]),
      message: z.string().nullable(),
    }),
  ),
});

export const macroListQuery = listQuery(["name", "updatedAt"] as const).extend({
  language: languageTag.optional().meta({ description: "Macros readable in this language (source or variant)" }),
});
export type MacroListQuery = z.infer<typeof macroListQuery>;
