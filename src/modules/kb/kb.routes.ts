import { z } from "zod";
import type { Authenticate, Router } from "../../http/route.js";
import { notFound } from "../../shared/app-error.js";
import { listResponse, uuidParam } from "../../shared/validators.js";
import {
  createFamilyBody,
  draftTranslationBody,
  familyDetailSchema,
  familyIdParam,
  familyListQuery,
  familySchema,
  searchQuery,
  searchResponse,
  updateFamilyBody,
  updateVersionBody,
  versionSchema,
} from "./kb.schema.js";
import type { KbService } from "./kb.service.js";
import type { KbSearch } from "./kb-search.service.js";
import { userFrom } from "./kb-request.js";

const statusResponse = z.object({
  dictionaries: z.array(
    z.object({ id: z.string(), from: z.string(), to: z.string(), source: z.string(), path: z.string().nullable(), available: z.boolean(), loaded: z.boolean(), note: z.string().optional() }),
  ),
  engines: z.array(z.object({ from: z.string(), to: z.string(), via: z.string().optional() })),
  languages: z.array(z.object({ language: z.string(), textSearch: z.string() })),
});

export interface KbRouteDeps {
  service: KbService;
  search: KbSearch;
  authenticate: Authenticate;
  status(): Promise<z.infer<typeof statusResponse>>;
}

export function registerKbRoutes(router: Router, deps: KbRouteDeps): void {
  const { service } = deps;
  const tag = "knowledge base";
  router.route({
    method: "GET",
    url: "/api/v1/kb/families",
    tag,
    summary: "List articles (families) with their language versions; q searches titles, slugs and tags",
    access: "agent",
    query: familyListQuery,
    response: listResponse(familySchema),
    handler: ({ query }) => service.listFamilies(query),
  });
  router.route({
    method: "POST",
    url: "/api/v1/kb/families",
    tag,
    summary: "Create an article family (versions are added per language)",
    access: "agent",
    body: createFamilyBody,
    response: familyDetailSchema,
    status: 201,
    handler: ({ body, user }) => service.createFamily(body, user.id),
  });
  router.route({
    method: "GET",
    url: "/api/v1/kb/families/:id",
    tag,
    summary: "Get an article family with every version's text",
    access: "agent",
    params: familyIdParam,
    response: familyDetailSchema,
    handler: ({ params }) => service.getFamily(params.id),
  });
  router.route({
    method: "PATCH",
    url: "/api/v1/kb/families/:id",
    tag,
    summary: "Rename an article family, change its slug or tags",
    access: "agent",
    params: familyIdParam,
    body: updateFamilyBody,
    response: familyDetailSchema,
    handler: ({ params, body }) => service.updateFamily(params.id, body),
  });
  router.route({
    method: "DELETE",
    url: "/api/v1/kb/families/:id",
    tag,
    summary: "Delete an article family with all its versions and files",
    access: "manager",
    params: familyIdParam,
    status: 204,
    handler: ({ params }) => service.deleteFamily(params.id),
  });
  router.route({
    method: "POST",
    url: "/api/v1/kb/families/:id/translations",
    tag,
    summary: "Machine-draft a version in another language through the translation gateway (origin machine, status draft); 422 TRANSLATION_UNAVAILABLE when no engine or memory serves it",
    access: "agent",
    params: familyIdParam,
    body: draftTranslationBody,
    response: versionSchema,
    status: 201,
    handler: ({ params, body }) => service.draftTranslation(params.id, body.language),
  });
  router.route({
    method: "GET",
    url: "/api/v1/kb/versions/:id",
    tag,
    summary: "Get one language version",
    access: "agent",
    params: uuidParam,
    response: versionSchema,
    handler: ({ params }) => service.getVersionDto(params.id),
  });
  router.route({
    method: "PATCH",
    url: "/api/v1/kb/versions/:id",
    tag,
    summary: "Edit a version (title; body of text versions), publish or unpublish it, or mark a machine draft as reviewed",
    access: "agent",
    params: uuidParam,
    body: updateVersionBody,
    response: versionSchema,
    handler: ({ params, body }) => service.updateVersion(params.id, body),
  });
  router.route({
    method: "DELETE",
    url: "/api/v1/kb/versions/:id",
    tag,
    summary: "Delete a language version (and its PDF)",
    access: "manager",
    params: uuidParam,
    status: 204,
    handler: ({ params }) => service.deleteVersion(params.id),
  });
  router.route({
    method: "GET",
    url: "/api/v1/kb/search",
    tag,
    summary:
      "Cross-language search: the query is read in its language and expanded into every language the knowledge base has (translation gateway, bilingual dictionaries, glossary, memory); each item says which version matched and how",
    access: "agent",
    query: searchQuery,
    response: searchResponse,
    handler: ({ query }) => deps.search.search(query.q, { language: query.language, limit: query.limit }),
  });
  router.route({
    method: "GET",
    url: "/api/v1/kb/search/status",
    tag,
    summary: "What search can use here: bilingual dictionaries (installed, loaded), engine pairs, and each language's text-search configuration",
    access: "agent",
    response: statusResponse,
    handler: () => deps.status(),
  });
  router.route({
    method: "GET",
    url: "/api/v1/kb/files/:id",
    tag,
    summary: "Download a version's PDF: public when the version is published (help centre), otherwise agents only",
    access: "public",
    params: uuidParam,
    handler: async ({ params, req, reply }) => {
      const file = await service.repo.findFile(params.id);
      if (!file) throw notFound("File", params.id);
      if (file.status !== "published") {
        const user = await userFrom(req, deps.authenticate);
        // Unpublished files are not acknowledged to strangers.
        if (!user) throw notFound("File", params.id);
      }
      const ascii = file.filename.replace(/[^\x20-\x7e]/g, "_");
      reply
        .header("content-type", "application/pdf")
        .header("content-disposition", `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .header("cache-control", file.status === "published" ? "public, max-age=300" : "private, no-store")
        .header("etag", `"${file.sha256}"`);
      return Buffer.from(file.data);
    },
  });
}
