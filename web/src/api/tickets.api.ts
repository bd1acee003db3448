import { request } from "./http";
import type { Page } from "./types";
import type { Proficiency } from "./teams.api";

export type TicketStatus = "new" | "open" | "pending" | "resolved" | "closed";
export type TicketPriority = "low" | "normal" | "high" | "urgent";
export const TICKET_STATUSES: readonly TicketStatus[] = ["new", "open", "pending", "resolved", "closed"];
export const TICKET_PRIORITIES: readonly TicketPriority[] = ["low", "normal", "high", "urgent"];

type Ref = { id: string; name: string };
type TeamMatch = "exact" | "related" | "mt" | "none" | "manual";

export interface Routing {
  reason: string;
  mode: "auto" | "manual";
  at: string;
  language: string | null;
  languages: string[];
  team: {
    id: string;
    name: string;
    match: TeamMatch;
    language: string | null;
    proficiency: Proficiency | null;
    relation: "close" | "regional" | null;
    open: boolean;
    opensAt: string | null;
    timeZone: string;
  } | null;
  skipped: Array<{
    id: string;
    name: string;
    match: TeamMatch;
    language: string | null;
    proficiency: Proficiency | null;
    why: "hours" | "holiday";
    holiday: string | null;
    opensAt: string | null;
    opensAtLocal: string | null;
    timeZone: string;
  }>;
  noTeam: "no_teams" | "no_match" | null;
  assignee: { id: string; name: string; openTickets: number; capacity: number; speaksLanguage: boolean } | null;
  assigneeNote: "least_loaded" | "no_members" | "all_at_capacity" | "manual" | "kept" | null;
}

export interface SlaClock {
  targetMinutes: number;
  dueAt: string | null;
  at: string | null;
  breached: boolean;
  remainingMinutes: number | null;
}

export interface SlaState {
  policy: Ref | null;
  paused: boolean;
  pausedReason: "hours" | "holiday" | null;
  resumesAt: string | null;
  timeZone: string;
  firstResponse: SlaClock | null;
  resolution: SlaClock | null;
}

export interface Ticket {
  id: string;
  number: number;
  subject: string;
  text: string;
  status: TicketStatus;
  priority: TicketPriority;
  language: string | null;
  languageSource: "given" | "detected" | "conversation" | "customer" | null;
  customerId: string | null;
  customer: Ref | null;
  conversationId: string | null;
  teamId: string | null;
  team: Ref | null;
  assigneeId: string | null;
  assignee: Ref | null;
  tags: string[];
  routing: Routing;
  source: string;
  sourceReason: string | null;
  sla: SlaState;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface TicketFilters {
  q?: string;
  status?: string;
  teamId?: string;
  assigneeId?: string;
  language?: string;
  priority?: string;
  conversationId?: string;
  sort?: string;
  limit: number;
  offset: number;
}

export interface NewTicket {
  customerId: string;
  subject: string;
  text: string;
  language?: string;
  priority?: TicketPriority;
}

export interface TicketPatch {
  status?: TicketStatus;
  priority?: TicketPriority;
  assigneeId?: string | null;
  teamId?: string | null;
  tags?: string[];
}

export interface Comment {
  id: string;
  kind: "reply" | "note";
  author: Ref | null;
  body: string;
  translation: string | null;
  translationTo: string | null;
  messageId: string | null;
  createdAt: string;
}

export interface TicketEvent {
  id: string;
  kind: string;
  actor: Ref | null;
  data: Record<string, unknown>;
  createdAt: string;
}

export interface MacroVariant {
  language: string;
  body: string;
  origin: "machine" | "human";
  provenance: Record<string, unknown> | null;
  stale: boolean;
  updatedAt: string;
}

export interface Macro {
  id: string;
  name: string;
  language: string;
  body: string;
  variants: MacroVariant[];
  createdAt: string;
  updatedAt: string;
}

export interface TranslateResult {
  macro: Macro;
  results: Array<{ language: string; status: "translated" | "unavailable" | "kept" | "source"; message: string | null }>;
}

const ticketPath = (id: string): string => `/tickets/${encodeURIComponent(id)}`;

export const listTickets = (filters: TicketFilters, signal?: AbortSignal): Promise<Page<Ticket>> =>
  request<Page<Ticket>>("GET", "/tickets", { query: { ...filters }, signal });

export const getTicket = (id: string, signal?: AbortSignal): Promise<Ticket> => request<Ticket>("GET", ticketPath(id), { signal });

export const createTicket = (input: NewTicket): Promise<Ticket> => request<Ticket>("POST", "/tickets", { body: input });

export const ticketFromConversation = (conversationId: string, body: { subject?: string; priority?: TicketPriority }): Promise<Ticket> =>
  request<Ticket>("POST", `/conversations/${encodeURIComponent(conversationId)}/ticket`, { body });

export const updateTicket = (id: string, patch: TicketPatch): Promise<Ticket> => request<Ticket>("PATCH", ticketPath(id), { body: patch });

export const replyToTicket = (id: string, body: { text: string; translation?: string; internal?: boolean; status?: TicketStatus }): Promise<Ticket> =>
  request<Ticket>("POST", `${ticketPath(id)}/reply`, { body });

export const rerouteTicket = (id: string): Promise<Ticket> => request<Ticket>("POST", `${ticketPath(id)}/route`);

export const getTicketActivity = (id: string, signal?: AbortSignal): Promise<{ comments: Comment[]; events: TicketEvent[] }> =>
  request<{ comments: Comment[]; events: TicketEvent[] }>("GET", `${ticketPath(id)}/activity`, { signal });

export const previewRouting = (body: { language?: string; customerId?: string }, signal?: AbortSignal): Promise<Routing> =>
  request<Routing>("POST", "/tickets/route-preview", { body, signal });

export const listMacros = (query: { language?: string; q?: string }, signal?: AbortSignal): Promise<Page<Macro>> =>
  request<Page<Macro>>("GET", "/macros", { query: { ...query, limit: 100 }, signal });

export const createMacro = (body: { name: string; body: string; translateTo?: string[] }): Promise<Macro> => request<Macro>("POST", "/macros", { body });

export const translateMacro = (id: string, languages: string[]): Promise<TranslateResult> =>
  request<TranslateResult>("POST", `/macros/${encodeURIComponent(id)}/translate`, { body: { languages } });

export const putMacroVariant = (id: string, language: string, body: string): Promise<Macro> =>
  request<Macro>("PUT", `/macros/${encodeURIComponent(id)}/variants/${encodeURIComponent(language)}`, { body: { body } });
