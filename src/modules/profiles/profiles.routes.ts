import type { Router } from "../../http/route.js";
import { uuidParam } from "../../shared/validators.js";
import { profileQuery, profileSchema, timelineQuery, timelineSchema } from "./profiles.schema.js";
import type { ProfilesService } from "./profiles.service.js";

export function registerProfileRoutes(router: Router, profiles: ProfilesService): void {
  const tag = "customers";
  router.route({
    method: "GET",
    url: "/api/v1/customers/:id/profile",
    tag,
    summary:
      "360° profile: identity, languages (preferred and detected), location with local time, timeline across channels (limit/offset/channel), orders, weekly sentiment, tags with reasons (?at=YYYY-MM-DD for calendar tags), segments",
    access: "agent",
    params: uuidParam,
    query: profileQuery,
    response: profileSchema,
    handler: ({ params, query }) => profiles.profile(params.id, query),
  });
  router.route({
    method: "GET",
    url: "/api/v1/customers/:id/timeline",
    tag,
    summary: "The customer's messages on every channel, newest first, each with its original and stored translation",
    access: "agent",
    params: uuidParam,
    query: timelineQuery,
    response: timelineSchema,
    handler: ({ params, query }) => profiles.timeline(params.id, query),
  });
}
