import { request } from "./http";
import type { Page } from "./types";

export type Speaker = "agent" | "customer";

export interface CallSegment {
  id: string;
  callId: string;
  speaker: Speaker;
  source: "text" | "audio";
  text: string;
  language: string;
  translation: { text: string; to: string; provenance: Record<string, unknown> } | null;
  /** Why there is no translation. */
  note: string | null;
  /** Milliseconds from the call's start. */
  startedAt: number;
  durationMs: number | null;
  createdAt: string;
}

export interface Call {
  id: string;
  conversationId: string;
  agentId: string | null;
  agentLanguage: string;
  customerLanguage: string | null;
  status: "active" | "ended";
  messageId: string | null;
  startedAt: string;
  endedAt: string | null;
}

/** Only the creation answer carries the customer's key; it is never shown again. */
export interface NewCall extends Call {
  customerToken: string;
  customerCaptionsPath: string;
}

export type CaptionEvent =
  | { type: "hello"; side: Speaker; call: Call; segments: CallSegment[] }
  | { type: "caption"; segment: CallSegment }
  | { type: "ended"; call: Call }
  | { type: "error"; error: { code: string; message: string } };

const callPath = (id: string): string => `/calls/${encodeURIComponent(id)}`;

export const startCall = (body: { conversationId: string; agentLanguage?: string }): Promise<NewCall> =>
  request<NewCall>("POST", "/calls", { body });

export const getCall = (id: string, signal?: AbortSignal): Promise<Call> => request<Call>("GET", callPath(id), { signal });

export const listSegments = (id: string, signal?: AbortSignal): Promise<Page<CallSegment>> =>
  request<Page<CallSegment>>("GET", `${callPath(id)}/segments`, { signal });

export const addSegment = (id: string, body: { speaker: Speaker; text: string; language?: string }): Promise<CallSegment> =>
  request<CallSegment>("POST", `${callPath(id)}/segments`, { body });

export const endCall = (id: string): Promise<Call> => request<Call>("POST", `${callPath(id)}/end`);

// Plain URLs so the browser downloads with the session cookie.
export const transcriptUrl = (id: string, lang: "original" | "translated"): string =>
  `/api/v1${callPath(id)}/transcript.vtt?lang=${lang}`;

export function captionsSocketUrl(id: string): string {
  const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${window.location.host}/api/v1${callPath(id)}/captions`;
}

// The customer key only comes with the creation answer, so it is kept for this tab's session.
const keyStorage = (id: string): string => `mundo.call.${id}.customerPath`;

export function rememberCustomerPath(call: NewCall): void {
  try {
    sessionStorage.setItem(keyStorage(call.id), call.customerCaptionsPath);
  } catch {
    // Storage full or blocked: the page explains the key is unavailable.
  }
}

export function recallCustomerPath(id: string): string | null {
  try {
    return sessionStorage.getItem(keyStorage(id));
  } catch {
    return null;
  }
}
