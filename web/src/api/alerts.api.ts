import { request } from "./http";
import type { Page } from "./types";

export type AlertKind = "negative-message" | "negative-streak";

export interface Alert {
  id: string;
  kind: AlertKind | string;
  ruleId: string | null;
  ruleName: string | null;
  customerId: string | null;
  customer: { id: string; name: string } | null;
  messageId: string | null;
  conversationId: string | null;
  language: string | null;
  reason: string;
  message: { original: string; translation: { text: string; to: string } | null; sentiment: { label: string; score: number } } | null;
  createdAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: { id: string; name: string } | null;
}

export interface AlertQuery {
  acknowledged?: "true" | "false";
  kind?: string;
  language?: string;
  limit: number;
  offset: number;
}

export interface AlertRule {
  id: string;
  key: string | null;
  kind: AlertKind;
  name: string;
  enabled: boolean;
  threshold: number;
  language: string | null;
  tag: string | null;
  minCount: number | null;
  windowDays: number | null;
  createdAt: string;
  updatedAt: string;
}

export type AlertRuleInput =
  | { kind: "negative-message"; language?: string | null; threshold?: number; name?: string }
  | { kind: "negative-streak"; tag: string; minCount: number; windowDays: number; threshold?: number; name?: string };

export interface AlertSettings {
  emailRecipients: string[];
  publicUrl: string | null;
  mailerConfigured: boolean;
  updatedAt: string;
}

export interface AlertWebhook {
  id: string;
  url: string;
  description: string | null;
  enabled: boolean;
  secretHint: string;
  createdAt: string;
  lastDelivery: { status: string; at: string; responseCode: number | null } | null;
}

export type DeliveryStatus = "pending" | "retrying" | "delivered" | "failed" | "skipped";

export interface AlertDelivery {
  id: string;
  alertId: string;
  channel: "webhook" | "email";
  webhookId: string | null;
  target: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  responseCode: number | null;
  deliveredAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const listAlerts = (query: AlertQuery, signal?: AbortSignal): Promise<Page<Alert>> =>
  request<Page<Alert>>("GET", "/alerts", { query: { ...query }, signal });

export const acknowledgeAlert = (id: string): Promise<Alert> => request<Alert>("POST", `/alerts/${encodeURIComponent(id)}/ack`);

export const listAlertRules = (signal?: AbortSignal): Promise<{ items: AlertRule[] }> => request("GET", "/alert-rules", { signal });
export const createAlertRule = (input: AlertRuleInput): Promise<AlertRule> => request<AlertRule>("POST", "/alert-rules", { body: input });
export const updateAlertRule = (id: string, patch: { enabled?: boolean; threshold?: number; name?: string }): Promise<AlertRule> =>
  request<AlertRule>("PATCH", `/alert-rules/${encodeURIComponent(id)}`, { body: patch });
export const deleteAlertRule = (id: string): Promise<void> => request<void>("DELETE", `/alert-rules/${encodeURIComponent(id)}`);

export const getAlertSettings = (signal?: AbortSignal): Promise<AlertSettings> => request<AlertSettings>("GET", "/alert-settings", { signal });
export const updateAlertSettings = (patch: { emailRecipients?: string[] }): Promise<AlertSettings> =>
  request<AlertSettings>("PATCH", "/alert-settings", { body: patch });

export const listAlertWebhooks = (signal?: AbortSignal): Promise<{ items: AlertWebhook[] }> => request("GET", "/alert-webhooks", { signal });
export const createAlertWebhook = (input: { url: string; secret?: string; description?: string | null }): Promise<AlertWebhook & { secret: string }> =>
  request("POST", "/alert-webhooks", { body: input });
export const updateAlertWebhook = (id: string, patch: { enabled?: boolean }): Promise<AlertWebhook> =>
  request<AlertWebhook>("PATCH", `/alert-webhooks/${encodeURIComponent(id)}`, { body: patch });
export const deleteAlertWebhook = (id: string): Promise<void> => request<void>("DELETE", `/alert-webhooks/${encodeURIComponent(id)}`);
export const testAlertWebhook = (id: string): Promise<{ ok: boolean; responseCode: number | null; error: string | null }> =>
  request("POST", `/alert-webhooks/${encodeURIComponent(id)}/test`);

export const listAlertDeliveries = (
  query: { webhookId?: string; alertId?: string; status?: string; limit: number; offset: number },
  signal?: AbortSignal,
): Promise<Page<AlertDelivery>> => request<Page<AlertDelivery>>("GET", "/alert-deliveries", { query: { ...query }, signal });

/** The alert carried by a live `alert.created` / `alert.updated` event, or null for any other signal. */
export function alertFromSignal(signal: { type: string }): { type: "alert.created" | "alert.updated"; alert: Alert } | null {
  if (signal.type !== "alert.created" && signal.type !== "alert.updated") return null;
  const alert = (signal as { alert?: Alert }).alert;
  return alert && typeof alert.id === "string" ? { type: signal.type, alert } : null;
}
