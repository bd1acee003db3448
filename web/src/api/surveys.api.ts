import { request } from "./http";
import type { Page } from "./types";

export type SurveyDelivery = "pending" | "sent" | "skipped" | "failed";

export interface SurveyResponse {
  id: string;
  csat: number;
  nps: number | null;
  comment: string | null;
  via: "page" | "api";
  createdAt: string;
}

export interface Survey {
  id: string;
  ticketId: string;
  customer: { id: string; name: string } | null;
  conversationId: string | null;
  teamId: string | null;
  language: string;
  textSource: "written" | "machine" | "english";
  textNote: string | null;
  email: { status: SurveyDelivery; note: string | null; to: string | null };
  chat: { status: SurveyDelivery; note: string | null; messageId: string | null };
  url: string;
  expiresAt: string;
  sentAt: string | null;
  createdAt: string;
  response: SurveyResponse | null;
}

export interface SurveySettings {
  enabled: boolean;
  expiresDays: number;
  updatedAt: string;
}

export const listSurveys = (filters: { status?: "answered" | "unanswered" | "expired"; limit: number; offset: number }, signal?: AbortSignal): Promise<Page<Survey>> =>
  request<Page<Survey>>("GET", "/surveys", { query: { ...filters }, signal });

export const getSurveySettings = (signal?: AbortSignal): Promise<SurveySettings> => request<SurveySettings>("GET", "/surveys/settings", { signal });

export const updateSurveySettings = (patch: { enabled?: boolean; expiresDays?: number }): Promise<SurveySettings> =>
  request<SurveySettings>("PUT", "/surveys/settings", { body: patch });
