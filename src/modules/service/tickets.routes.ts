import { z } from "zod";
import type { Router } from "../../http/route.js";
import { listResponse, uuidParam } from "../../shared/validators.js";
import {
  commentSchema,
  createTicketBody,
  fromConversationBody,
  replyBody,
  routePreviewBody,
  routingSchema,
  ticketEventSchema,
  ticketListQuery,
  ticketSchema,
  updateTicketBody,
} from "./tickets.schema.js";
import type { TicketsService } from "./tickets.service.js";

export function registerTicketRoutes(router: Router, tickets: TicketsService): void {
  const tag = "tickets";
  const actor = (user: { id: string; name: string }) => ({ id: user.id, name: user.name });
  router.route({
    method: "GET",
    url: "/api/v1/tickets",
    tag,
    summary: "Tickets with their SLA state; filter by status, team, assignee (me, none), language, priority, customer, breached",
    access: "agent",
    query: ticketListQuery,
    response: listResponse(ticketSchema),
    handler: ({ query, user }) => tickets.list({ ...query, userId: user.id }),
  });
  router.route({
    method: "POST",
    url: "/api/v1/tickets",
    tag,
    summary: "Create a ticket: its language is given, detected or the customer's; it is routed to a team and agent (see routing)",
    access: "agent",
    body: createTicketBody,
    response: ticketSchema,
    status: 201,
    handler: ({ body, user }) => tickets.create(body, { actor: actor(user), source: user.via === "session" ? "web" : "api" }),
  });
  router.route({
    method: "POST",
    url: "/api/v1/tickets/route-preview",
    tag,
    summary: "Where a ticket in this language (or from this customer) would be routed now, without creating it",
    access: "agent",
    body: routePreviewBody,
    response: routingSchema,
    handler: ({ body }) => tickets.previewRouting(body),
  });
  router.route({
    method: "GET",
    url: "/api/v1/tickets/:id",
    tag,
    summary: "One ticket with its routing reason and SLA clocks (due, met at, breached, paused now)",
    access: "agent",
    params: uuidParam,
    response: ticketSchema,
    handler: ({ params }) => tickets.get(params.id),
  });
  router.route({
    method: "PATCH",
    url: "/api/v1/tickets/:id",
    tag,
    summary: "Change status, priority, assignee, team, tags, subject or language",
    access: "agent",
    params: uuidParam,
    body: updateTicketBody,
    response: ticketSchema,
    handler: ({ params, body, user }) => tickets.update(params.id, body, actor(user)),
  });
  router.route({
    method: "POST",
    url: "/api/v1/tickets/:id/reply",
    tag,
    summary: "Reply (sent through the linked conversation in the customer's language, else kept on the ticket) or add an internal note; the first reply is the first response",
    access: "agent",
    params: uuidParam,
    body: replyBody,
    response: ticketSchema,
    handler: ({ params, body, user }) => tickets.reply(params.id, actor(user), body),
  });
  router.route({
    method: "POST",
    url: "/api/v1/tickets/:id/route",
    tag,
    summary: "Route the ticket again with today's teams, hours and load",
    access: "agent",
    params: uuidParam,
    response: ticketSchema,
    handler: ({ params, user }) => tickets.reroute(params.id, actor(user)),
  });
  router.route({
    method: "GET",
    url: "/api/v1/tickets/:id/activity",
    tag,
    summary: "The ticket's replies, notes and history",
    access: "agent",
    params: uuidParam,
    response: z.object({ comments: z.array(commentSchema), events: z.array(ticketEventSchema) }),
    handler: ({ params }) => tickets.activity(params.id),
  });
  router.route({
    method: "POST",
    url: "/api/v1/conversations/:id/ticket",
    tag,
    summary: "Make a ticket of an inbox conversation (or return its unresolved ticket with 200)",
    access: "agent",
    params: uuidParam,
    body: fromConversationBody.optional(),
    response: ticketSchema,
    status: 201,
    handler: async ({ params, body, user, reply }) => {
      const { ticket, created } = await tickets.openFromConversation(params.id, body ?? {}, { actor: actor(user) });
      if (!created) reply.status(200);
      return ticket;
    },
  });
}
