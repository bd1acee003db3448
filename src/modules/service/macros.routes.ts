import type { Router } from "../../http/route.js";
import { listResponse, uuidParam } from "../../shared/validators.js";
import {
  createMacroBody,
  macroListQuery,
  macroSchema,
  translateMacroBody,
  translateResultSchema,
  updateMacroBody,
  variantBody,
  variantParams,
} from "./macros.schema.js";
import type { MacrosService } from "./macros.service.js";

export function registerMacroRoutes(router: Router, macros: MacrosService): void {
  const tag = "macros";
  router.route({
    method: "GET",
    url: "/api/v1/macros",
    tag,
    summary: "Canned replies with their variants per language",
    access: "agent",
    query: macroListQuery,
    response: listResponse(macroSchema),
    handler: ({ query }) => macros.list(query),
  });
  router.route({
    method: "POST",
    url: "/api/v1/macros",
    tag,
    summary: "Write a macro once (default: in the working language); translateTo drafts variants through the gateway",
    access: "agent",
    body: createMacroBody,
    response: macroSchema,
    status: 201,
    handler: ({ body, user }) => macros.create(body, user.id),
  });
  router.route({
    method: "GET",
    url: "/api/v1/macros/:id",
    tag,
    summary: "One macro",
    access: "agent",
    params: uuidParam,
    response: macroSchema,
    handler: ({ params }) => macros.get(params.id),
  });
  router.route({
    method: "PATCH",
    url: "/api/v1/macros/:id",
    tag,
    summary: "Rename or rewrite a macro (a new text marks its variants stale)",
    access: "agent",
    params: uuidParam,
    body: updateMacroBody,
    response: macroSchema,
    handler: ({ params, body }) => macros.update(params.id, body),
  });
  router.route({
    method: "DELETE",
    url: "/api/v1/macros/:id",
    tag,
    summary: "Delete a macro",
    access: "manager",
    params: uuidParam,
    status: 204,
    handler: ({ params }) => macros.remove(params.id),
  });
  router.route({
    method: "PUT",
    url: "/api/v1/macros/:id/variants/:language",
    tag,
    summary: "Write or correct the variant in one language (kept as human-written)",
    access: "agent",
    params: variantParams,
    body: variantBody,
    response: macroSchema,
    handler: ({ params, body, user }) => macros.putVariant(params.id, params.language, body.body, user.id),
  });
  router.route({
    method: "DELETE",
    url: "/api/v1/macros/:id/variants/:language",
    tag,
    summary: "Remove one language variant",
    access: "agent",
    params: variantParams,
    status: 204,
    handler: ({ params }) => macros.removeVariant(params.id, params.language),
  });
  router.route({
    method: "POST",
    url: "/api/v1/macros/:id/translate",
    tag,
    summary: "Draft variants through the translation gateway; languages no engine serves come back unavailable (never faked)",
    access: "agent",
    params: uuidParam,
    body: translateMacroBody,
    response: translateResultSchema,
    handler: ({ params, body, user }) => macros.translate(params.id, body.languages, { overwrite: body.overwrite, userId: user.id }),
  });
}
