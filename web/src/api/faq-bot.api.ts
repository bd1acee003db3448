import { request } from "./http";
import type { Page } from "./types";

export interface FaqBotSettings {
  enabled: { chat: boolean; email: boolean };
  minConfidence: number;
  updatedAt: string;
}

export type FaqBotDecisionKind = "answered" | "handoff" | "no_answer" | "skipped";

export interface FaqBotDecision {
  id: string;
  messageId: string;
  conversationId: string;
  customer: { id: string; name: string } | null;
  channel: string;
  language: string;
  query: string;
  translation: { text: string; to: string } | null;
  state: "pending" | "done" | "failed";
  decision: FaqBotDecisionKind | null;
  reason: string | null;
  confidence: number | null;
  kbFamilyId: string | null;
  kbVersionId: string | null;
  machineTranslated: boolean;
  replyLanguage: string | null;
  replyMessageId: string | null;
  ticketId: string | null;
  error: string | null;
  createdAt: string;
  decidedAt: string | null;
}

export interface DecisionFilters {
  decision?: FaqBotDecisionKind | "pending";
  limit: number;
  offset: number;
}

export const getFaqBotSettings = (signal?: AbortSignal): Promise<FaqBotSettings> => request<FaqBotSettings>("GET", "/faq-bot/settings", { signal });

export const updateFaqBotSettings = (patch: { enabled?: { chat?: boolean; email?: boolean }; minConfidence?: number }): Promise<FaqBotSettings> =>
  request<FaqBotSettings>("PUT", "/faq-bot/settings", { body: patch });

export const listFaqBotDecisions = (filters: DecisionFilters, signal?: AbortSignal): Promise<Page<FaqBotDecision>> =>
  request<Page<FaqBotDecision>>("GET", "/faq-bot/decisions", { query: { ...filters }, signal });
