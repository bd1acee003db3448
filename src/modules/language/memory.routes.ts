import { z } from "zod";
import type { Router } from "../../http/route.js";
import { languageTag, listResponse, uuidParam } from "../../shared/validators.js";
import { createMemoryBody, memoryEntrySchema, memoryListQuery, tmxImportBody, updateMemoryBody } from "./language.schema.js";
import type { LanguageService } from "./language.service.js";

export function registerMemoryRoutes(router: Router, language: LanguageService): void {
  const tag = "translation memory";
  const base = "/api/v1/language/memory";
  router.route({
    method: "GET",
    url: base,
    tag,
    summary: "List translation-memory entries",
    access: "agent",
    query: memoryListQuery,
    response: listResponse(memoryEntrySchema),
    handler: ({ query }) => language.listMemory(query),
  });
  router.route({
    method: "POST",
    url: base,
    tag,
    summary: "Add a human-approved translation (it wins over machine output for the same source)",
    access: "agent",
    body: createMemoryBody,
    response: memoryEntrySchema,
    status: 201,
    handler: ({ body, user }) =>
      language.addMemory({ from: body.sourceLanguage, to: body.targetLanguage, format: body.format, source: body.source, target: body.target, createdBy: user.id }),
  });
  router.route({
    method: "PATCH",
    url: `${base}/:id`,
    tag,
    summary: "Correct or approve an entry",
    access: "agent",
    params: uuidParam,
    body: updateMemoryBody,
    response: memoryEntrySchema,
    handler: ({ params, body }) => language.updateMemory(params.id, body),
  });
  router.route({
    method: "DELETE",
    url: `${base}/:id`,
    tag,
    summary: "Delete an entry",
    access: "manager",
    params: uuidParam,
    status: 204,
    handler: ({ params }) => language.removeMemory(params.id),
  });
  router.route({
    method: "GET",
    url: `${base}/export`,
    tag,
    summary: "Export the memory as TMX 1.4 (optionally one language pair)",
    access: "agent",
    query: z.object({ from: languageTag.optional(), to: languageTag.optional() }),
    async handler({ query, reply }) {
      reply.type("application/x-tmx+xml; charset=utf-8").header("content-disposition", 'attachment; filename="mundo-memory.tmx"');
      return language.exportMemory(query.from, query.to);
    },
  });
  router.route({
    method: "POST",
    url: `${base}/import`,
    tag,
    summary: "Import a TMX file (its text in {tmx}); entries count as human-approved",
    access: "manager",
    body: tmxImportBody,
    response: z.object({ imported: z.number().int() }),
    handler: ({ body, user }) => language.importMemory(body.tmx, user.id),
  });
}
