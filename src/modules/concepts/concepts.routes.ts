import { z } from "zod";
import type { Router } from "../../http/route.js";
import { listResponse, uuidParam } from "../../shared/validators.js";
import {
  conceptListQuery,
  conceptSchema,
  createConceptBody,
  matchListQuery,
  matchSchema,
  putTermsBody,
  rescanBody,
  termsParams,
  translateConceptBody,
  translateResultSchema,
  updateConceptBody,
} from "./concepts.schema.js";
import type { ConceptsService } from "./concepts.service.js";

export const RESCAN_JOB = "concepts.rescan";

export function registerConceptRoutes(router: Router, concepts: ConceptsService, queueRescan: (conceptId?: string) => Promise<string | null>): void {
  const tag = "concepts";
  router.route({
    method: "GET",
    url: "/api/v1/concepts",
    tag,
    summary: "List keyword concepts with their per-language term lists and match counts",
    access: "agent",
    query: conceptListQuery,
    response: listResponse(conceptSchema),
    handler: ({ query }) => concepts.list(query),
  });
  router.route({
    method: "POST",
    url: "/api/v1/concepts",
    tag,
    summary: "Add a concept: example terms in one language (default: the working language) and the tag a match applies",
    access: "manager",
    body: createConceptBody,
    response: conceptSchema,
    status: 201,
    handler: ({ body, user }) => concepts.create(body, user.id),
  });
  router.route({
    method: "POST",
    url: "/api/v1/concepts/rescan",
    tag,
    summary: "Match stored inbound messages again (all enabled concepts, or one), as a background job",
    access: "manager",
    body: rescanBody,
    response: z.object({ queued: z.boolean(), jobId: z.string().nullable() }),
    status: 202,
    handler: async ({ body }) => {
      if (body.conceptId) await concepts.get(body.conceptId);
      const jobId = await queueRescan(body.conceptId);
      // null: the same rescan is already waiting to run.
      return { queued: true, jobId };
    },
  });
  router.route({
    method: "GET",
    url: "/api/v1/concepts/:id",
    tag,
    summary: "Get a concept",
    access: "agent",
    params: uuidParam,
    response: conceptSchema,
    handler: ({ params }) => concepts.get(params.id),
  });
  router.route({
    method: "PATCH",
    url: "/api/v1/concepts/:id",
    tag,
    summary: "Rename, retag, enable/disable a concept or replace its own-language terms (tags on customers follow)",
    access: "manager",
    params: uuidParam,
    body: updateConceptBody,
    response: conceptSchema,
    handler: ({ params, body, user }) => concepts.update(params.id, body, user.id),
  });
  router.route({
    method: "DELETE",
    url: "/api/v1/concepts/:id",
    tag,
    summary: "Delete an added concept with its matches and tags (built-in ones can only be disabled)",
    access: "manager",
    params: uuidParam,
    status: 204,
    handler: ({ params }) => concepts.remove(params.id),
  });
  router.route({
    method: "PUT",
    url: "/api/v1/concepts/:id/terms/:language",
    tag,
    summary: "Replace one language's term list, marked as written by a person (empty: remove the list)",
    access: "manager",
    params: termsParams,
    body: putTermsBody,
    response: conceptSchema,
    handler: ({ params, body, user }) => concepts.putTerms(params.id, params.language, body.terms, user.id),
  });
  router.route({
    method: "POST",
    url: "/api/v1/concepts/:id/translate",
    tag,
    summary: "Draft term lists for languages by machine translation; languages no engine serves are reported unavailable",
    access: "manager",
    params: uuidParam,
    body: translateConceptBody,
    response: translateResultSchema,
    handler: ({ params, body, user }) => concepts.translate(params.id, body.languages, body.overwrite ?? false, user.id),
  });
  router.route({
    method: "GET",
    url: "/api/v1/concepts/:id/matches",
    tag,
    summary: "Which term matched in which language, with the message, conversation and customer (newest first)",
    access: "agent",
    params: uuidParam,
    query: matchListQuery,
    response: listResponse(matchSchema),
    handler: ({ params, query }) => concepts.matches(params.id, query),
  });
}
