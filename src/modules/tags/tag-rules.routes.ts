import { z } from "zod";
import type { Router } from "../../http/route.js";
import { listResponse, uuidParam } from "../../shared/validators.js";
import type { EvaluationRuns } from "./tag-evaluation-runs.js";
import type { TagRulesService } from "./tag-rules.service.js";
import {
  createTagRuleBody,
  evaluationRunSchema,
  fieldsSchema,
  previewBody,
  previewSchema,
  tagRuleSchema,
  updateTagRuleBody,
} from "./tag-rules.schema.js";

export function registerTagRuleRoutes(router: Router, rules: TagRulesService, runs: EvaluationRuns): void {
  const tag = "tags";
  router.route({
    method: "GET",
    url: "/api/v1/tag-rules",
    tag,
    summary: "Tag rules (built-in first), with how many customers carry each rule's tags",
    access: "agent",
    response: listResponse(tagRuleSchema),
    handler: () => rules.list(),
  });
  router.route({
    method: "GET",
    url: "/api/v1/tag-rules/fields",
    tag,
    summary: "Fields, operators and known values a tag rule condition can use",
    access: "agent",
    response: fieldsSchema,
    handler: async () => rules.fields(),
  });
  router.route({
    method: "POST",
    url: "/api/v1/tag-rules",
    tag,
    summary: "Create a custom tag rule; every customer is re-evaluated in the background",
    access: "manager",
    body: createTagRuleBody,
    response: tagRuleSchema,
    status: 201,
    handler: ({ body }) => rules.create(body),
  });
  router.route({
    method: "GET",
    url: "/api/v1/tag-rules/:id",
    tag,
    summary: "Get a tag rule",
    access: "agent",
    params: uuidParam,
    response: tagRuleSchema,
    handler: ({ params }) => rules.get(params.id),
  });
  router.route({
    method: "PATCH",
    url: "/api/v1/tag-rules/:id",
    tag,
    summary: "Edit or enable/disable a tag rule (built-ins too); every customer is re-evaluated in the background",
    access: "manager",
    params: uuidParam,
    body: updateTagRuleBody,
    response: tagRuleSchema,
    handler: ({ params, body }) => rules.update(params.id, body),
  });
  router.route({
    method: "DELETE",
    url: "/api/v1/tag-rules/:id",
    tag,
    summary: "Delete a custom tag rule and its tags (built-ins can only be disabled: 409)",
    access: "manager",
    params: uuidParam,
    status: 204,
    handler: ({ params }) => rules.remove(params.id),
  });
  router.route({
    method: "POST",
    url: "/api/v1/tag-rules/preview",
    tag,
    summary: "How many customers a condition (or a stored rule) tags now, with a sample; evaluated over every customer",
    access: "manager",
    body: previewBody,
    response: previewSchema,
    handler: ({ body }) => rules.preview(body),
  });
  router.route({
    method: "POST",
    url: "/api/v1/tag-rules/evaluate",
    tag,
    summary: "Re-evaluate every customer's rule tags in the background; answers the run to poll (an active run is reused)",
    access: "manager",
    response: evaluationRunSchema,
    status: 202,
    handler: async ({ user }) => (await runs.start("manual", user.id)).run,
  });
  router.route({
    method: "GET",
    url: "/api/v1/tag-rules/evaluations",
    tag,
    summary: "Recent re-evaluation runs, newest first",
    access: "agent",
    query: z.object({ limit: z.coerce.number().int().min(1).max(50).default(5) }),
    response: listResponse(evaluationRunSchema),
    handler: ({ query }) => runs.latest(query.limit),
  });
  router.route({
    method: "GET",
    url: "/api/v1/tag-rules/evaluations/:id",
    tag,
    summary: "Progress of a re-evaluation run",
    access: "agent",
    params: uuidParam,
    response: evaluationRunSchema,
    handler: ({ params }) => runs.get(params.id),
  });
}
