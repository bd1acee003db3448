import type { Router } from "../../http/route.js";
import type { ModuleContext } from "../module-context.js";
import { createAgentsService } from "./agents.service.js";
import { registerMacroRoutes } from "./macros.routes.js";
import { createMacrosService } from "./macros.service.js";
import { createSlaPolicies } from "./sla-policies.repository.js";
import { registerTeamRoutes } from "./teams.routes.js";
import { createTeamsService } from "./teams.service.js";
import { registerTicketRoutes } from "./tickets.routes.js";
import { createTicketsService } from "./tickets.service.js";

export { addBusinessMinutes, type BusinessCalendar, businessMinutesBetween, isOpenAt, nextChange } from "./business-time.js";
export { relatedLanguages, relatedLanguageTable } from "./related-languages.js";
export type { MacroDto } from "./macros.schema.js";
export type { SlaPolicyDto } from "./sla-policies.schema.js";
export { countryHolidays, teamCalendar, type TeamCalendar } from "./team-calendar.js";
export type { AgentDto, LanguageSkill, TeamDto } from "./teams.schema.js";
export type { Actor, CreateOptions, NewTicket } from "./tickets.service.js";
export {
  ACTIVE_STATUSES,
  type CommentDto,
  type RoutingDecision,
  type SlaState,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  type TicketDto,
  type TicketPriority,
  type TicketStatus,
} from "./tickets.schema.js";

/**
 * The service centre: teams and agents with their languages, tickets routed by language, business hours
 * and load, SLA clocks in each team's business time, and macros per language.
 *
 * Tables (0011_service.sql): teams, team_members, agent_profiles, sla_policies, tickets (with
 * first_response_at / resolved_at / closed_at and their due times), ticket_comments, ticket_events
 * (status/priority/team/assignee history), macros, macro_variants.
 * Events: `ticket.created {ticket}` and `ticket.updated {ticket, previousStatus}` (TicketDto).
 */
export function createServiceModule(ctx: ModuleContext) {
  // The module's clock: tests (and only tests) swap it with useClock to route at chosen times.
  let clock: () => Date = () => new Date();
  const now = () => clock();
  const policies = createSlaPolicies(ctx.db);
  const teams = createTeamsService(ctx.db, ctx.settings, now);
  const agents = createAgentsService(ctx.db, teams.repo);
  const tickets = createTicketsService({ ...ctx, teams, policies, now });
  const macros = createMacrosService(ctx.db, ctx.language, ctx.settings);

  return {
    /**
     * `create(input, {actor, source, sourceReason})`, `createFromConversation(conversationId, {subject?, reason?, priority?}, opts?)`
     * (the ticket; a conversation with an unresolved ticket gets that one back, not a duplicate),
     * `get(id)`, `update(id, patch, actor)`, `list(query)`, `reply(id, agent, {text, translation?, internal?, status?})`.
     */
    tickets: {
      create: tickets.create,
      createFromConversation: tickets.createFromConversation,
      get: tickets.get,
      update: tickets.update,
      list: (q: Partial<Parameters<typeof tickets.list>[0]> = {}) => tickets.list({ limit: 25, offset: 0, userId: "", ...q }),
      reply: tickets.reply,
      reroute: tickets.reroute,
      activity: tickets.activity,
      previewRouting: tickets.previewRouting,
    },
    /** `list(query)`, `get(id)`, `calendar(teamId|null)` (business calendar for SLA maths), `holidays(id, year)`. */
    teams: {
      list: (q: Partial<Parameters<typeof teams.list>[0]> = {}) => teams.list({ limit: 100, offset: 0, ...q }),
      get: teams.get,
      create: teams.create,
      update: teams.update,
      calendar: teams.calendar,
      holidays: teams.holidays,
    },
    agents,
    macros,
    slaPolicies: policies,
    /** The time "now" for routing, open/closed and SLA clocks. For tests only; not reachable over HTTP. */
    useClock(next: (() => Date) | null) {
      clock = next ?? (() => new Date());
    },
    now,
    registerRoutes(router: Router) {
      registerTeamRoutes(router, teams, agents, policies);
      registerTicketRoutes(router, tickets);
      registerMacroRoutes(router, macros);
    },
  };
}
export type ServiceModule = ReturnType<typeof createServiceModule>;
