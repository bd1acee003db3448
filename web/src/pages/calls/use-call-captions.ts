import { useCallback, useEffect, useState } from "react";
import { isAbortError } from "../../api/api-error";
import { type Call, type CallSegment, type CaptionEvent, captionsSocketUrl, getCall, listSegments } from "../../api/calls.api";

export type LinkState = "connecting" | "live" | "offline" | "closed";

// Oldest first by call time; the socket and the REST answer may bring the same segment twice.
export function upsertSegment(list: CallSegment[], s: CallSegment): CallSegment[] {
  const next = list.some((x) => x.id === s.id) ? list.map((x) => (x.id === s.id ? s : x)) : [...list, s];
  return next.sort((a, b) => a.startedAt - b.startedAt || a.createdAt.localeCompare(b.createdAt));
}

const RETRY_MS = 3000;

/** Loads a call and its segments, then follows new captions over the call's WebSocket while it is active. */
export function useCallCaptions(id: string) {
  const [call, setCall] = useState<Call | null>(null);
  const [segments, setSegments] = useState<CallSegment[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [link, setLink] = useState<LinkState>("connecting");
  const active = call?.status === "active";

  useEffect(() => {
    const controller = new AbortController();
    Promise.all([getCall(id, controller.signal), listSegments(id, controller.signal)]).then(
      ([c, page]) => {
        setCall(c);
        setSegments((list) => page.items.reduce(upsertSegment, list ?? []));
      },
      (err: unknown) => {
        if (!isAbortError(err)) setError(err);
      },
    );
    return () => controller.abort();
  }, [id]);

  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let socket: WebSocket | null = null;
    let retry: number | undefined;
    const open = () => {
      setLink("connecting");
      const ws = new WebSocket(captionsSocketUrl(id));
      socket = ws;
      ws.onopen = () => setLink("live");
      ws.onmessage = (event) => {
        if (typeof event.data !== "string") return;
        let data: CaptionEvent;
        try {
          data = JSON.parse(event.data) as CaptionEvent;
        } catch {
          return;
        }
        if (data.type === "hello") {
          setCall(data.call);
          setSegments((list) => data.segments.reduce(upsertSegment, list ?? []));
        } else if (data.type === "caption") setSegments((list) => upsertSegment(list ?? [], data.segment));
        else if (data.type === "ended") setCall(data.call);
      };
      ws.onclose = (event) => {
        if (stopped || socket !== ws) return;
        socket = null;
        // 1000 is the server's "call ended"; 44xx means it will not let us in, so retrying is pointless.
        if (event.code === 1000 || event.code >= 4400) {
          setLink("closed");
          return;
        }
        setLink("offline");
        retry = window.setTimeout(open, RETRY_MS);
      };
    };
    open();
    return () => {
      stopped = true;
      window.clearTimeout(retry);
      socket?.close(1000);
    };
  }, [id, active]);

  const addLocal = useCallback((s: CallSegment) => setSegments((list) => upsertSegment(list ?? [], s)), []);

  return { call, setCall, segments, error, link: active ? link : "closed", addLocal };
}
