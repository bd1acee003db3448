import { z } from "zod";
import type { Router } from "../../http/route.js";
import { listResponse, uuidParam } from "../../shared/validators.js";
import { createGlossaryBody, glossarySchema, updateGlossaryBody } from "./language.schema.js";
import type { LanguageService } from "./language.service.js";

export function registerGlossaryRoutes(router: Router, language: LanguageService): void {
  const tag = "glossary";
  const base = "/api/v1/language/glossary";
  router.route({
    method: "GET",
    url: base,
    tag,
    summary: "List glossary terms (do-not-translate and forced translations)",
    access: "agent",
    query: z.object({
      q: z.string().trim().max(200).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(50),
      offset: z.coerce.number().int().min(0).default(0),
    }),
    response: listResponse(glossarySchema),
    handler: ({ query }) => language.listGlossary(query.limit, query.offset, query.q),
  });
  router.route({
    method: "POST",
    url: base,
    tag,
    summary: "Add a glossary term",
    access: "manager",
    body: createGlossaryBody,
    response: glossarySchema,
    status: 201,
    handler: ({ body }) => language.addGlossary(body),
  });
  router.route({
    method: "PATCH",
    url: `${base}/:id`,
    tag,
    summary: "Change a glossary term",
    access: "manager",
    params: uuidParam,
    body: updateGlossaryBody,
    response: glossarySchema,
    handler: ({ params, body }) => language.updateGlossary(params.id, body),
  });
  router.route({
    method: "DELETE",
    url: `${base}/:id`,
    tag,
    summary: "Delete a glossary term",
    access: "manager",
    params: uuidParam,
    status: 204,
    handler: ({ params }) => language.removeGlossary(params.id),
  });
}
