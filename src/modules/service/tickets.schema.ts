import { z } from "zod";
import { languageTag, listQuery } from "../../shared/validators.js";
import { PROFICIENCIES } from "./teams.schema.js";

export const TICKET_STATUSES = ["new", "open", "pending", "resolved", "closed"] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const TICKET_PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];
/** Statuses that count as an agent's load ("open tickets"). */
export const ACTIVE_STATUSES: readonly TicketStatus[] = ["new", "open", "pending"];

const ref = z.object({ id: z.uuid(), name: z.string() });
const teamMatch = z.enum(["exact", "related", "mt", "none", "manual"]);

export const routingSchema = z
  .object({
    reason: z.string().meta({ description: 'One line, e.g. "fr → Dakar (French native) → Awa Diop, 2 open tickets"' }),
    mode: z.enum(["auto", "manual"]),
    at: z.string(),
    language: z.string().nullable(),
    languages: z.array(z.string()).meta({ description: "The customer's languages in priority order, as routed" }),
    team: z
      .object({
        id: z.uuid(),
        name: z.string(),
        match: teamMatch,
        language: z.string().nullable(),
        proficiency: z.enum(PROFICIENCIES).nullable(),
        relation: z.enum(["close", "regional"]).nullable(),
        open: z.boolean(),
        opensAt: z.string().nullable(),
        timeZone: z.string(),
      })
      .nullable(),
    skipped: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        match: teamMatch,
        language: z.string().nullable(),
        proficiency: z.enum(PROFICIENCIES).nullable(),
        why: z.enum(["hours", "holiday"]),
        holiday: z.string().nullable(),
        opensAt: z.string().nullable(),
        opensAtLocal: z.string().nullable(),
        timeZone: z.string(),
      }),
    ),
    noTeam: z.enum(["no_teams", "no_match"]).nullable(),
    assignee: z.object({ id: z.uuid(), name: z.string(), openTickets: z.number().int(), capacity: z.number().int(), speaksLanguage: z.boolean() }).nullable(),
    assigneeNote: z.enum(["least_loaded", "no_members", "all_at_capacity", "manual", "kept"]).nullable(),
  })
  .meta({ description: "Why the ticket went to this team and agent" });
export type RoutingDecision = z.infer<typeof routingSchema>;

const clock = z.object({
  targetMinutes: z.number().int().meta({ description: "Business minutes" }),
  dueAt: z.string().nullable(),
  at: z.string().nullable(),
  breached: z.boolean(),
  remainingMinutes: z.number().nullable().meta({ description: "Business minutes left (negative: overdue); null once met" }),
});
export const slaStateSchema = z.object({
  policy: ref.nullable(),
  paused: z.boolean().meta({ description: "The team is closed now (outside hours or a holiday): the clocks do not run" }),
  pausedReason: z.enum(["hours", "holiday"]).nullable(),
  resumesAt: z.string().nullable(),
  timeZone: z.string(),
  firstResponse: clock.nullable(),
  resolution: clock.nullable(),
});
export type SlaState = z.infer<typeof slaStateSchema>;

export const ticketSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(TICKET_STATUSES),
  priority: z.enum(TICKET_PRIORITIES),
  language: z.string().nullable(),
  languageSource: z.enum(["given", "detected", "conversation", "customer"]).nullable(),
  customerId: z.uuid().nullable(),
  customer: ref.nullable(),
  conversationId: z.uuid().nullable(),
  teamId: z.uuid().nullable(),
  team: ref.nullable(),
  assigneeId: z.uuid().nullable(),
  assignee: ref.nullable(),
  tags: z.array(z.string()),
  routing: routingSchema,
  source: z.string(),
  sourceReason: z.string().nullable(),
  sla: slaStateSchema,
  firstResponseAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TicketDto = z.infer<typeof ticketSchema>;

const subject = z.string().trim().min(1).max(300);
const text = z.string().trim().min(1).max(20_000);
const tags = z.array(z.string().trim().min(1).max(50)).max(30);

export const createTicketBody = z
  .strictObject({
    customerId: z.uuid().optional(),
    conversationId: z.uuid().optional(),
    subject: subject.optional().meta({ description: "Required unless conversationId is given (then: the conversation's subject or first words)" }),
    text: text.optional().meta({ description: "Required unless conversationId is given (then: the customer's latest message)" }),
    language: languageTag.optional().meta({ description: "Default: detected from the text, else the customer's preferred language" }),
    priority: z.enum(TICKET_PRIORITIES).optional(),
    tags: tags.optional(),
    teamId: z.uuid().optional().meta({ description: "Skip routing: this team (an agent is still picked by load unless assigneeId is given)" }),
    assigneeId: z.uuid().optional(),
  })
  .refine((b) => b.customerId || b.conversationId, { message: "give customerId or conversationId", path: ["customerId"] })
  .refine((b) => b.conversationId || (b.subject && b.text), { message: "subject and text are required without a conversation", path: ["text"] });
export type CreateTicketBody = z.infer<typeof createTicketBody>;

export const fromConversationBody = z.strictObject({
  subject: subject.optional(),
  reason: z.string().trim().max(500).optional().meta({ description: "Why it became a ticket (shown on the ticket)" }),
  priority: z.enum(TICKET_PRIORITIES).optional(),
});

export const updateTicketBody = z.strictObject({
  status: z.enum(TICKET_STATUSES).optional(),
  priority: z.enum(TICKET_PRIORITIES).optional(),
  assigneeId: z.uuid().nullable().optional(),
  teamId: z.uuid().nullable().optional().meta({ description: "Move to a team; without assigneeId its least-loaded agent takes it" }),
  tags: tags.optional(),
  subject: subject.optional(),
  language: languageTag.optional(),
});
export type UpdateTicketBody = z.infer<typeof updateTicketBody>;

export const replyBody = z.strictObject({
  text: text.meta({ description: "In the working language" }),
  translation: z.string().trim().min(1).max(20_000).optional().meta({ description: "The customer-language text (e.g. a macro variant or an edited translation)" }),
  internal: z.boolean().optional().meta({ description: "An internal note: not sent, not a first response" }),
  status: z.enum(TICKET_STATUSES).optional().meta({ description: "Status to set after replying, e.g. pending" }),
});

export const commentSchema = z.object({
  id: z.uuid(),
  kind: z.enum(["reply", "note"]),
  author: ref.nullable(),
  body: z.string(),
  translation: z.string().nullable(),
  translationTo: z.string().nullable(),
  messageId: z.uuid().nullable(),
  createdAt: z.string(),
});
export type CommentDto = z.infer<typeof commentSchema>;

export const ticketEventSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  actor: ref.nullable(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});

export const TICKET_SORTS = ["createdAt", "updatedAt", "priority", "number", "firstResponseDue", "resolutionDue"] as const;
export const ticketListQuery = listQuery(TICKET_SORTS).extend({
  status: z
    .string()
    .trim()
    .transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.enum([...TICKET_STATUSES, "active"])))
    .optional()
    .meta({ description: 'One or more (comma-separated) statuses; "active" = new, open and pending' }),
  priority: z.enum(TICKET_PRIORITIES).optional(),
  teamId: z.union([z.uuid(), z.literal("none")]).optional(),
  assigneeId: z.union([z.uuid(), z.enum(["me", "none"])]).optional(),
  language: languageTag.optional(),
  customerId: z.uuid().optional(),
  conversationId: z.uuid().optional(),
  breached: z.enum(["true", "false"]).optional().meta({ description: "Only tickets whose first response or resolution is overdue" }),
});
export type TicketListQuery = z.infer<typeof ticketListQuery>;

export const routePreviewBody = z.strictObject({
  language: languageTag.optional(),
  customerId: z.uuid().optional(),
  text: z.string().max(20_000).optional(),
});
