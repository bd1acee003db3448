import { z } from "zod";
import type { Router } from "../../http/route.js";
import { AppError } from "../../shared/app-error.js";
import { detectBody, detectionSchema, enginesSchema, sentimentBody, sentimentSchema, translateBody, translationSchema } from "./language.schema.js";
import type { LanguageService } from "./language.service.js";

export function registerLanguageRoutes(router: Router, language: LanguageService): void {
  const tag = "language";
  router.route({
    method: "POST",
    url: "/api/v1/language/detect",
    tag,
    summary: "Identify the language of a text ({text}) or of a batch ({texts}); 176 languages",
    access: "agent",
    body: detectBody,
    response: z.union([detectionSchema, z.object({ results: z.array(detectionSchema) })]),
    async handler({ body }) {
      const results = await language.detect(body.texts ?? [body.text!]);
      return body.texts ? { results } : results[0];
    },
  });
  router.route({
    method: "POST",
    url: "/api/v1/language/translate",
    tag,
    summary: "Translate through memory, glossary and engines (with pivots); 422 when no engine serves the pair",
    access: "agent",
    body: translateBody,
    response: z.object({ translations: z.array(translationSchema) }),
    async handler({ body }) {
      const translations = await language.translate({ texts: body.texts ?? [body.text!], to: body.to, from: body.from, format: body.format });
      const only = translations[0];
      if (!body.texts && only && "error" in only) throw new AppError("TRANSLATION_UNAVAILABLE", only.error.message);
      return { translations };
    },
  });
  router.route({
    method: "POST",
    url: "/api/v1/language/sentiment",
    tag,
    summary: "Sentiment by lexicon, or through a pivot translation; 'unknown' when neither applies",
    access: "agent",
    body: sentimentBody,
    response: sentimentSchema,
    handler: ({ body }) => language.sentiment(body.text, body.language),
  });
  router.route({
    method: "GET",
    url: "/api/v1/language/engines",
    tag,
    summary: "Translation engines, their health and the pairs they serve (direct and through pivots)",
    access: "agent",
    response: enginesSchema,
    handler: () => language.engines(),
  });
}
