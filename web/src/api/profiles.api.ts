import type { Message } from "./conversation-types";
import { request } from "./http";
import type { Customer, Page } from "./types";

export interface TimelineItem extends Message {
  conversation: { id: string; channel: string; subject: string | null; status: string };
}

export interface ProfileOrder {
  id: string;
  externalId: string | null;
  orderedAt: string;
  amount: number;
  currency: string;
  amountBase: number;
  baseCurrency: string;
  channel: string | null;
}

export interface SentimentWeek {
  week: string;
  positive: number;
  neutral: number;
  negative: number;
  averageScore: number | null;
}

export interface CustomerProfile {
  identity: Customer;
  languages: { preferred: string[]; detected: Array<{ language: string; count: number }> };
  location: { country: string | null; region: string | null; regionId: string | null; timeZone: string | null; localTime: string | null };
  timeline: Page<TimelineItem>;
  orders: { count: number; total: number; currency: string; firstOrderAt: string | null; lastOrderAt: string | null; recent: ProfileOrder[] };
  sentiment: { weeks: SentimentWeek[] };
  tags: Array<{ name: string; reason: string; source: string }>;
  segments: Array<{ id: string; name: string }>;
  asOf: string | null;
}

const path = (id: string): string => `/customers/${encodeURIComponent(id)}`;

export const getCustomerProfile = (id: string, params: { limit: number; at?: string }, signal?: AbortSignal): Promise<CustomerProfile> =>
  request<CustomerProfile>("GET", `${path(id)}/profile`, { query: { ...params }, signal });

export const getCustomerTimeline = (id: string, params: { limit: number; offset: number }, signal?: AbortSignal): Promise<Page<TimelineItem>> =>
  request<Page<TimelineItem>>("GET", `${path(id)}/timeline`, { query: { ...params }, signal });

export interface ViewerTranslation {
  text?: string;
  error?: { code: string; message: string };
}

// Several texts of one source language into the viewer's language; entries without an engine carry `error`.
export const translateForViewer = (texts: string[], from: string, to: string, signal?: AbortSignal): Promise<{ translations: ViewerTranslation[] }> =>
  request<{ translations: ViewerTranslation[] }>("POST", "/language/translate", { body: { texts, from, to }, signal });
