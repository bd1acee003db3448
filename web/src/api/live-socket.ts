import type { LiveEvent } from "./conversation-types";

/** What subscribers receive: server events, plus "reconnected" so they can re-read what they may have missed. */
export type LiveSignal = LiveEvent | { type: "reconnected" };
type Listener = (signal: LiveSignal) => void;

const listeners = new Set<Listener>();
let socket: WebSocket | null = null;
let retryTimer: number | undefined;
let closeTimer: number | undefined;
let attempt = 0;
let everOpened = false;

const MAX_BACKOFF_MS = 30_000;
// Pages remount on every navigation; keep the socket through that gap instead of reconnecting.
const IDLE_CLOSE_MS = 5_000;
// The server closes with this code when the session cookie is missing or expired.
const UNAUTHENTICATED = 4401;

function liveUrl(): string {
  const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${window.location.host}/api/v1/live`;
}

function emit(signal: LiveSignal): void {
  for (const listener of listeners) listener(signal);
}

function connect(): void {
  window.clearTimeout(retryTimer);
  retryTimer = undefined;
  const ws = new WebSocket(liveUrl());
  socket = ws;
  ws.onopen = () => {
    attempt = 0;
    if (everOpened) emit({ type: "reconnected" });
    everOpened = true;
  };
  ws.onmessage = (event) => {
    if (typeof event.data !== "string") return;
    try {
      const data = JSON.parse(event.data) as LiveEvent;
      if (data && typeof data.type === "string") emit(data);
    } catch {
      // Not JSON: ignore rather than break the listeners.
    }
  };
  ws.onclose = (event) => {
    if (socket !== ws) return;
    socket = null;
    // Signed out: the next API call sends the user to the login page; don't hammer the server meanwhile.
    if (event.code === UNAUTHENTICATED || listeners.size === 0) return;
    scheduleReconnect();
  };
}

// Exponential backoff with jitter so many tabs don't reconnect in lockstep after a restart.
function scheduleReconnect(): void {
  const base = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** attempt);
  attempt += 1;
  retryTimer = window.setTimeout(connect, base / 2 + Math.random() * (base / 2));
}

function disconnect(): void {
  window.clearTimeout(retryTimer);
  retryTimer = undefined;
  const ws = socket;
  socket = null;
  everOpened = false;
  attempt = 0;
  ws?.close(1000);
}

/** Listens to live events; the shared socket opens with the first listener and closes after the last leaves. */
export function subscribeLive(listener: Listener): () => void {
  listeners.add(listener);
  window.clearTimeout(closeTimer);
  if (!socket && retryTimer === undefined) connect();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) closeTimer = window.setTimeout(disconnect, IDLE_CLOSE_MS);
  };
}
