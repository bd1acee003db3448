import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.js";
import { primaryTag } from "../../language/language-tags.js";
import { AppError, notFound } from "../../shared/app-error.js";
import type { EventBus } from "../../shared/event-bus.js";
import { buildSearchText } from "../../shared/search-text.js";
import type { ModuleContext } from "../module-context.js";
import { computeDues, slaState } from "./sla-clock.js";
import type { SlaPolicies } from "./sla-policies.repository.js";
import type { SlaPolicyDto } from "./sla-policies.schema.js";
import type { TeamCalendar } from "./team-calendar.js";
import type { TeamsService } from "./teams.service.js";
import { manualRouting, routeTicket } from "./ticket-routing.service.js";
import { createTicketsRepository, type TicketRow } from "./tickets.repository.js";
import type { RoutingDecision, TicketDto, TicketListQuery, TicketPriority, TicketStatus, UpdateTicketBody } from "./tickets.schema.js";

/** Who acts: an agent, or null for the system (routing, bots). */
export type Actor = { id: string; name: string } | null;

export interface NewTicket {
  customerId?: string;
  conversationId?: string;
  subject?: string;
  text?: string;
  language?: string;
  priority?: TicketPriority;
  tags?: string[];
  teamId?: string;
  assigneeId?: string;
}

export interface CreateOptions {
  actor?: Actor;
  /** 'api', 'web', 'conversation', or the calling module (e.g. 'faq-bot'). */
  source?: string;
  sourceReason?: string | null;
  /** When it happened (demo history); default: the module clock. */
  at?: Date;
}

const UNIQUE_VIOLATION = "23505";

/** The unique index of unresolved tickets per conversation decides between two concurrent writers. */
async function oneActivePerConversation<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if ((err as { code?: string }).code === UNIQUE_VIOLATION) {
      throw new AppError("CONFLICT", "The conversation already has an unresolved ticket", "conversationId");
    }
    throw err;
  }
}

// Detection below this confidence ("Hi" reads as Swahili) falls back to the customer's language.
const MIN_DETECTION_CONFIDENCE = 0.5;
const ACTIVE = new Set<TicketStatus>(["new", "open", "pending"]);

type Deps = Pick<ModuleContext, "language" | "settings" | "customers" | "messages"> & {
  db: Kysely<DB>;
  events: EventBus;
  teams: TeamsService;
  policies: SlaPolicies;
  now: () => Date;
};

export function createTicketsService(deps: Deps) {
  const { db, teams, policies, events, now } = deps;
  const repo = createTicketsRepository(db);

  // ---- DTOs -------------------------------------------------------------------------------------

  async function hydrate(rows: TicketRow[]): Promise<TicketDto[]> {
    const calendars = new Map<string | null, TeamCalendar>();
    for (const id of new Set(rows.map((r) => r.team_id))) calendars.set(id, await teams.calendar(id));
    const all = rows.length ? (await policies.list()).items : [];
    const at = now();
    return rows.map((r) => {
      const policy = all.find((p) => p.id === r.sla_policy_id) ?? null;
      return {
        id: r.id,
        number: r.number,
        subject: r.subject,
        text: r.text,
        status: r.status,
        priority: r.priority,
        language: r.language,
        languageSource: r.language_source,
        customerId: r.customer_id,
        customer: r.customer_id && r.customer_name ? { id: r.customer_id, name: r.customer_name } : null,
        conversationId: r.conversation_id,
        teamId: r.team_id,
        team: r.team_id && r.team_name ? { id: r.team_id, name: r.team_name } : null,
        assigneeId: r.assignee_id,
        assignee: r.assignee_id && r.assignee_name ? { id: r.assignee_id, name: r.assignee_name } : null,
        tags: r.tags as string[],
        routing: r.routing as RoutingDecision,
        source: r.source,
        sourceReason: r.source_reason,
        sla: slaState(
          {
            status: r.status,
            priority: r.priority,
            firstResponseDueAt: r.first_response_due_at,
            firstResponseAt: r.first_response_at,
            resolutionDueAt: r.resolution_due_at,
            resolvedAt: r.resolved_at ?? r.closed_at,
          },
          policy,
          calendars.get(r.team_id)!,
          at,
        ),
        firstResponseAt: r.first_response_at?.toISOString() ?? null,
        resolvedAt: r.resolved_at?.toISOString() ?? null,
        closedAt: r.closed_at?.toISOString() ?? null,
        createdAt: r.created_at.toISOString(),
        updatedAt: r.updated_at.toISOString(),
      };
    });
  }

  async function get(id: string): Promise<TicketDto> {
    const row = await repo.findById(id);
    if (!row) throw notFound("Ticket", id);
    return (await hydrate([row]))[0]!;
  }

  // ---- language, routing, SLA -------------------------------------------------------------------

  async function customerOf(id: string | null) {
    return id ? deps.customers.get(id).catch(() => null) : null;
  }

  async function resolveLanguage(given: string | undefined, fromConversation: string | null, text: string, preferred: string[]) {
    if (given) return { language: given, source: "given" as const };
    if (fromConversation) return { language: fromConversation, source: "conversation" as const };
    const d = await deps.language.detector.detect(text);
    if (d.language !== "und" && d.confidence >= MIN_DETECTION_CONFIDENCE) return { language: d.language, source: "detected" as const };
    if (preferred[0]) return { language: preferred[0], source: "customer" as const };
    return { language: null, source: null };
  }

  async function userRef(id: string, field: string) {
    const user = await db.selectFrom("users").select(["id", "name"]).where("id", "=", id).executeTakeFirst();
    if (!user) throw new AppError("VALIDATION_FAILED", `${field}: user ${id} does not exist`, field);
    return user;
  }

  async function teamFor(id: string, field: string) {
    const team = (await teams.routingTeams()).find((t) => t.id === id);
    if (!team) throw new AppError("VALIDATION_FAILED", `${field}: team ${id} does not exist`, field);
    return team;
  }

  /** Routing as the router decides, or by hand when a team and/or agent is given. */
  async function decide(language: string | null, preferred: string[], at: Date, manual: { teamId?: string | null; assigneeId?: string | null }, actor: Actor) {
    let decision: RoutingDecision;
    if (manual.teamId) {
      const team = await teamFor(manual.teamId, "teamId");
      const assignee = manual.assigneeId ? await userRef(manual.assigneeId, "assigneeId") : null;
      decision = manualRouting(team, assignee, language, at, actor?.name ?? "the system");
    } else {
      decision = routeTicket({ language, customerLanguages: preferred }, await teams.routingTeams(), at);
      if (manual.assigneeId) {
        const a = await userRef(manual.assigneeId, "assigneeId");
        decision = { ...decision, reason: `${decision.reason} → assigned by hand to ${a.name}`, assignee: { id: a.id, name: a.name, openTickets: 0, capacity: 0, speaksLanguage: true }, assigneeNote: "manual" };
      }
    }
    return decision;
  }

  async function policyFor(teamId: string | null): Promise<SlaPolicyDto | null> {
    const own = teamId ? (await teams.repo.findById(teamId))?.sla_policy_id : null;
    return own ? policies.get(own).catch(() => policies.defaultPolicy()) : policies.defaultPolicy();
  }

  async function duesFor(createdAt: Date, priority: TicketPriority, teamId: string | null) {
    const policy = await policyFor(teamId);
    const dues = computeDues(createdAt, priority, policy?.targets ?? null, await teams.calendar(teamId));
    return { sla_policy_id: policy?.id ?? null, first_response_due_at: dues.firstResponseDueAt, resolution_due_at: dues.resolutionDueAt };
  }

  // ---- writes -----------------------------------------------------------------------------------

  function statusTimes(status: TicketStatus, current: TicketRow | null, at: Date) {
    if (status === "resolved") return { resolved_at: current?.resolved_at ?? at, closed_at: null };
    if (status === "closed") return { resolved_at: current?.resolved_at ?? at, closed_at: current?.closed_at ?? at };
    // Reopened: the resolution clock runs again from the original due time.
    return { resolved_at: null, closed_at: null };
  }

  async function create(input: NewTicket, opts: CreateOptions = {}): Promise<TicketDto> {
    const at = opts.at ?? now();
    const conversation = input.conversationId
      ? await deps.messages.conversations.get(input.conversationId).catch((err: unknown) => {
          if (err instanceof AppError && err.code === "NOT_FOUND") throw new AppError("VALIDATION_FAILED", `conversationId: ${err.message}`, "conversationId");
          throw err;
        })
      : null;
    const customerId = input.customerId ?? conversation?.customerId ?? null;
    const customer = await customerOf(customerId);
    if (input.customerId && !customer) throw new AppError("VALIDATION_FAILED", `customerId: customer ${input.customerId} does not exist`, "customerId");
    let text = input.text;
    let fromConversation: string | null = null;
    if (conversation) {
      const latest = (await deps.messages.repo.list({ conversationId: conversation.id, direction: "in", limit: 1, offset: 0 })).items[0];
      text ??= latest?.original_text ?? conversation.lastMessage?.text;
      fromConversation = input.text ? null : (latest?.language ?? conversation.language);
    }
    if (conversation) {
      const active = await repo.findActiveByConversation(conversation.id);
      if (active) throw new AppError("CONFLICT", `The conversation already has an unresolved ticket (#${active.number})`, "conversationId");
    }
    if (!text?.trim()) throw new AppError("VALIDATION_FAILED", "text: the conversation has no customer message to start from; give text", "text");
    const subject = input.subject ?? conversation?.subject ?? (text.trim().split(/\n/)[0]!.slice(0, 80) || "Ticket");
    const preferred = customer?.preferredLanguages ?? [];
    const lang = await resolveLanguage(input.language, fromConversation && fromConversation !== "und" ? fromConversation : null, text, preferred);
    const routing = await decide(lang.language, preferred, at, { teamId: input.teamId, assigneeId: input.assigneeId }, opts.actor ?? null);
    const teamId = routing.team?.id ?? null;
    const priority = input.priority ?? "normal";
    const dues = await duesFor(at, priority, teamId);
    const { id } = await oneActivePerConversation(() => repo.insert({
      subject,
      text,
      priority,
      language: lang.language,
      language_source: lang.source,
      customer_id: customerId,
      conversation_id: conversation?.id ?? null,
      team_id: teamId,
      assignee_id: routing.assignee?.id ?? null,
      tags: JSON.stringify([...new Set(input.tags ?? [])]),
      routing: JSON.stringify(routing),
      source: opts.source ?? "api",
      source_reason: opts.sourceReason ?? null,
      created_by: opts.actor?.id ?? null,
      search_text: buildSearchText([subject, text.slice(0, 4000), customer?.name]),
      created_at: at,
      updated_at: at,
      ...dues,
    }));
    await repo.addEvent({ ticket_id: id, actor_id: opts.actor?.id ?? null, kind: "created", data: { source: opts.source ?? "api", reason: routing.reason, teamId, assigneeId: routing.assignee?.id ?? null }, created_at: at });
    if (conversation && !conversation.assigneeId && routing.assignee) {
      // The agent who owns the ticket also owns the conversation it came from.
      await deps.messages.conversations.update(conversation.id, { assigneeId: routing.assignee.id });
    }
    const ticket = await get(id);
    events.emit("ticket.created", { ticket });
    return ticket;
  }

  async function update(id: string, patch: UpdateTicketBody, actor: Actor, opts: { at?: Date } = {}): Promise<TicketDto> {
    const at = opts.at ?? now();
    const current = await repo.findById(id);
    if (!current) throw notFound("Ticket", id);
    const set: Parameters<typeof repo.update>[1] = {};
    const changes: Array<{ kind: string; data: Record<string, unknown> }> = [];
    let teamId = current.team_id;
    let priority = current.priority;

    if (patch.teamId !== undefined && patch.teamId !== current.team_id) {
      const customer = await customerOf(current.customer_id);
      const routing = patch.teamId
        ? await decide(current.language, customer?.preferredLanguages ?? [], at, { teamId: patch.teamId, assigneeId: patch.assigneeId }, actor)
        : manualRouting(null, patch.assigneeId ? await userRef(patch.assigneeId, "assigneeId") : null, current.language, at, actor?.name ?? "the system");
      teamId = patch.teamId;
      set.team_id = teamId;
      set.routing = JSON.stringify(routing);
      changes.push({ kind: "team", data: { from: current.team_id, to: teamId } });
      if ((routing.assignee?.id ?? null) !== current.assignee_id) {
        set.assignee_id = routing.assignee?.id ?? null;
        changes.push({ kind: "assignee", data: { from: current.assignee_id, to: set.assignee_id } });
      }
    } else if (patch.assigneeId !== undefined && patch.assigneeId !== current.assignee_id) {
      if (patch.assigneeId) await userRef(patch.assigneeId, "assigneeId");
      set.assignee_id = patch.assigneeId;
      changes.push({ kind: "assignee", data: { from: current.assignee_id, to: patch.assigneeId } });
    }
    if (patch.priority && patch.priority !== current.priority) {
      priority = patch.priority;
      set.priority = priority;
      changes.push({ kind: "priority", data: { from: current.priority, to: priority } });
    }
    if (set.team_id !== undefined || set.priority !== undefined) Object.assign(set, await duesFor(current.created_at, priority, teamId));
    if (patch.status && patch.status !== current.status) {
      set.status = patch.status;
      Object.assign(set, statusTimes(patch.status, current, at));
      changes.push({ kind: "status", data: { from: current.status, to: patch.status } });
    }
    if (patch.tags) {
      const tags = [...new Set(patch.tags)];
      if (JSON.stringify(tags) !== JSON.stringify(current.tags)) {
        set.tags = JSON.stringify(tags);
        changes.push({ kind: "tags", data: { from: current.tags, to: tags } });
      }
    }
    if (patch.subject && patch.subject !== current.subject) {
      set.subject = patch.subject;
      set.search_text = buildSearchText([patch.subject, current.text.slice(0, 4000), current.customer_name]);
      changes.push({ kind: "subject", data: { from: current.subject, to: patch.subject } });
    }
    if (patch.language && patch.language !== current.language) {
      set.language = patch.language;
      set.language_source = "given";
      changes.push({ kind: "language", data: { from: current.language, to: patch.language } });
    }
    if (changes.length === 0) return get(id);
    await oneActivePerConversation(() => repo.update(id, { ...set, updated_at: at }));
    for (const c of changes) await repo.addEvent({ ticket_id: id, actor_id: actor?.id ?? null, kind: c.kind, data: c.data, created_at: at });
    const ticket = await get(id);
    events.emit("ticket.updated", { ticket, previousStatus: current.status });
    return ticket;
  }

  /** Replies to the customer (through the linked conversation, else kept on the ticket) or adds a note. */
  async function reply(id: string, agent: { id: string; name: string }, input: { text: string; translation?: string; internal?: boolean; status?: TicketStatus }, opts: { at?: Date } = {}) {
    const at = opts.at ?? now();
    const current = await repo.findById(id);
    if (!current) throw notFound("Ticket", id);
    let comment: { message_id: string | null; translation: string | null; translation_to: string | null } = { message_id: null, translation: null, translation_to: null };
    if (!input.internal && current.conversation_id) {
      const message = await deps.messages.conversations.reply(current.conversation_id, agent, { text: input.text, translation: input.translation });
      comment = { message_id: message.id, translation: message.translation?.text ?? null, translation_to: message.translation?.to ?? null };
    } else if (!input.internal) {
      comment = await translationFor(input.text, input.translation, current.language);
    }
    await repo.addComment({ ticket_id: id, author_id: agent.id, kind: input.internal ? "note" : "reply", body: input.text, ...comment, created_at: at });
    const set: Parameters<typeof repo.update>[1] = { updated_at: at };
    if (!input.internal && !current.first_response_at) set.first_response_at = at;
    const status = input.status ?? (!input.internal && current.status === "new" ? "open" : current.status);
    if (status !== current.status) Object.assign(set, { status }, statusTimes(status, current, at));
    if (!current.assignee_id && !input.internal) set.assignee_id = agent.id;
    await repo.update(id, set);
    await repo.addEvent({ ticket_id: id, actor_id: agent.id, kind: input.internal ? "note" : "reply", data: { firstResponse: Boolean(set.first_response_at), messageId: comment.message_id }, created_at: at });
    if (status !== current.status) await repo.addEvent({ ticket_id: id, actor_id: agent.id, kind: "status", data: { from: current.status, to: status }, created_at: at });
    const ticket = await get(id);
    events.emit("ticket.updated", { ticket, previousStatus: current.status });
    return ticket;
  }

  /** Opens a ticket for a conversation, or returns its unresolved one (created: false). */
  async function openFromConversation(conversationId: string, input: { subject?: string; reason?: string; priority?: TicketPriority } = {}, opts: CreateOptions = {}) {
    await deps.messages.conversations.get(conversationId); // 404 for an unknown conversation
    const existing = await repo.findActiveByConversation(conversationId);
    if (existing) return { ticket: await get(existing.id), created: false };
    try {
      const ticket = await create({ conversationId, subject: input.subject, priority: input.priority }, { source: "conversation", ...opts, sourceReason: input.reason ?? opts.sourceReason ?? null });
      return { ticket, created: true };
    } catch (err) {
      // Another request opened it meanwhile: that one is the ticket.
      const winner = err instanceof AppError && err.code === "CONFLICT" ? await repo.findActiveByConversation(conversationId) : undefined;
      if (!winner) throw err;
      return { ticket: await get(winner.id), created: false };
    }
  }

  /** The customer-language text of a reply kept on the ticket: the agent's, else a machine one, else none. */
  async function translationFor(text: string, given: string | undefined, language: string | null) {
    if (!language) return { message_id: null, translation: given ?? null, translation_to: null };
    if (given) return { message_id: null, translation: given, translation_to: language };
    const from = (await deps.settings.get()).workingLanguage;
    if (primaryTag(from) === primaryTag(language)) return { message_id: null, translation: null, translation_to: null };
    const [r] = await deps.language.gateway.translate({ texts: [text], from, to: language });
    return r && "text" in r ? { message_id: null, translation: r.text, translation_to: language } : { message_id: null, translation: null, translation_to: null };
  }

  return {
    repo,
    get,
    create,
    update,
    reply,
    openFromConversation,
    /** A ticket for a conversation: a new one, or its unresolved one if it has one. */
    createFromConversation: async (conversationId: string, input: { subject?: string; reason?: string; priority?: TicketPriority } = {}, opts: CreateOptions = {}) =>
      (await openFromConversation(conversationId, input, opts)).ticket,
    async list(q: TicketListQuery & { userId: string }) {
      const { items, total } = await repo.list(q, now());
      return { items: await hydrate(items), total };
    },
    /** Runs the router again (e.g. after teams changed) and moves the ticket where it says. */
    async reroute(id: string, actor: Actor) {
      const current = await repo.findById(id);
      if (!current) throw notFound("Ticket", id);
      const at = now();
      const customer = await customerOf(current.customer_id);
      const routing = await decide(current.language, customer?.preferredLanguages ?? [], at, {}, actor);
      const teamId = routing.team?.id ?? null;
      const assigneeId = routing.assignee?.id ?? null;
      await repo.update(id, { team_id: teamId, assignee_id: assigneeId, routing: JSON.stringify(routing), updated_at: at, ...(await duesFor(current.created_at, current.priority, teamId)) });
      await repo.addEvent({ ticket_id: id, actor_id: actor?.id ?? null, kind: "rerouted", data: { reason: routing.reason, from: { teamId: current.team_id, assigneeId: current.assignee_id }, to: { teamId, assigneeId } }, created_at: at });
      const ticket = await get(id);
      events.emit("ticket.updated", { ticket, previousStatus: current.status });
      return ticket;
    },
    /** Where a ticket would go now, without creating it. */
    async previewRouting(input: { language?: string; customerId?: string; text?: string }) {
      const customer = await customerOf(input.customerId ?? null);
      const preferred = customer?.preferredLanguages ?? [];
      const lang = await resolveLanguage(input.language, null, input.text ?? "", preferred);
      return routeTicket({ language: lang.language, customerLanguages: preferred }, await teams.routingTeams(), now());
    },
    async activity(id: string) {
      if (!(await repo.findById(id))) throw notFound("Ticket", id);
      const [comments, evts] = await Promise.all([repo.comments(id), repo.events(id)]);
      return {
        comments: comments.map((c) => ({
          id: c.id,
          kind: c.kind,
          author: c.author_id && c.author_name ? { id: c.author_id, name: c.author_name } : null,
          body: c.body,
          translation: c.translation,
          translationTo: c.translation_to,
          messageId: c.message_id,
          createdAt: c.created_at.toISOString(),
        })),
        events: evts.map((e) => ({
          id: e.id,
          kind: e.kind,
          actor: e.actor_id && e.actor_name ? { id: e.actor_id, name: e.actor_name } : null,
          data: e.data as Record<string, unknown>,
          createdAt: e.created_at.toISOString(),
        })),
      };
    },
    isActive: (status: TicketStatus) => ACTIVE.has(status),
  };
}
export type TicketsService = ReturnType<typeof createTicketsService>;
