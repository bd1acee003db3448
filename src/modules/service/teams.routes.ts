import { z } from "zod";
import type { Router } from "../../http/route.js";
import { languageTag, listResponse, uuidParam } from "../../shared/validators.js";
import type { AgentsService } from "./agents.service.js";
import type { SlaPolicies } from "./sla-policies.repository.js";
import { createSlaPolicyBody, slaPolicySchema, updateSlaPolicyBody } from "./sla-policies.schema.js";
import {
  agentLanguagesBody,
  agentSchema,
  createTeamBody,
  holidaySchema,
  teamListQuery,
  teamSchema,
  updateTeamBody,
} from "./teams.schema.js";
import type { TeamsService } from "./teams.service.js";

const memberParams = z.object({ id: z.uuid({ error: "must be a UUID" }), userId: z.uuid({ error: "must be a UUID" }) });

export function registerTeamRoutes(router: Router, teams: TeamsService, agents: AgentsService, policies: SlaPolicies): void {
  const tag = "teams";
  router.route({
    method: "GET",
    url: "/api/v1/teams",
    tag,
    summary: "Teams with their languages, hours, holidays, members, load and whether they are open now",
    access: "agent",
    query: teamListQuery,
    response: listResponse(teamSchema),
    handler: ({ query }) => teams.list(query),
  });
  router.route({
    method: "POST",
    url: "/api/v1/teams",
    tag,
    summary: "Create a team",
    access: "manager",
    body: createTeamBody,
    response: teamSchema,
    status: 201,
    handler: ({ body }) => teams.create(body),
  });
  router.route({
    method: "GET",
    url: "/api/v1/teams/:id",
    tag,
    summary: "One team",
    access: "agent",
    params: uuidParam,
    response: teamSchema,
    handler: ({ params }) => teams.get(params.id),
  });
  router.route({
    method: "PATCH",
    url: "/api/v1/teams/:id",
    tag,
    summary: "Change a team (members replaces the member list)",
    access: "manager",
    params: uuidParam,
    body: updateTeamBody,
    response: teamSchema,
    handler: ({ params, body }) => teams.update(params.id, body),
  });
  router.route({
    method: "DELETE",
    url: "/api/v1/teams/:id",
    tag,
    summary: "Delete a team (its tickets stay, without a team)",
    access: "manager",
    params: uuidParam,
    status: 204,
    handler: ({ params }) => teams.remove(params.id),
  });
  router.route({
    method: "PUT",
    url: "/api/v1/teams/:id/members",
    tag,
    summary: "Replace the team's members",
    access: "manager",
    params: uuidParam,
    body: z.strictObject({ userIds: z.array(z.uuid()).max(500) }),
    response: teamSchema,
    handler: ({ params, body }) => teams.setMembers(params.id, body.userIds),
  });
  router.route({
    method: "POST",
    url: "/api/v1/teams/:id/members",
    tag,
    summary: "Add a member",
    access: "manager",
    params: uuidParam,
    body: z.strictObject({ userId: z.uuid() }),
    response: teamSchema,
    handler: ({ params, body }) => teams.addMember(params.id, body.userId),
  });
  router.route({
    method: "DELETE",
    url: "/api/v1/teams/:id/members/:userId",
    tag,
    summary: "Remove a member",
    access: "manager",
    params: memberParams,
    response: teamSchema,
    handler: ({ params }) => teams.removeMember(params.id, params.userId),
  });
  router.route({
    method: "GET",
    url: "/api/v1/teams/:id/holidays",
    tag,
    summary: "The team's closed days in a year: its country's public holidays (date-holidays) and its own dates",
    access: "agent",
    params: uuidParam,
    query: z.object({
      year: z.coerce.number().int().min(1970).max(2200).optional().meta({ description: "Default: this year" }),
      language: languageTag.optional().meta({ description: "Language of holiday names where the library has it (default en)" }),
    }),
    response: listResponse(holidaySchema),
    handler: ({ params, query }) => teams.holidays(params.id, query.year, query.language?.split("-")[0] ?? "en"),
  });

  router.route({
    method: "GET",
    url: "/api/v1/agents",
    tag,
    summary: "Users as agents: their languages, working language, teams and open tickets",
    access: "agent",
    response: listResponse(agentSchema),
    handler: () => agents.list(),
  });
  router.route({
    method: "GET",
    url: "/api/v1/users/:id/languages",
    tag,
    summary: "An agent's languages (with proficiency) and working language",
    access: "agent",
    params: uuidParam,
    response: agentSchema,
    handler: ({ params }) => agents.get(params.id),
  });
  router.route({
    method: "PUT",
    url: "/api/v1/users/:id/languages",
    tag,
    summary: "Set an agent's languages and working language (agents their own; managers anyone's)",
    access: "agent",
    params: uuidParam,
    body: agentLanguagesBody,
    response: agentSchema,
    handler: ({ params, body, user }) => agents.setLanguages(params.id, body, user),
  });

  router.route({
    method: "GET",
    url: "/api/v1/sla-policies",
    tag,
    summary: "SLA policies: first response and resolution targets per priority, in business minutes",
    access: "agent",
    response: listResponse(slaPolicySchema),
    handler: () => policies.list(),
  });
  router.route({
    method: "POST",
    url: "/api/v1/sla-policies",
    tag,
    summary: "Create an SLA policy",
    access: "manager",
    body: createSlaPolicyBody,
    response: slaPolicySchema,
    status: 201,
    handler: ({ body }) => policies.create(body),
  });
  router.route({
    method: "PATCH",
    url: "/api/v1/sla-policies/:id",
    tag,
    summary: "Change an SLA policy (new tickets use it; existing due times stay)",
    access: "manager",
    params: uuidParam,
    body: updateSlaPolicyBody,
    response: slaPolicySchema,
    handler: ({ params, body }) => policies.update(params.id, body),
  });
}
